package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test mailbox's handler, standing in for the petition handler: it writes what it got to real tables
 * ({@code inbox_test_received}, {@code inbox_test_attachment}, without any unique key, so a message handled twice
 * shows as two rows) in the intake's transaction. Senders of {@value #KNOWN_DOMAIN} are known unions; anyone else
 * goes to review. A test may add behaviour before the outcome ({@link #before}: fail, block, watch).
 */
class RecordingHandler implements IncomingMailHandler {

  static final String KNOWN_DOMAIN = "@cdcs.gialam.example";

  private final JdbcTemplate jdbc;
  private final AtomicInteger calls = new AtomicInteger();
  volatile Consumer<IncomingMail> before = mail -> { };

  RecordingHandler(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String mailbox() {
    return InboxTestApplication.MAILBOX;
  }

  @Override
  public Outcome handle(IncomingMail mail) {
    calls.incrementAndGet();
    jdbc.update("insert into inbox_test_received (message_id, sender, subject, body, received_at) "
        + "values (?, ?, ?, ?, ?)", mail.messageId(), mail.sender(), mail.subject(), mail.text(),
        java.sql.Timestamp.from(mail.receivedAt()));
    for (IncomingAttachment attachment : mail.attachments()) {
      jdbc.update("insert into inbox_test_attachment (message_id, name, content_type, content) values (?, ?, ?, ?)",
          mail.messageId(), attachment.name(), attachment.contentType(), attachment.content());
    }
    before.accept(mail);
    if (mail.hasSender() && mail.sender().endsWith(KNOWN_DOMAIN)) {
      return Outcome.taken("KN-" + mail.messageId().hashCode());
    }
    return Outcome.needsReview("Không rõ công đoàn cơ sở nào gửi thư (" + mail.sender() + ").", null);
  }

  /** Times {@link #handle} was entered, committed or not. */
  int calls() {
    return calls.get();
  }
}
