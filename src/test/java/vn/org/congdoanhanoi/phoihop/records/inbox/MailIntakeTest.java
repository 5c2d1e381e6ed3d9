package vn.org.congdoanhanoi.phoihop.records.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;

/**
 * The intake against real IMAP and SMTP servers (GreenMail) and PostgreSQL: mail sent over SMTP by a union's client,
 * read by the intake over IMAP, handled by a handler writing to real tables in the ledger's transaction.
 */
class MailIntakeTest {

  private static final String UNION = "bch.maygiang" + RecordingHandler.KNOWN_DOMAIN;
  private ConfigurableApplicationContext context;

  @BeforeEach
  void emptyMailboxAndTables() throws Exception {
    InboxTestServers.reset();
  }

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void aMessageIsTakenOnceAndMarkedAfterItsTransaction() throws Exception {
    context = InboxTestApplication.start();
    InboxTestServers.send(TestMails.petition("<kn-1@maygiang.example>", UNION, "Kiến nghị 477/KH-LĐLĐ",
        "Đề nghị xây nhà ở cho công nhân."));

    PollResult first = intake().poll(InboxTestApplication.MAILBOX);
    PollResult second = intake().poll(InboxTestApplication.MAILBOX);

    assertThat(first.handled()).isEqualTo(1);
    assertThat(second.pending()).isZero();
    assertThat(received("<kn-1@maygiang.example>")).isEqualTo(1);
    InboxEntry entry = ledger().get(0);
    assertThat(entry.status()).isEqualTo(Status.TAKEN);
    assertThat(entry.sender()).isEqualTo(UNION);
    assertThat(entry.reference()).startsWith("KN-");
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(1);
    assertThat(InboxTestServers.seen()).isEqualTo(1);
    assertThat(jdbc().queryForObject("select body from inbox_test_received", String.class))
        .isEqualTo("Đề nghị xây nhà ở cho công nhân.");
  }

  @Test
  void theSameMessageIdSentTwiceIsHandledOnceAndBothCopiesAreMarked() throws Exception {
    context = InboxTestApplication.start();
    MimeMessage petition = TestMails.petition("<kn-2@maygiang.example>", UNION, "Kiến nghị", "Tăng lương tối thiểu.");
    InboxTestServers.send(petition);
    InboxTestServers.send(petition);

    PollResult result = intake().poll(InboxTestApplication.MAILBOX);

    assertThat(result.pending()).isEqualTo(2);
    assertThat(result.handled()).isEqualTo(1);
    assertThat(result.markedOnly()).isEqualTo(1);
    assertThat(received("<kn-2@maygiang.example>")).isEqualTo(1);
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(2);
    assertThat(intake().poll(InboxTestApplication.MAILBOX).pending()).isZero();
  }

  @Test
  void aSenderTheHandlerDoesNotKnowIsRecordedForReviewWithItsReason() throws Exception {
    context = InboxTestApplication.start();
    InboxTestServers.send(TestMails.petition("<kn-3@gmail.example>", "Nguoi.La@Gmail.example", "Kiến nghị",
        "Tôi là công nhân."));

    intake().poll(InboxTestApplication.MAILBOX);

    InboxEntry entry = ledger().get(0);
    assertThat(entry.status()).isEqualTo(Status.NEEDS_REVIEW);
    assertThat(entry.sender()).isEqualTo("nguoi.la@gmail.example");
    assertThat(entry.reason()).contains("Không rõ công đoàn cơ sở");
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(1);
  }

