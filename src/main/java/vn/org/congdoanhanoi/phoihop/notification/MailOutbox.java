package vn.org.congdoanhanoi.phoihop.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Table {@code notification_mail_outbox} (V34): the mails waiting to be sent. {@link #queue} runs in the caller's
 * transaction (the engine's), so a mail exists exactly when the step that asked for it commits; every other method
 * is a short transaction of its own, taken by {@link MailOutboxSender} around the SMTP work.
 */
@Repository
class MailOutbox {

  enum State { QUEUED, SENT, FAILED }

  /** What {@link NotificationSignals} wakes when a mail was queued on this node: the outbox's threads. */
  static final String SIGNAL = "mail-outbox";

  /** A claimed (or waiting) mail: {@code claims} above 1 means an earlier claim may have sent to some recipients. */
  record Queued(String id, String mailKey, MailRequest request, int attempts, int claims) {}

  private static final String COLUMNS = "id, mail_key, request, attempts, claims";
  private static final RowMapper<Queued> ROW = (rs, n) -> new Queued(rs.getString(1), rs.getString(2),
      MailRequest.fromJson(rs.getString(3)), rs.getInt(4), rs.getInt(5));

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final EngineClock clock;

  MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** When each mail whose key starts with {@code keyPrefix} was queued, by key (the first, if queued again). */
  Map<String, Instant> queuedAt(String keyPrefix) {
    Map<String, Instant> queued = new HashMap<>();
    jdbc.sql("select mail_key, min(created_at) from notification_mail_outbox where mail_key like ? group by mail_key")
        .params(keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .query(rs -> {
          queued.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        });
    return queued;
  }

  /** In the caller's transaction: the mail is queued if, and when, the caller's step commits. */
  void queue(MailRequest request) {
    Timestamp now = now();
    jdbc.sql("insert into notification_mail_outbox (id, mail_key, request, state, attempts, claims, created_at, "
            + "next_attempt_at) values (?, ?, ?, ?, 0, 0, ?, ?)")
        .params(UUID.randomUUID().toString(), request.idempotencyKey(), request.toJson(), State.QUEUED.name(), now, now)
        .update();
  }

  /**
   * Claims up to {@code max} due mails for {@code worker} until the lease ends. The database decides: rows another
   * worker is claiming at this moment are skipped (FOR UPDATE SKIP LOCKED), rows under a live lease are not due.
   */
  List<Queued> claim(String worker, int max, Duration lease) {
    return claim(worker, lease, "state = ? and next_attempt_at <= ? and (locked_until is null or locked_until < ?) "
        + "order by next_attempt_at fetch first " + Math.max(1, max) + " rows only", State.QUEUED.name(), now(), now());
  }

  /** Claims the waiting mail with this key now, even if its next try is later (an operator's or a test's "now"). */
  List<Queued> claimKey(String worker, String mailKey, Duration lease) {
    return claim(worker, lease, "state = ? and mail_key = ? and (locked_until is null or locked_until < ?)",
        State.QUEUED.name(), mailKey, now());
  }

  private List<Queued> claim(String worker, Duration lease, String where, Object... params) {
    return ownTransaction.execute(status -> {
      List<Queued> rows = jdbc.sql("select " + COLUMNS + " from notification_mail_outbox where " + where
          + " for update skip locked").params(params).query(ROW).list();
      if (rows.isEmpty()) {
        return rows;
      }
      jdbc.sql("update notification_mail_outbox set claims = claims + 1, locked_by = :worker, locked_until = :until "
              + "where id in (:ids)")
          .param("worker", worker).param("until", Timestamp.from(clock.instant().plus(lease)))
          .param("ids", rows.stream().map(Queued::id).toList()).update();
      return rows.stream().map(q -> new Queued(q.id(), q.mailKey(), q.request(), q.attempts(), q.claims() + 1))
          .toList();
    });
  }

  /** Extends the lease of these mails; false when the worker no longer holds every one of them. */
  boolean renew(String worker, Collection<String> ids, Duration lease) {
    if (ids.isEmpty()) {
      return true;
    }
    Integer renewed = ownTransaction.execute(status -> jdbc.sql("update notification_mail_outbox set locked_until = "
            + ":until where id in (:ids) and locked_by = :worker and state = :queued")
        .param("until", Timestamp.from(clock.instant().plus(lease))).param("ids", ids).param("worker", worker)
        .param("queued", State.QUEUED.name()).update());
    return renewed != null && renewed == ids.size();
  }

  /** In the caller's transaction (the one recording the last recipient): the mail is done. */
  void markSent(String id) {
    jdbc.sql("update notification_mail_outbox set state = ?, sent_at = ?, locked_by = null, locked_until = null, "
        + "last_error = null where id = ?").params(State.SENT.name(), now(), id).update();
  }

  /** A failed attempt with tries left: waits until {@code next}, free for any worker then. */
  void retryLater(String id, String error, Instant next) {
    ownTransaction.executeWithoutResult(status -> jdbc.sql("update notification_mail_outbox set attempts = "
            + "attempts + 1, next_attempt_at = ?, locked_by = null, locked_until = null, last_error = ? where id = ?")
        .params(Timestamp.from(next), shorten(error), id).update());
  }

  /**
   * The tries are spent: the mail now lives in the {@code notification-mail} instance that shows the incident,
   * started by {@code incident} in the same transaction.
   *
   * @return that instance's id
   */
  String failed(String id, String error, Supplier<String> incident) {
    return ownTransaction.execute(status -> {
      String instanceId = incident.get();
      jdbc.sql("update notification_mail_outbox set state = ?, attempts = attempts + 1, locked_by = null, "
              + "locked_until = null, last_error = ?, incident_instance_id = ? where id = ?")
          .params(State.FAILED.name(), shorten(error), instanceId, id).update();
      return instanceId;
    });
  }

  /** Mails still waiting (queued, being sent or waiting for their next try) whose key starts with the prefix. */
  List<Queued> waiting(String keyPrefix) {
    return jdbc.sql("select " + COLUMNS + " from notification_mail_outbox where state = ? and mail_key like ? "
        + "order by created_at, mail_key").params(State.QUEUED.name(), keyPrefix + "%").query(ROW).list();
  }

  /** Drops a waiting mail unsent (an operator's decision, or a test's leftovers). */
  void discard(String id) {
    jdbc.sql("delete from notification_mail_outbox where id = ? and state = ?").params(id, State.QUEUED.name())
        .update();
  }

  /** Forgets mails sent, or handed to an incident, before this time; the waiting ones stay. */
  int purgeDoneBefore(Instant before) {
    return jdbc.sql("delete from notification_mail_outbox where state <> ? and coalesce(sent_at, created_at) < ?")
        .params(State.QUEUED.name(), Timestamp.from(before)).update();
  }

  private static String shorten(String error) {
    return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
