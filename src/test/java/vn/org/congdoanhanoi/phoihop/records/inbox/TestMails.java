package vn.org.congdoanhanoi.phoihop.records.inbox;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;

/** Mails as the unions' mail clients write them, with a Message-ID the test chooses (or none). */
final class TestMails {

  private TestMails() {}

  /** A message whose Message-ID is the test's (a plain MimeMessage replaces it with a fresh one when saved). */
  static final class Fixed extends MimeMessage {
    private final String messageId;

    Fixed(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      if (messageId == null) {
        removeHeader("Message-ID");
      } else {
        setHeader("Message-ID", messageId);
      }
    }
  }

  static MimeMessage petition(String messageId, String from, String subject, String text) throws MessagingException {
    MimeMessage message = new Fixed(InboxTestServers.smtpSession(), messageId);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(InboxTestServers.ADDRESS));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    message.saveChanges();
    return message;
  }

  /** A text part and the given files, each {@code name, type, bytes}. */
  static MimeMessage withFiles(String messageId, String from, String subject, String text, Object... files)
      throws MessagingException {
    MimeMessage message = new Fixed(InboxTestServers.smtpSession(), messageId);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(InboxTestServers.ADDRESS));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    MimeMultipart multipart = new MimeMultipart();
    MimeBodyPart body = new MimeBodyPart();
    body.setText(text, StandardCharsets.UTF_8.name());
    multipart.addBodyPart(body);
    for (int i = 0; i < files.length; i += 3) {
      MimeBodyPart file = new MimeBodyPart();
      file.setContent((byte[]) files[i + 2], (String) files[i + 1]);
      file.setDisposition(MimeBodyPart.ATTACHMENT);
      file.setFileName((String) files[i]);
      file.setHeader("Content-Transfer-Encoding", "base64");
      multipart.addBodyPart(file);
    }
    message.setContent(multipart);
    message.saveChanges();
    return message;
  }
}
