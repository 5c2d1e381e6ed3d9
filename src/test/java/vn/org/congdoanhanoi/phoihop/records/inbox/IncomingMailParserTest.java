package vn.org.congdoanhanoi.phoihop.records.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The safe view of hostile messages, from raw bytes as a mail server stores them; no server, no database. */
class IncomingMailParserTest {

  private static final Instant RECEIVED = Instant.parse("2023-05-02T02:00:00Z");
  private final IncomingMailParser parser = new IncomingMailParser("petitions", new InboxProperties.Mailbox(
      "imap.example", null, "imaps", true, "u", "p", "INBOX", null, Duration.ofMinutes(1), 200, 5,
      Duration.ofSeconds(30), DataSize.ofMegabytes(30), DataSize.ofKilobytes(100), 2, 1000));

  @Test
  void encodedVietnameseSubjectAndSenderAreDecodedAndTheAddressNormalised() throws Exception {
    IncomingMail mail = parse("""
        Message-ID: <a1@maygiang.example>
        From: =?UTF-8?B?Q8SQQ1MgTWF5IMSQ4bupYyBHaWFuZw==?= <BCH.MayDucGiang@CDCS.Gialam.example>
        Subject: =?UTF-8?Q?Ki=E1=BA=BFn_ngh=E1=BB=8B_v=E1=BB=81_nh=C3=A0_=E1=BB=9F?=
         =?UTF-8?B?IGPDtG5nIG5ow6Ju?=
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Nội dung.
        """);

    assertThat(mail.messageId()).isEqualTo("<a1@maygiang.example>");
    assertThat(mail.sender()).isEqualTo("bch.mayducgiang@cdcs.gialam.example");
    assertThat(mail.senderName()).isEqualTo("CĐCS May Đức Giang");
    assertThat(mail.subject()).isEqualTo("Kiến nghị về nhà ở công nhân");
    assertThat(mail.text()).isEqualTo("Nội dung.");
    assertThat(mail.receivedAt()).isEqualTo(RECEIVED);
  }

  @Test
  void lineBreaksSmuggledIntoHeadersThroughEncodedWordsAreRemoved() throws Exception {
    String injected = Base64.getEncoder().encodeToString("Kiến nghị\r\nBcc: all@example.com\u202E"
        .getBytes(StandardCharsets.UTF_8));
    IncomingMail mail = parse("Message-ID: <a2@x.example>\nFrom: a@cdcs.example\nSubject: =?UTF-8?B?" + injected
        + "?=\nContent-Type: text/plain\n\nx\n");

    assertThat(mail.subject()).isEqualTo("Kiến nghị Bcc: all@example.com").doesNotContain("\r", "\n");
  }

  @Test
  void aMessageWithoutMessageIdGetsAStableIdFromItsBytes() throws Exception {
    String raw = "From: a@cdcs.example\nSubject: x\nContent-Type: text/plain\n\nKhông có Message-ID.\n";
    String other = raw.replace("Không", "Chưa");

    assertThat(parse(raw).messageId()).startsWith("<sha256-").endsWith("@phoihop.invalid>")
        .isEqualTo(parse(raw).messageId()).isNotEqualTo(parse(other).messageId());
    assertThat(parse(raw.replace("From:", "Message-ID: <bad id with spaces>\nFrom:")).messageId())
        .startsWith("<sha256-");
  }

  @Test
  void severalFromAddressesOrAMalformedOneGiveNoSender() throws Exception {
    assertThat(parse("From: a@cdcs.example, b@cdcs.example\nSubject: x\n\nx\n").hasSender()).isFalse();
    assertThat(parse("From: not an address\nSubject: x\n\nx\n").hasSender()).isFalse();
    assertThat(parse("Subject: x\n\nx\n").hasSender()).isFalse();
  }

