package vn.org.congdoanhanoi.phoihop.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to send one mail, fixed when the mail is requested: a retry sends the same mail (same
 * recipients, same text, same calendar data, same Message-ID) however late it runs.
 *
 * @param template name of the template pair under {@code mail/} ({@code <template>.html} and {@code .txt})
 * @param idempotencyKey unique per mail; becomes the Message-ID, so a re-sent mail is recognisable
 * @param to recipients' addresses, without duplicates
 * @param model values the templates show (texts, lists, maps of texts)
 * @param calendar an iCalendar object (text/calendar) to carry, or null
 * @param calendarMethod its METHOD (REQUEST, CANCEL), or null
 * @param attachments files to attach: small ones carried in the request, stored ones (an issued report) by reference
 * @param undisclosed each recipient sees only the sender in the To header, never the others' addresses (a mail to
 *     many unions of a district); false for mails among colleagues who may see who else got them
 */
public record MailRequest(String template, String idempotencyKey, List<String> to, String subject,
                          Map<String, Object> model, String calendar, String calendarMethod,
                          List<Attachment> attachments, boolean undisclosed) {

  /**
   * A file the mail carries: either its content, Base64 in the request (which stays a plain JSON variable), or the
   * reference of a file kept by an {@link AttachmentStore}, read when the mail is sent. A stored document is thus
   * kept once, by its store, not again in every mail's variables and history.
   *
   * @param base64 the content; null for a stored file
   * @param reference "{@code <store scheme>:<id>}" of a stored file; null when the content is carried
   */
  public record Attachment(String fileName, String contentType, String base64, String reference) {

    public static Attachment of(String fileName, String contentType, byte[] content) {
      return new Attachment(fileName, contentType, java.util.Base64.getEncoder().encodeToString(content), null);
    }

    public static Attachment stored(String fileName, String contentType, String reference) {
      return new Attachment(fileName, contentType, null, Objects.requireNonNull(reference, "reference"));
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  public MailRequest {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(subject, "subject");
    to = List.copyOf(new LinkedHashSet<>(to));
    model = model == null ? Map.of() : model;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static MailRequest of(String template, String idempotencyKey, List<String> to, String subject,
                               Map<String, Object> model) {
    return new MailRequest(template, idempotencyKey, to, subject, model, null, null, List.of(), false);
  }

  public MailRequest withCalendar(String ics, String method) {
    return new MailRequest(template, idempotencyKey, to, subject, model, ics, method, attachments, undisclosed);
  }

  public MailRequest withAttachment(Attachment attachment) {
    List<Attachment> all = new java.util.ArrayList<>(attachments);
    all.add(attachment);
    return new MailRequest(template, idempotencyKey, to, subject, model, calendar, calendarMethod, all, undisclosed);
  }

  /** The same mail, each recipient seeing only the sender's address in To (they are sent one by one anyway). */
  public MailRequest withUndisclosedRecipients() {
    return new MailRequest(template, idempotencyKey, to, subject, model, calendar, calendarMethod, attachments, true);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static MailRequest fromJson(String json) {
    try {
      return JSON.readValue(json, MailRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Yêu cầu gửi thư không đọc được: " + e.getOriginalMessage(), e);
    }
  }
}
