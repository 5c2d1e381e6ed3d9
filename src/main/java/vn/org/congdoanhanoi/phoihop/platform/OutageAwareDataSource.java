package vn.org.congdoanhanoi.phoihop.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, telling {@link DatabaseOutageFilter} when a connection cannot be had. Every path to
 * the database (engine, our repositories, transactions, health) goes through here, while the exception itself is
 * often turned into a 500 answer far from here (Camunda's REST mappers, the webapps, our /api handler); the mark
 * on the request is what lets the filter answer 503 instead. A second connection in the same request fails at once:
 * waiting the pool's timeout again would only delay the answer.
 */
final class OutageAwareDataSource extends DelegatingDataSource {

  OutageAwareDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    failFastIfAlreadyUnreachable();
    try {
      return super.getConnection();
    } catch (SQLException e) {
      DatabaseOutageFilter.connectionFailed();
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    failFastIfAlreadyUnreachable();
    try {
      return super.getConnection(username, password);
    } catch (SQLException e) {
      DatabaseOutageFilter.connectionFailed();
      throw e;
    }
  }

  private static void failFastIfAlreadyUnreachable() throws SQLTransientConnectionException {
    if (DatabaseOutageFilter.connectionAlreadyFailed()) {
      throw new SQLTransientConnectionException("database unreachable earlier in this request", "08001");
    }
  }
}
