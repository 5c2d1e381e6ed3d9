package vn.org.congdoanhanoi.phoihop.signing.ceremony;

/**
 * Variables of a signing process (unit-signing, cluster-ceremony) that remember the calendar invitation sent for
 * its ceremony, so a reschedule updates and a cancellation withdraws the same event.
 */
public final class CeremonyInvitationVars {

  /** SEQUENCE of the last invitation sent (0 for the first); absent while none was sent. */
  public static final String SEQUENCE = "invitationSequence";
  /**
   * The calendar event's UID, chosen with the first invitation and kept for every update and cancellation; absent
   * in processes that had invited before it was kept (see {@link CeremonyInvitations#uid}).
   */
  public static final String UID = "invitationUid";
  /** The ceremony (signing_ceremony.id) the last invitation was about. */
  public static final String CEREMONY_ID = "invitedCeremonyId";

  private CeremonyInvitationVars() {}
}
