package vn.org.congdoanhanoi.phoihop.notification;

import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Which recipients the SMTP server already accepted a mail for (table {@code notification_mail_delivery}). Every
 * write is its own committed transaction, so what it says survives the JVM dying in the middle of a mail.
 */
@Component
class MailDeliveryLedger {

  enum State { SENDING, SENT, FAILED }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final EngineClock clock;

  MailDeliveryLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, EngineClock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  boolean wasSent(String mailKey, String recipient) {
    return State.SENT.name().equals(state(mailKey, recipient));
  }

  /** Before the SMTP transaction: a row left SENDING means the attempt was interrupted before the server answered. */
  void sending(String mailKey, String recipient) {
    ownTransaction.executeWithoutResult(status -> {
      Timestamp now = now();
      int updated = jdbc.update("update notification_mail_delivery set state = ?, attempts = attempts + 1, "
          + "last_attempt_at = ? where mail_key = ? and recipient = ?", State.SENDING.name(), now, mailKey, recipient);
      if (updated == 0) {
        jdbc.update("insert into notification_mail_delivery (mail_key, recipient, state, attempts, last_attempt_at) "
            + "values (?, ?, ?, 1, ?)", mailKey, recipient, State.SENDING.name(), now);
      }
    });
  }

  void sent(String mailKey, String recipient) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("update notification_mail_delivery set state = ?, "
        + "sent_at = ?, last_error = null where mail_key = ? and recipient = ?", State.SENT.name(), now(), mailKey,
        recipient));
  }

  void failed(String mailKey, String recipient, String error) {
    String shortError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    ownTransaction.executeWithoutResult(status -> jdbc.update("update notification_mail_delivery set state = ?, "
        + "last_error = ? where mail_key = ? and recipient = ?", State.FAILED.name(), shortError, mailKey, recipient));
  }

  String state(String mailKey, String recipient) {
    return jdbc.query("select state from notification_mail_delivery where mail_key = ? and recipient = ?",
        rs -> rs.next() ? rs.getString(1) : null, mailKey, recipient);
  }

  /**
   * Forgets the deliveries of mails whose instance is gone, neither running nor in the history any more (removed by
   * the history cleanup, see {@link NotificationHistory}, or deleted in Cockpit). While an instance exists its rows
   * stay: a retry needs them, and they tell who got the mail for as long as its history is kept.
   *
   * @return the number of rows removed
   */
  int purgeRemovedMails() {
    return jdbc.update("delete from notification_mail_delivery d "
        + "where not exists (select 1 from act_ru_execution e where e.business_key_ = d.mail_key) "
        + "and not exists (select 1 from act_hi_procinst p where p.business_key_ = d.mail_key "
        + "and p.proc_def_key_ = ?)", NotificationMail.KEY);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