  @Test
  void attachmentsAreKeptByteForByteWithVietnameseSubjectAndFileNames() throws Exception {
    context = InboxTestApplication.start();
    byte[] scan = new byte[300_000];
    new Random(477).nextBytes(scan);
    scan[0] = '%';
    byte[] sheet = "Nhóm,Kiến nghị\n1,Nhà ở\n".getBytes(StandardCharsets.UTF_8);
    String subject = "Kiến nghị của CĐCS Công ty May Đức Giang gửi Hội nghị đối thoại năm 2023";
    // One name as mail clients following RFC 2231 write it (Jakarta Mail's default), one as RFC 2047 encoded words.
    InboxTestServers.send(TestMails.withFiles("<kn-4@maygiang.example>", UNION, subject, "Kính gửi LĐLĐ huyện.",
        "Kiến nghị số 1 – nhà ở.pdf", "application/pdf", scan,
        MimeUtility.encodeText("Bảng tổng hợp ý kiến.csv", "UTF-8", "B"), "text/csv", sheet,
        "cai-dat.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}));

    intake().poll(InboxTestApplication.MAILBOX);

    assertThat(jdbc().queryForObject("select subject from inbox_test_received", String.class)).isEqualTo(subject);
    List<Map<String, Object>> files = jdbc().queryForList(
        "select name, content_type, content from inbox_test_attachment order by name");
    assertThat(files).extracting(f -> f.get("name"))
        .containsExactly("Bảng tổng hợp ý kiến.csv", "Kiến nghị số 1 – nhà ở.pdf");
    assertThat((byte[]) files.get(0).get("content")).isEqualTo(sheet);
    assertThat((byte[]) files.get(1).get("content")).isEqualTo(scan);
    assertThat(files.get(1).get("content_type")).isEqualTo("application/pdf");
  }

  @Test
  void aFailingHandlerIsRetriedThenTheMessageIsSetAsideWithItsErrorWhileOthersGoOn() throws Exception {
    context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.max-attempts=3");
    handler().before = mail -> {
      if (mail.subject().contains("hỏng")) {
        throw new IllegalStateException("Không lưu được kiến nghị: bảng đầy");
      }
    };
    InboxTestServers.send(TestMails.petition("<kn-5@maygiang.example>", UNION, "Kiến nghị hỏng", "…"));
    InboxTestServers.send(TestMails.petition("<kn-6@maygiang.example>", UNION, "Kiến nghị tốt", "Đường sá."));

    PollResult first = intake().poll(InboxTestApplication.MAILBOX);
    PollResult second = intake().poll(InboxTestApplication.MAILBOX);
    PollResult third = intake().poll(InboxTestApplication.MAILBOX);
    PollResult after = intake().poll(InboxTestApplication.MAILBOX);

    assertThat(first.handled()).isEqualTo(1);
    assertThat(first.retrying()).isEqualTo(1);
    assertThat(second.retrying()).isEqualTo(1);
    assertThat(third.failed()).isEqualTo(1);
    assertThat(after.pending()).isZero();
    assertThat(handler().calls()).isEqualTo(4);
    // The failed attempts rolled back what the handler wrote; the good message is there once.
    assertThat(received("<kn-5@maygiang.example>")).isZero();
    assertThat(received("<kn-6@maygiang.example>")).isEqualTo(1);
    InboxEntry failed = ledger().stream().filter(e -> e.status() == Status.FAILED).findFirst().orElseThrow();
    assertThat(failed.messageId()).isEqualTo("<kn-5@maygiang.example>");
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.reason()).contains("Không lưu được kiến nghị: bảng đầy");
    assertThat(failed.finishedAt()).isNotNull();
    assertThat(InboxTestServers.withKeyword(MailboxPoller.FAILED_KEYWORD)).isEqualTo(1);
    assertThat(bean(InboxLedger.class).entries(InboxTestApplication.MAILBOX, Status.FAILED, 0, 10))
        .extracting(InboxEntry::messageId).containsExactly("<kn-5@maygiang.example>");
  }

  @Test
  void aMessageTooLargeOrNotReadableIsRejectedUnhandledAndMarked() throws Exception {
    context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.max-message-size=200KB");
    byte[] big = new byte[400_000];
    InboxTestServers.send(TestMails.withFiles("<kn-7@maygiang.example>", UNION, "Kiến nghị", "Kèm bản quét.",
        "ban-quet.pdf", "application/pdf", big));
    InboxTestServers.user().deliver(new MimeMessage(InboxTestServers.smtpSession(), new java.io.ByteArrayInputStream((
        "Message-ID: <kn-8@maygiang.example>\r\nFrom: " + UNION + "\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + "@@@@ không phải base64 !!!!\r\n").getBytes(StandardCharsets.UTF_8))));

    PollResult result = intake().poll(InboxTestApplication.MAILBOX);

    assertThat(result.handled()).isEqualTo(2);
    assertThat(handler().calls()).isZero();
    assertThat(ledger()).extracting(InboxEntry::status).containsOnly(Status.REJECTED);
    assertThat(ledger()).extracting(InboxEntry::reason).anyMatch(r -> r.contains("lớn hơn"))
        .anyMatch(r -> r.contains("MIME"));
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(2);
  }

  @Test
  void handledMessagesAreMovedToTheProcessedFolderWhenOneIsConfigured() throws Exception {
    context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.processed-folder=Da-xu-ly");
    InboxTestServers.send(TestMails.petition("<kn-9@maygiang.example>", UNION, "Kiến nghị", "Y tế."));

    intake().poll(InboxTestApplication.MAILBOX);

    assertThat(InboxTestServers.inFolder("INBOX")).isZero();
    assertThat(InboxTestServers.inFolder("Da-xu-ly")).isEqualTo(1);
    assertThat(received("<kn-9@maygiang.example>")).isEqualTo(1);
  }

  @Test
  void aMailboxWithoutHostIsNotRead() {
    context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.host=");

    assertThatThrownBy(() -> intake().poll(InboxTestApplication.MAILBOX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not read");
  }

  private MailIntake intake() {
    return bean(MailIntake.class);
  }

  private RecordingHandler handler() {
    return bean(RecordingHandler.class);
  }

  private JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  private List<InboxEntry> ledger() {
    return bean(InboxLedger.class).entries(null, null, 0, 100);
  }

  private int received(String messageId) {
    return jdbc().queryForObject("select count(*) from inbox_test_received where message_id = ?", Integer.class,
        messageId);
  }
}