  @Test
  void htmlIsReducedToItsVisibleText() throws Exception {
    IncomingMail mail = parse("""
        From: a@cdcs.example
        Subject: x
        Content-Type: text/html; charset=UTF-8

        <html><head><title>t</title><style>p{color:red}</style></head><body><script>alert(1)</script>
        <p>Kiến nghị&nbsp;1: nh&agrave; ở</p><!-- ẩn --><div>Kiến nghị 2<br>đường</div><script>never closed
        """);

    assertThat(mail.text()).isEqualTo("Kiến nghị 1: nhà ở\nKiến nghị 2\nđường");
  }

  @Test
  void attachmentsAreKeptWithinLimitsAndDangerousOnesAreLeftOutWithTheReason() throws Exception {
    String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 kiến nghị".getBytes(StandardCharsets.UTF_8));
    String big = Base64.getMimeEncoder().encodeToString(new byte[150 * 1024]);
    IncomingMail mail = parse("From: a@cdcs.example\nSubject: x\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
        + "--b\nContent-Type: text/plain; charset=UTF-8\n\nXem tệp.\n"
        + "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename*=UTF-8''..%2F..%2FKi%E1%BA%BFn%20ngh%E1%BB%8B.pdf\n"
        + "Content-Transfer-Encoding: base64\n\n" + pdf + "\n"
        + "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"hoa-don.pdf.exe\"\n\nMZ\n"
        + "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"=?UTF-8?B?"
        + Base64.getEncoder().encodeToString("Bản quét.pdf".getBytes(StandardCharsets.UTF_8)) + "?=\"\n"
        + "Content-Transfer-Encoding: base64\n\n" + big + "\n"
        + "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"lenh.pdf\"\n\nMZ\n"
        + "--b\nContent-Type: text/csv\nContent-Disposition: attachment; filename=\"a.csv\"\n\n1,2\n"
        + "--b\nContent-Type: text/csv\nContent-Disposition: attachment; filename=\"b.csv\"\n\n3,4\n"
        + "--b--\n");

    assertThat(mail.text()).isEqualTo("Xem tệp.");
    assertThat(mail.attachments()).extracting(IncomingAttachment::name).containsExactly("Kiến nghị.pdf", "a.csv");
    assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 kiến nghị");
    assertThat(mail.refusedAttachments()).extracting(IncomingMail.RefusedAttachment::name)
        .containsExactly("hoa-don.pdf.exe", "Bản quét.pdf", "lenh.pdf", "b.csv");
    assertThat(mail.refusedAttachments()).extracting(IncomingMail.RefusedAttachment::reason)
        .containsExactly("Loại tệp không được nhận vì có thể chứa mã độc.", "Tệp lớn hơn 100 KB.",
            "Tệp là chương trình chạy được (mã độc có thể), không được nhận.", "Quá số tệp đính kèm được nhận (2).");
  }

  @Test
  void longTextIsCutAndSaysSo() throws Exception {
    IncomingMail mail = parse("From: a@cdcs.example\nSubject: x\n\n" + "ý".repeat(5000) + "\n");

    assertThat(mail.text()).hasSize(1000);
    assertThat(mail.textCut()).isTrue();
  }

  @Test
  void brokenMimeIsUnreadableNotACrash() {
    assertThatThrownBy(() -> parse("From: a@cdcs.example\nContent-Type: text/plain\nContent-Transfer-Encoding: "
        + "base64\n\nS2nhur9uQ@@ !!\n")).isInstanceOf(UnreadableMailException.class).hasMessageContaining("MIME");
    StringBuilder nested = new StringBuilder("From: a@cdcs.example\n");
    for (int i = 0; i < 30; i++) {
      nested.append("Content-Type: multipart/mixed; boundary=\"n").append(i).append("\"\n\n--n").append(i).append('\n');
    }
    assertThatThrownBy(() -> parse(nested.toString())).isInstanceOf(UnreadableMailException.class);
  }

  private IncomingMail parse(String raw) throws UnreadableMailException {
    return parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), RECEIVED);
  }
}
