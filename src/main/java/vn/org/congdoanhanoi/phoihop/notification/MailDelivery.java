package vn.org.congdoanhanoi.phoihop.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Builds and sends one mail over SMTP: a plain-text and an HTML part (UTF-8), and for invitations the iCalendar
 * object both inline (text/calendar with its METHOD, which calendar programs act on) and as an .ics attachment
 * (for programs that only offer files). The Message-ID is derived from the idempotency key, so a mail sent again
 * by a retry is recognisable as the same mail.
 */
@Component
public class MailDelivery {

  /** Also set on every mail, for receivers that rewrite Message-IDs. */
  public static final String IDEMPOTENCY_HEADER = "X-Phoihop-Idempotency-Key";

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final NotificationSettings settings;

  MailDelivery(JavaMailSender sender, MailTemplates templates, NotificationSettings settings) {
    this.sender = sender;
    this.templates = templates;
    this.settings = settings;
  }

  public String messageId(MailRequest request) {
    return "<" + request.idempotencyKey() + "@" + settings.messageIdDomain() + ">";
  }

  public void send(MailRequest request) {
    MimeMessage message;
    try {
      message = build(request);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("Không soạn được thư '" + request.subject() + "': " + e.getMessage(), e);
    }
    try {
      sender.send(message);
    } catch (MailException e) {
      Throwable cause = e.getMostSpecificCause();
      throw new MailNotSentException("Không gửi được thư '" + request.subject() + "' (" + request.idempotencyKey()
          + ") qua máy chủ thư: " + cause.getMessage() + ". Kiểm tra máy chủ thư (PHOIHOP_MAIL_HOST, PHOIHOP_MAIL_PORT) "
          + "rồi bấm Thử lại trong Cockpit; chỉ thư này được gửi lại.", e);
    }
  }

  MimeMessage build(MailRequest request) throws MessagingException, UnsupportedEncodingException {
    MailTemplates.Rendered body = templates.render(request.template(), request.model());
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
    for (String to : request.to()) {
      message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    }
    message.setSubject(request.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Message-ID", messageId(request));
    message.setHeader(IDEMPOTENCY_HEADER, request.idempotencyKey());
    message.setHeader("Auto-Submitted", "auto-generated");

    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(textPart(body.text(), "plain"));
    alternative.addBodyPart(textPart(body.html(), "html"));
    if (request.calendar() == null && request.attachments().isEmpty()) {
      message.setContent(alternative);
      return message;
    }
    MimeMultipart mixed = new MimeMultipart("mixed");
    if (request.calendar() != null) {
      MimeBodyPart inlineCalendar = new MimeBodyPart();
      inlineCalendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
          request.calendar().getBytes(StandardCharsets.UTF_8),
          "text/calendar; charset=UTF-8; method=" + request.calendarMethod())));
      alternative.addBodyPart(inlineCalendar);
    }
    MimeBodyPart alternativePart = new MimeBodyPart();
    alternativePart.setContent(alternative);
    mixed.addBodyPart(alternativePart);
    if (request.calendar() != null) {
      mixed.addBodyPart(attachment("invite.ics", "application/ics",
          request.calendar().getBytes(StandardCharsets.UTF_8)));
    }
    for (MailRequest.Attachment file : request.attachments()) {
      mixed.addBodyPart(attachment(file.fileName(), file.contentType(), file.content()));
    }
    message.setContent(mixed);
    return message;
  }

  private static MimeBodyPart attachment(String fileName, String contentType, byte[] content)
      throws MessagingException, UnsupportedEncodingException {
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
    // Vietnamese file names ("Báo cáo 15-BC-LĐLĐ.docx") are encoded for mail readers (RFC 2047).
    attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(fileName, StandardCharsets.UTF_8.name(), "B"));
    attachment.setDisposition(Part.ATTACHMENT);
    return attachment;
  }

  private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, StandardCharsets.UTF_8.name(), subtype);
    return part;
  }

  /** The SMTP server did not take the mail; the job fails and is retried. */
  public static class MailNotSentException extends RuntimeException {
    MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
