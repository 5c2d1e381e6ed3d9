package vn.org.congdoanhanoi.phoihop.notification;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Which recipients the SMTP server already accepted a mail for (table {@code notification_mail_delivery}). Every
 * write is its own committed transaction, so what it says survives the JVM dying in the middle of a mail. A
 * recipient without a SENT row has not got the mail as far as we know, and gets it at the next attempt.
 */
@Component
class MailDeliveryLedger {

  /** SENDING: written by versions before the outbox, just before the SMTP transaction; read like FAILED. */
  enum State { SENDING, SENT, FAILED }

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final EngineClock clock;

  MailDeliveryLedger(JdbcClient jdbc, PlatformTransactionManager transactions, EngineClock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What is recorded for each recipient of these mails (state by recipient, by mail): one read for a batch. */
  Map<String, Map<String, String>> recorded(Collection<String> mailKeys) {
    Map<String, Map<String, String>> recorded = new HashMap<>();
    if (mailKeys.isEmpty()) {
      return recorded;
    }
    jdbc.sql("select mail_key, recipient, state from notification_mail_delivery where mail_key in (:keys)")
        .param("keys", mailKeys)
        .query(rs -> {
          recorded.computeIfAbsent(rs.getString(1), key -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
    return recorded;
  }

  /**
   * The server accepted the mail for this recipient: recorded at once, in a committed transaction of its own, with
   * {@code alsoInThisTransaction} (the outbox marks the mail done with its last recipient). Only a crash between the
   * server's answer and this commit can make the recipient get the mail again, with the same Message-ID.
   *
   * @param known whether the recipient may have a row already (an earlier, failed or interrupted, attempt)
   */
  void sent(String mailKey, String recipient, boolean known, Runnable alsoInThisTransaction) {
    ownTransaction.executeWithoutResult(status -> {
      record(mailKey, recipient, known, State.SENT, null);
      alsoInThisTransaction.run();
    });
  }

  /** Runs in a committed transaction of its own (a mail found complete: nothing left to record with it). */
  void inTransaction(Runnable work) {
    ownTransaction.executeWithoutResult(status -> work.run());
  }

  /** The server refused the mail for this recipient (or the attempt broke off there). */
  void failed(String mailKey, String recipient, String error) {
    String shortError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    ownTransaction.executeWithoutResult(status -> record(mailKey, recipient, true, State.FAILED, shortError));
  }

  private void record(String mailKey, String recipient, boolean known, State state, String error) {
    Timestamp now = now();
    Timestamp sentAt = state == State.SENT ? now : null;
    int updated = known ? jdbc.sql("update notification_mail_delivery set state = ?, attempts = attempts + 1, "
            + "last_attempt_at = ?, sent_at = ?, last_error = ? where mail_key = ? and recipient = ?")
        .params(state.name(), now, sentAt, error, mailKey, recipient).update() : 0;
    if (updated == 0) {
      jdbc.sql("insert into notification_mail_delivery (mail_key, recipient, state, attempts, last_attempt_at, "
              + "sent_at, last_error) values (?, ?, ?, 1, ?, ?, ?)")
          .params(mailKey, recipient, state.name(), now, sentAt, error).update();
    }
  }

  String state(String mailKey, String recipient) {
    return jdbc.sql("select state from notification_mail_delivery where mail_key = ? and recipient = ?")
        .params(mailKey, recipient).query(String.class).optional().orElse(null);
  }

  /**
   * Forgets the deliveries of mails that are gone: out of the outbox ({@link MailOutbox#purgeDoneBefore}) and without
   * a {@code notification-mail} instance, neither running nor in the history (removed by the history cleanup, see
   * {@link NotificationHistory}, or deleted in Cockpit). While either exists its rows stay: a retry needs them, and
   * they tell who got the mail for as long as the mail is kept.
   *
   * @return the number of rows removed
   */
  int purgeRemovedMails() {
    return jdbc.sql("delete from notification_mail_delivery d "
        + "where not exists (select 1 from notification_mail_outbox o where o.mail_key = d.mail_key) "
        + "and not exists (select 1 from act_ru_execution e where e.business_key_ = d.mail_key) "
        + "and not exists (select 1 from act_hi_procinst p where p.business_key_ = d.mail_key "
        + "and p.proc_def_key_ = ?)").params(NotificationMail.KEY).update();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
