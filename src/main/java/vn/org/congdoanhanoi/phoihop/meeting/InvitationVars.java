package vn.org.congdoanhanoi.phoihop.meeting;

/**
 * Variables of a process that invites to a meeting, remembering the calendar invitation it sent, so a reschedule
 * updates and a cancellation withdraws the same event. Written and read only by {@link MeetingInvitations}.
 */
public final class InvitationVars {

  /** SEQUENCE of the last invitation sent (0 for the first); absent while none was sent. */
  public static final String SEQUENCE = "invitationSequence";
  /**
   * The calendar event's UID, chosen with the first invitation and kept for every update and cancellation; absent
   * in processes that had invited before it was kept (see {@link MeetingInvitations#uid}).
   */
  public static final String UID = "invitationUid";
  /** The meeting (signing_ceremony.id) the last invitation was about; absent once it was withdrawn. */
  public static final String CEREMONY_ID = "invitedCeremonyId";

  private InvitationVars() {}
}
