package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.time.Instant;

/**
 * One message in the ledger (table {@code inbox_message}), as administrators see it.
 *
 * @param attempts failed attempts of the handler so far
 * @param reason why it went to review, was rejected or failed (the last error)
 * @param reference what the handler made of it (e.g. a petition's id)
 * @param firstSeenAt when the intake first met it; {@code finishedAt} when it was taken, rejected or set aside
 */
public record InboxEntry(String mailbox, String messageId, Status status, int attempts, String sender,
                         String subject, String reason, String reference, Instant firstSeenAt, Instant finishedAt) {

  public enum Status {
    /** A handler failed on it; it is tried again at the next poll. */
    RETRYING,
    TAKEN,
    NEEDS_REVIEW,
    /** Refused by its handler, or by the intake itself (unreadable, too large). */
    REJECTED,
    /** The handler failed on it {@code max-attempts} times: set aside for an administrator, never tried again. */
    FAILED;

    boolean finished() {
      return this != RETRYING;
    }

    static Status of(Outcome.Kind kind) {
      return valueOf(kind.name());
    }
  }
}
