package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A safe view of an incoming message: every header value decoded and stripped of line breaks and control
 * characters, the text as plain text, attachments within limits.
 *
 * @param mailbox the configured mailbox it came to
 * @param messageId its Message-ID ({@code <…>}); when the message has none (or a malformed one), a stable id
 *     derived from its bytes, {@code <sha256-…@phoihop.invalid>}, so the same message is still recognised
 * @param sender the From address, lower case; {@code null} when there is none, several, or a malformed one
 * @param senderName the From display name, or empty
 * @param subject the subject, RFC 2047 decoded, at most 500 characters
 * @param text the plain text part, or the HTML part reduced to text; at most the mailbox's {@code max-text-length}
 * @param textCut whether the text was longer and was cut
 * @param attachments the files kept
 * @param refusedAttachments the files left out, with the reason (too large, too many, dangerous type)
 * @param receivedAt when the application took it (the engine clock)
 */
public record IncomingMail(String mailbox, String messageId, String sender, String senderName, String subject,
                           String text, boolean textCut, List<IncomingAttachment> attachments,
                           List<RefusedAttachment> refusedAttachments, Instant receivedAt) {

  public IncomingMail {
    attachments = List.copyOf(attachments);
    refusedAttachments = List.copyOf(refusedAttachments);
  }

  public boolean hasSender() {
    return sender != null;
  }

  /** An attachment that was not kept, and why (in Vietnamese, for the people who review the message). */
  public record RefusedAttachment(String name, String reason) {}
}
