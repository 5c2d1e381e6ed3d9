package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.util.List;
import java.util.Objects;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * One petition as a channel hands it in: for which plan, from which union, on which topic, its text and files, how
 * it came and what the channel knows it by ({@code sourceReference}: a Message-ID, an import file's row, a task and
 * the petition's place in it, a client's idempotency key), so the same input is never stored twice.
 *
 * @param receivedBy the user who submitted it (null for a mail or an import run by the system)
 */
public record IncomingPetition(PlanId plan, String unionCode, PetitionTopic topic, String text,
                               PetitionChannel channel, String sourceReference, String receivedBy,
                               List<Attachment> attachments) {

  /** A file sent with a petition. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public IncomingPetition {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sourceReference, "sourceReference");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
