package vn.org.congdoanhanoi.phoihop.records.inbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail.RefusedAttachment;

/**
 * Reads the bytes of a message into an {@link IncomingMail}, treating every part of it as hostile: header values
 * lose line breaks and control characters (no header injection into anything that quotes them), the MIME tree is
 * walked to a limited depth and number of parts, text is cut, attachments are kept within the mailbox's limits and
 * never when their name, type or first bytes say executable.
 */
final class IncomingMailParser {

  static final int MAX_SUBJECT = 500;
  private static final int MAX_DEPTH = 10;
  private static final int MAX_PARTS = 200;
  private static final int MAX_FILE_NAME = 200;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]+");
  private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
  /** Programs, scripts, shortcuts, disk images and macro-enabled documents: never kept, whatever the sender. */
  private final String mailbox;
  private final InboxProperties.Mailbox limits;
  /** Header lines in raw UTF-8 (RFC 6532, as Gmail and Outlook send Vietnamese names) are read as UTF-8. */
  private final Session session = Session.getInstance(utf8Headers());

  IncomingMailParser(String mailbox, InboxProperties.Mailbox limits) {
    this.mailbox = mailbox;
    this.limits = limits;
  }

  private static Properties utf8Headers() {
    Properties properties = new Properties();
    properties.put("mail.mime.allowutf8", "true");
    return properties;
  }

  /** The message's key in the ledger, from its bytes: its Message-ID, or the hash of the bytes. */
  String messageId(byte[] raw) throws UnreadableMailException {
    try {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
      String own = MessageIds.wellFormed(message.getHeader("Message-ID", null));
      return own != null ? own : MessageIds.derived(raw);
    } catch (MessagingException e) {
      throw new UnreadableMailException("Không đọc được phần đầu thư: " + clean(e.getMessage(), 300), e);
    }
  }

  IncomingMail parse(byte[] raw, Instant receivedAt) throws UnreadableMailException {
    try {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
      String own = MessageIds.wellFormed(message.getHeader("Message-ID", null));
      String messageId = own != null ? own : MessageIds.derived(raw);
      InternetAddress from = singleFrom(message);
      Walk walk = new Walk();
      walk.visit(message, 0);
      String text = walk.plain.length() > 0 ? walk.plain.toString() : HtmlText.reduce(walk.html.toString());
      text = text.strip();
      boolean cut = text.length() > limits.maxTextLength();
      if (cut) {
        text = text.substring(0, limits.maxTextLength());
      }
      return new IncomingMail(mailbox, messageId, address(from), from == null ? "" : clean(from.getPersonal(), 200),
          subject(message), text, cut, walk.attachments, walk.refused, receivedAt);
    } catch (MessagingException | IOException | RuntimeException e) {
      // RuntimeException: Angus throws unchecked ones on some broken structures (e.g. a boundary never closed).
      throw new UnreadableMailException("Thư không đúng định dạng MIME: " + clean(String.valueOf(e.getMessage()), 300), e);
    }
  }

  /** Header text made safe to show or store: no line breaks, no control or direction characters, bounded length. */
  static String clean(String value, int maxLength) {
    if (value == null) {
      return "";
    }
    String cleaned = BLANKS.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
    return cleaned.length() > maxLength ? cleaned.substring(0, maxLength) : cleaned;
  }

  private static String subject(MimeMessage message) throws MessagingException {
    String raw = message.getHeader("Subject", null);
    if (raw == null) {
      return "";
    }
    String unfolded = MimeUtility.unfold(raw);
    try {
      return clean(MimeUtility.decodeText(unfolded), MAX_SUBJECT);
    } catch (UnsupportedEncodingException e) {
      return clean(unfolded, MAX_SUBJECT);
    }
  }

  /** The one sender: a message with no From, several, or a malformed one has none (the handler decides). */
  private static InternetAddress singleFrom(MimeMessage message) throws MessagingException {
    String header = message.getHeader("From", ",");
    if (header == null) {
      return null;
    }
    try {
      InternetAddress[] addresses = InternetAddress.parseHeader(MimeUtility.unfold(header), true);
      if (addresses.length != 1 || addresses[0].isGroup()) {
        return null;
      }
      addresses[0].validate();
      return addresses[0];
    } catch (AddressException e) {
      return null;
    }
  }

  private static String address(InternetAddress from) {
    if (from == null) {
      return null;
    }
    String address = from.getAddress().strip().toLowerCase(Locale.ROOT);
    return EMAIL.matcher(address).matches() && address.length() <= 320 ? address : null;
  }

  /** One walk over the MIME tree, collecting text and attachments. */
  private final class Walk {
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<IncomingAttachment> attachments = new ArrayList<>();
    private final List<RefusedAttachment> refused = new ArrayList<>();
    private int parts;

    void visit(Part part, int depth) throws MessagingException, IOException {
      if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
        throw new MessagingException("more than " + MAX_PARTS + " parts or " + MAX_DEPTH + " levels");
      }
      String fileName = fileName(part);
      if (part.isMimeType("multipart/*") && fileName == null) {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
          for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            visit(child, depth + 1);
          }
          return;
        }
      }
      boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
      if (!attached && part.isMimeType("text/plain")) {
        append(plain, text(part));
      } else if (!attached && part.isMimeType("text/html")) {
        append(html, text(part));
      } else if (attached || part.isMimeType("message/rfc822")) {
        attachment(part, fileName);
      }
      // Anything else (an inline image without a name, a calendar part) is not the sender's file: left out.
    }

    private void append(StringBuilder into, String text) {
      if (into.length() <= limits.maxTextLength()) {
        if (into.length() > 0) {
          into.append("\n\n");
        }
        into.append(text);
      }
    }

    private void attachment(Part part, String givenName) throws MessagingException, IOException {
      String type = baseType(part);
      String name = givenName != null ? givenName : part.isMimeType("message/rfc822") ? "thu-dinh-kem.eml" : "tep-dinh-kem";
      if (attachments.size() >= limits.maxAttachments()) {
        refused.add(new RefusedAttachment(name, "Quá số tệp đính kèm được nhận (" + limits.maxAttachments() + ")."));
        return;
      }
      if (DangerousFiles.dangerous(name, type)) {
        refused.add(new RefusedAttachment(name, "Loại tệp không được nhận vì có thể chứa mã độc."));
        return;
      }
      byte[] bytes = readAtMost(part, limits.maxAttachmentSize().toBytes());
      if (bytes == null) {
        refused.add(new RefusedAttachment(name, "Tệp lớn hơn " + readable(limits.maxAttachmentSize()) + "."));
      } else if (DangerousFiles.executable(bytes)) {
        refused.add(new RefusedAttachment(name, "Tệp là chương trình chạy được (mã độc có thể), không được nhận."));
      } else {
        attachments.add(new IncomingAttachment(name, type, bytes));
      }
    }
  }

  /** A size as people read it: "10 MB", "200 KB". */
  static String readable(DataSize size) {
    return size.toBytes() >= DataSize.ofMegabytes(1).toBytes() ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }

  private static String baseType(Part part) throws MessagingException {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  /** The decoded file name (RFC 2231 by Jakarta Mail, RFC 2047 here), without path or control characters. */
  private static String fileName(Part part) throws MessagingException {
    String name;
    try {
      name = part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      return "tep-dinh-kem";
    }
    if (name == null) {
      return null;
    }
    name = rawUtf8(name);
    try {
      name = MimeUtility.decodeText(MimeUtility.unfold(name));
    } catch (UnsupportedEncodingException e) {
      // An unknown charset in an encoded word: keep the name as written.
    }
    name = clean(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1), Integer.MAX_VALUE);
    name = name.replaceAll("^\\.+", "");
    if (name.length() > MAX_FILE_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
    return name.isBlank() ? "tep-dinh-kem" : name;
  }

  /**
   * A header of a body part written in raw UTF-8 arrives as one character per byte (Jakarta Mail reads body-part
   * headers as ISO-8859-1 whatever the session says); such a value that is valid UTF-8 is read again as UTF-8.
   */
  private static String rawUtf8(String value) {
    if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
      return value;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (CharacterCodingException e) {
      return value;
    }
  }

  /** The text of a part in its declared charset; an unknown charset is read as UTF-8 rather than refusing the mail. */
  private static String text(Part part) throws MessagingException, IOException {
    try {
      Object content = part.getContent();
      if (content instanceof String text) {
        return text;
      }
    } catch (UnsupportedEncodingException e) {
      // falls through to the bytes
    }
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    return new String(bytes, charset(part));
  }

  private static Charset charset(Part part) {
    try {
      String name = new ContentType(part.getContentType()).getParameter("charset");
      return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    } catch (MessagingException | RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The decoded bytes of a part, or {@code null} when there are more than {@code max}. */
  private static byte[] readAtMost(Part part, long max) throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = part.getInputStream()) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (out.size() + read > max) {
          return null;
        }
        out.write(buffer, 0, read);
      }
    }
    return out.toByteArray();
  }

  /** HTML reduced to the text a reader sees: scripts, styles and comments dropped, blocks as lines, entities decoded. */
  static final class HtmlText {
    private static final Pattern INVISIBLE_START = Pattern.compile("(?i)<!--|<(script|style|head|title)\\b");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/table)\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n\\s*\\n\\s*\\n+");

    private HtmlText() {}

    static String reduce(String html) {
      if (html.isEmpty()) {
        return html;
      }
      String text = BREAKS.matcher(withoutInvisible(html)).replaceAll("\n");
      text = TAGS.matcher(text).replaceAll(" ");
      text = HtmlUtils.htmlUnescape(text);
      text = SPACES.matcher(text).replaceAll(" ");
      text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
      return EMPTY_LINES.matcher(text).replaceAll("\n\n");
    }

    /**
     * Drops comments and script, style, head and title elements in one pass: an element never closed drops the rest,
     * so hostile HTML costs linear time (a lazy regular expression over unclosed elements would be quadratic).
     */
    private static String withoutInvisible(String html) {
      StringBuilder kept = new StringBuilder(html.length());
      java.util.regex.Matcher start = INVISIBLE_START.matcher(html);
      int from = 0;
      while (from < html.length() && start.find(from)) {
        kept.append(html, from, start.start()).append(' ');
        String end = start.group(1) == null ? "-->" : "</" + start.group(1).toLowerCase(Locale.ROOT);
        int close = indexOfIgnoreCase(html, end, start.end());
        if (close < 0) {
          return kept.toString();
        }
        int after = html.indexOf('>', close);
        from = after < 0 ? html.length() : after + 1;
      }
      return from < html.length() ? kept.append(html, from, html.length()).toString() : kept.toString();
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
      for (int i = from; i <= text.length() - needle.length(); i++) {
        if (text.regionMatches(true, i, needle, 0, needle.length())) {
          return i;
        }
      }
      return -1;
    }
  }
}
