package vn.org.congdoanhanoi.phoihop.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Builds and sends one mail over SMTP: a plain-text and an HTML part (UTF-8), and for invitations the iCalendar
 * object both inline (text/calendar with its METHOD, which calendar programs act on) and as an .ics attachment
 * (for programs that only offer files). The Message-ID is derived from the idempotency key, so a mail sent again
 * is recognisable as the same mail.
 *
 * <p>Each recipient gets the mail in an SMTP transaction of its own (the To: header still names everyone), and
 * {@link MailDeliveryLedger} records it as soon as the server accepted it: a retry or a resumed attempt after a
 * crash sends only to the recipients the server has not accepted it for yet. Mails of a batch share one SMTP
 * connection ({@link Connection}).
 */
@Component
public class MailDelivery {

  /** Also set on every mail, for receivers that rewrite Message-IDs. */
  public static final String IDEMPOTENCY_HEADER = "X-Phoihop-Idempotency-Key";

  private final JavaMailSenderImpl sender;
  private final MailTemplates templates;
  private final NotificationSettings settings;
  private final MailDeliveryLedger ledger;
  private final Map<String, AttachmentStore> stores;

  MailDelivery(JavaMailSenderImpl sender, MailTemplates templates, NotificationSettings settings,
               MailDeliveryLedger ledger, List<AttachmentStore> stores) {
    this.sender = sender;
    this.templates = templates;
    this.settings = settings;
    this.ledger = ledger;
    this.stores = stores.stream().collect(Collectors.toMap(AttachmentStore::scheme, Function.identity()));
  }

  public String messageId(MailRequest request) {
    return "<" + request.idempotencyKey() + "@" + settings.messageIdDomain() + ">";
  }

  /**
   * Sends the mail to every recipient the server has not accepted it for yet, over a connection of its own.
   * {@code beforeEachRecipient} runs before each SMTP transaction (the worker renews its lock there, and stops if it
   * lost it).
   *
   * @throws MailNotSentException when the server could not be reached or refused a recipient; the recipients
   *     it accepted stay recorded, so the retry goes only to the others
   */
  public void send(MailRequest request, Runnable beforeEachRecipient) {
    try (Connection connection = connection()) {
      send(request, ledger.recorded(List.of(request.idempotencyKey())).getOrDefault(request.idempotencyKey(), Map.of()),
          connection, beforeEachRecipient, () -> { });
    }
  }

