package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;

/**
 * Which messages of which mailbox were dealt with (table {@code inbox_message}, key mailbox + Message-ID). The
 * key decides every race: a message is handled by the transaction that holds its row, and a row with a finished
 * status means "handled; only mark it on the server".
 */
@Component
@RequiredArgsConstructor
class InboxLedger {

  private static final int MAX_REASON = 2000;
  private static final String COLUMNS = "mailbox, message_id, status, attempts, sender, subject, reason, reference, "
      + "first_seen_at, finished_at";

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  /** Thrown when another transaction (another node) recorded the message first: that one handles and marks it. */
  static final class ClaimedElsewhere extends RuntimeException {
    ClaimedElsewhere(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Inside the caller's transaction: the message's row, locked until the transaction ends, created (as
   * {@code RETRYING}, attempts 0) if there was none. A concurrent transaction inserting the same key waits for this
   * one and then gets {@link ClaimedElsewhere}.
   */
  Status claim(String mailbox, String messageId, String sender, String subject) {
    Status existing = jdbc.query("select status from inbox_message where mailbox = ? and message_id = ? for update",
        rs -> rs.next() ? Status.valueOf(rs.getString(1)) : null, mailbox, messageId);
    if (existing != null) {
      return existing;
    }
    try {
      jdbc.update("insert into inbox_message (mailbox, message_id, status, attempts, sender, subject, first_seen_at) "
          + "values (?, ?, ?, 0, ?, ?, ?)", mailbox, messageId, Status.RETRYING.name(), sender, subject, now());
    } catch (DuplicateKeyException e) {
      throw new ClaimedElsewhere(e);
    }
    return Status.RETRYING;
  }

  /** Inside the claiming transaction: what became of the message. */
  void finish(String mailbox, String messageId, Status status, String reason, String reference) {
    jdbc.update("update inbox_message set status = ?, reason = ?, reference = ?, finished_at = ? "
        + "where mailbox = ? and message_id = ?", status.name(), shorten(reason), shorten(reference), now(), mailbox,
        messageId);
  }

  /**
   * In a transaction of its own, after the handler's rolled back: one more failed attempt; at {@code maxAttempts}
   * the message is set aside as {@code FAILED}. A row already finished (by another node meanwhile) is left alone.
   *
   * @return the message's status afterwards
   */
  Status failedAttempt(String mailbox, String messageId, String sender, String subject, String error,
                       int maxAttempts) {
    Status status = claim(mailbox, messageId, sender, subject);
    if (status.finished()) {
      return status;
    }
    jdbc.update("update inbox_message set attempts = attempts + 1, reason = ? where mailbox = ? and message_id = ?",
        shorten(error), mailbox, messageId);
    Integer attempts = jdbc.queryForObject("select attempts from inbox_message where mailbox = ? and message_id = ?",
        Integer.class, mailbox, messageId);
    if (attempts != null && attempts >= maxAttempts) {
      jdbc.update("update inbox_message set status = ?, finished_at = ? where mailbox = ? and message_id = ?",
          Status.FAILED.name(), now(), mailbox, messageId);
      return Status.FAILED;
    }
    return Status.RETRYING;
  }

  /** The newest entries first, optionally of one mailbox and one status. */
  List<InboxEntry> entries(String mailbox, Status status, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from inbox_message where 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (mailbox != null) {
      sql.append(" and mailbox = ?");
      arguments.add(mailbox);
    }
    if (status != null) {
      sql.append(" and status = ?");
      arguments.add(status.name());
    }
    sql.append(" order by first_seen_at desc, message_id offset ? rows fetch next ? rows only");
    arguments.add(offset);
    arguments.add(limit);
    return jdbc.query(sql.toString(), InboxLedger::entry, arguments.toArray());
  }

  private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new InboxEntry(rs.getString("mailbox"), rs.getString("message_id"), Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getString("sender"), rs.getString("subject"), rs.getString("reason"),
        rs.getString("reference"), rs.getTimestamp("first_seen_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private static String shorten(String text) {
    return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
