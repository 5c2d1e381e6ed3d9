package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;

/** Mails as a union's mail client writes them to the petitions mailbox on the test JVM's mail server. */
public final class PetitionMails {

  private PetitionMails() {}

  /** A union's mail with its own Message-ID and, when given, one file. */
  public static MimeMessage mail(String messageId, String from, String subject, String text, String fileName,
                                 byte[] file) throws MessagingException {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "127.0.0.1");
    smtp.put("mail.smtp.port", String.valueOf(NotificationTestServers.mail().getSmtp().getPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(smtp)) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(NotificationTestServers.PETITION_MAILBOX));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    if (file == null) {
      message.setText(text, StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart body = new MimeBodyPart();
      body.setText(text, StandardCharsets.UTF_8.name());
      parts.addBodyPart(body);
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setContent(file, fileName.endsWith(".pdf") ? "application/pdf" : "image/jpeg");
      attachment.setDisposition(MimeBodyPart.ATTACHMENT);
      attachment.setFileName(fileName);
      attachment.setHeader("Content-Transfer-Encoding", "base64");
      parts.addBodyPart(attachment);
      message.setContent(parts);
    }
    message.saveChanges();
    return message;
  }
}
