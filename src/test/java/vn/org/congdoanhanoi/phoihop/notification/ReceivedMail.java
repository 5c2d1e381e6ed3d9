package vn.org.congdoanhanoi.phoihop.notification;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;

/**
 * A mail as the test SMTP server received it: one copy per recipient, found by its Message-ID; its parts read
 * back as a mail program would.
 */
public final class ReceivedMail {

  private final List<MimeMessage> copies;

  private ReceivedMail(List<MimeMessage> copies) {
    this.copies = copies;
  }

  /** Every copy (one per recipient) of the mail with this Message-ID. */
  public static ReceivedMail withMessageId(String messageId) {
    List<MimeMessage> copies = Arrays.stream(NotificationTestServers.mail().getReceivedMessages())
        .filter(m -> messageId.equals(header(m, "Message-ID")))
        .toList();
    return new ReceivedMail(copies);
  }

  /** Copies of the mail with this Message-ID in one recipient's mailbox (GreenMail files one per envelope recipient). */
  public static int copiesFor(String messageId, String recipient) {
    GreenMail mail = NotificationTestServers.mail();
    GreenMailUser user = mail.getUserManager().getUserByEmail(recipient);
    if (user == null) {
      return 0;
    }
    try {
      return (int) mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .filter(m -> messageId.equals(header(m.getMimeMessage(), "Message-ID"))).count();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageIdOf(String idempotencyKey) {
    return "<" + idempotencyKey + "@congdoanhanoi.org.vn>";
  }

  public int copies() {
    return copies.size();
  }

  public MimeMessage first() {
    if (copies.isEmpty()) {
      throw new AssertionError("no such mail was received");
    }
    return copies.get(0);
  }

  /** The addresses the copies were delivered to (GreenMail keeps one copy per RCPT TO). */
  public List<String> recipients() throws MessagingException {
    List<String> to = new ArrayList<>();
    for (var address : first().getAllRecipients()) {
      to.add(address.toString());
    }
    return to;
  }

  public String subject() throws MessagingException {
    return first().getSubject();
  }

  public String text() throws Exception {
    return part(first(), "text/plain");
  }

  public String html() throws Exception {
    return part(first(), "text/html");
  }

  public String calendar() throws Exception {
    return part(first(), "text/calendar");
  }

  /** The .ics attachment's content. */
  public String attachment(String fileName) throws Exception {
    return attachment(first(), fileName);
  }

  /** File names of the attachments, decoded (Vietnamese names travel encoded). */
  public java.util.List<String> attachmentNames() throws Exception {
    java.util.List<String> names = new java.util.ArrayList<>();
    collectAttachmentNames(first(), names);
    return names;
  }

  private static void collectAttachmentNames(Part part, java.util.List<String> names) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collectAttachmentNames(multipart.getBodyPart(i), names);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null) {
      names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
    }
  }

  public String contentType(String mimeType) throws Exception {
    Part part = find(first(), mimeType);
    return part == null ? null : part.getContentType();
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part message, String mimeType) throws Exception {
    Part part = find(message, mimeType);
    return part == null ? null : read(part);
  }

  private static Part find(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part;
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        Part found = find(multipart.getBodyPart(i), mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String attachment(Part part, String fileName) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        if (fileName.equals(body.getFileName())) {
          return read(body);
        }
        String nested = attachment(body, fileName);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  private static String read(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
