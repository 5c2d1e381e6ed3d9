package vn.org.congdoanhanoi.phoihop.records.inbox;

/**
 * What a handler did with a message; recorded in the ledger with the reason and the handler's reference (e.g. the
 * id of the petition or of the review task), shown to administrators.
 */
public record Outcome(Kind kind, String reason, String reference) {

  public enum Kind {
    /** Taken in as what it is (a petition, a reply, …). */
    TAKEN,
    /** Kept, but a person must look at it (unknown sender, no plan named): the handler created that work. */
    NEEDS_REVIEW,
    /** Not taken and not kept for review; the reason says why. */
    REJECTED
  }

  public Outcome {
    if (kind == null) {
      throw new IllegalArgumentException("An outcome needs its kind");
    }
    if (kind != Kind.TAKEN && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("A message sent to review or rejected needs a reason");
    }
  }

  public static Outcome taken(String reference) {
    return new Outcome(Kind.TAKEN, null, reference);
  }

  public static Outcome needsReview(String reason, String reference) {
    return new Outcome(Kind.NEEDS_REVIEW, reason, reference);
  }

  public static Outcome rejected(String reason) {
    return new Outcome(Kind.REJECTED, reason, null);
  }
}
