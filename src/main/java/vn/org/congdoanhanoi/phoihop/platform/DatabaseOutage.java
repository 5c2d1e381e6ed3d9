package vn.org.congdoanhanoi.phoihop.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * "The database cannot be reached", told apart from a fault of the request or of the code: the caller can do
 * nothing but try again later, so it gets 503 with {@code Retry-After}, not 500 (see {@link DatabaseOutageFilter}).
 */
public final class DatabaseOutage {

  /** Seconds a caller should wait before trying again; the pool gives up on the database after 3. */
  public static final int RETRY_AFTER_SECONDS = 10;

  public static final String TITLE = "Cơ sở dữ liệu tạm thời không truy cập được";

  public static final String MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; yêu cầu chưa được thực "
      + "hiện và không có thay đổi nào được lưu. Hãy thử lại sau " + RETRY_AFTER_SECONDS + " giây.";

  private DatabaseOutage() {}

  /**
   * Whether the failure, or anything it wraps, is a connection to the database that could not be had or was lost.
   * A failed rollback on the lost connection hides the first failure in {@link TransactionSystemException}: that
   * one is looked at too.
   */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> open = new ArrayDeque<>();
    open.push(failure);
    while (!open.isEmpty()) {
      Throwable t = open.pop();
      if (t == null || !seen.add(t)) {
        continue;
      }
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException || t instanceof DataAccessResourceFailureException
          || (t instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
        return true;
      }
      open.push(t.getCause());
      if (t instanceof TransactionSystemException tx) {
        open.push(tx.getApplicationException());
      }
      if (t instanceof SQLException sql) {
        open.push(sql.getNextException());
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server is shutting down, crashed or
   * not yet accepting connections).
   */
  static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }
}