  /**
   * Sends the mail over a connection shared with other mails (a batch), to every recipient not recorded as SENT in
   * {@code recorded}; {@code whenDone} runs in the transaction that records the last recipient (or on its own when
   * every recipient had it already), so "the mail is done" and "its last recipient got it" commit together.
   *
   * @param recorded what the ledger held for this mail's recipients before the attempt (state by recipient)
   * @throws MailNotSentException as {@link #send(MailRequest, Runnable)}
   */
  public void send(MailRequest request, Map<String, String> recorded, Connection connection,
                   Runnable beforeEachRecipient, Runnable whenDone) {
    String key = request.idempotencyKey();
    List<String> pending = request.to().stream()
        .filter(to -> !MailDeliveryLedger.State.SENT.name().equals(recorded.get(to))).toList();
    if (pending.isEmpty()) {
      ledger.inTransaction(whenDone);
      return;
    }
    MimeMessage message;
    try {
      message = build(request);
      message.saveChanges();
      // saveChanges gives the message a random Message-ID; ours must stay, it is what makes a copy recognisable.
      message.setHeader("Message-ID", messageId(request));
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalStateException("Không soạn được thư '" + request.subject() + "': " + e.getMessage(), e);
    }
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      String to = pending.get(i);
      beforeEachRecipient.run();
      Transport transport = connection.transport(request);
      try {
        transport.sendMessage(message, new Address[] {new InternetAddress(to)});
      } catch (SendFailedException e) {
        ledger.failed(key, to, causeOf(e));
        if (!transport.isConnected()) {
          throw notSent(request, to, e);
        }
        // Only this recipient was refused (e.g. an unknown mailbox); the others still get the mail.
        refused.add(to + " (" + causeOf(e) + ")");
        continue;
      } catch (MessagingException e) {
        ledger.failed(key, to, causeOf(e));
        connection.drop();
        throw notSent(request, to, e);
      }
      boolean last = i == pending.size() - 1 && refused.isEmpty();
      ledger.sent(key, to, recorded.containsKey(to), last ? whenDone : () -> { });
    }
    if (!refused.isEmpty()) {
      throw new MailNotSentException("Máy chủ thư từ chối thư '" + request.subject() + "' (" + key
          + ") cho " + String.join(", ", refused) + ". Kiểm tra địa chỉ thư của người nhận rồi bấm Thử lại trong "
          + "Cockpit; chỉ những người nhận này được gửi lại.", null);
    }
  }

  /** An SMTP connection, opened when a mail first needs it and again after it broke; one for a whole batch. */
  public Connection connection() {
    return new Connection();
  }

  /** One SMTP session, with the timeouts of spring.mail.properties (mail.smtp.*timeout). */
  public final class Connection implements AutoCloseable {

    private Transport transport;
    private MessagingException unreachable;

    private Connection() {}

    /** The open session; a server that could not be reached is not tried again by the same batch. */
    Transport transport(MailRequest forMail) {
      if (transport != null && transport.isConnected()) {
        return transport;
      }
      drop();
      if (unreachable == null) {
        try {
          transport = connect();
          return transport;
        } catch (MessagingException e) {
          unreachable = e;
        }
      }
      throw notSent(forMail, null, unreachable);
    }

    void drop() {
      if (transport != null) {
        close();
        transport = null;
      }
    }

    @Override
    public void close() {
      if (transport == null) {
        return;
      }
      try {
        transport.close();
      } catch (MessagingException e) {
        // the mails are already accepted or already failed; a failing QUIT changes nothing
      }
    }
  }

  private Transport connect() throws MessagingException {
    String protocol = sender.getProtocol() != null ? sender.getProtocol()
        : sender.getSession().getProperty("mail.transport.protocol");
    Transport transport = sender.getSession().getTransport(protocol != null ? protocol : "smtp");
    String username = sender.getUsername() == null || sender.getUsername().isEmpty() ? null : sender.getUsername();
    String password = username == null ? null : sender.getPassword();
    transport.connect(sender.getHost(), sender.getPort(), username, password);
    return transport;
  }

  private MailNotSentException notSent(MailRequest request, String recipient, MessagingException e) {
    return new MailNotSentException("Không gửi được thư '" + request.subject() + "' (" + request.idempotencyKey() + ")"
        + (recipient == null ? "" : " tới " + recipient) + " qua máy chủ thư " + sender.getHost() + ":"
        + sender.getPort() + ": " + causeOf(e) + ". Kiểm tra máy chủ thư (PHOIHOP_MAIL_HOST, PHOIHOP_MAIL_PORT) rồi "
        + "bấm Thử lại trong Cockpit; chỉ thư này được gửi lại, và chỉ tới người chưa nhận.", e);
  }

  /** The innermost message (e.g. "Read timed out"), on one line. */
  static String causeOf(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = cause.getMessage() == null || cause.getMessage().isBlank()
        ? cause.getClass().getSimpleName() : cause.getMessage();
    return text.replaceAll("\\s+", " ").strip();
  }

  MimeMessage build(MailRequest request) throws MessagingException, UnsupportedEncodingException {
    MailTemplates.Rendered body = templates.render(request.template(), request.model());
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
    if (request.undisclosed()) {
      // Every recipient gets their own SMTP transaction (send), so the header need not name anyone but the sender.
      message.setRecipient(MimeMessage.RecipientType.TO,
          new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
    } else {
      for (String to : request.to()) {
        message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
      }
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
      mixed.addBodyPart(attachment(file.fileName(), file.contentType(), content(file)));
    }
    message.setContent(mixed);
    return message;
  }

  /** A stored file that is gone fails the attempt (retried, then an incident) rather than going out without it. */
  private byte[] content(MailRequest.Attachment file) throws MessagingException {
    if (file.reference() == null) {
      return Base64.getDecoder().decode(file.base64());
    }
    String[] schemeAndId = file.reference().split(":", 2);
    AttachmentStore store = schemeAndId.length == 2 ? stores.get(schemeAndId[0]) : null;
    return Optional.ofNullable(store).flatMap(s -> s.content(schemeAndId[1])).orElseThrow(() ->
        new MessagingException("Không tìm thấy tệp đính kèm " + file.fileName() + " (" + file.reference() + ")"));
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

  /** The SMTP server did not take the mail (for some recipients); the attempt fails and is retried. */
  public static class MailNotSentException extends RuntimeException {
    MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
