package vn.org.congdoanhanoi.phoihop.meeting;

import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Variables of a process that invites to a meeting, remembering the calendar invitation it sent, so a reschedule
 * updates and a cancellation withdraws the same event. Written and read only by {@link MeetingInvitations}.
 */
public final class InvitationVars {

  /** SEQUENCE of the last invitation sent (0 for the first); absent while none was sent. */
  public static final ProcessVariable<Integer> SEQUENCE = ProcessVariables.integer("invitationSequence");
  /**
   * The calendar event's UID, chosen with the first invitation and kept for every update and cancellation; absent
   * in processes that had invited before it was kept (see {@link MeetingInvitations#uid}).
   */
  public static final ProcessVariable<String> UID = ProcessVariables.text("invitationUid");
  /** The meeting (signing_ceremony.id) the last invitation was about; absent once it was withdrawn. */
  public static final ProcessVariable<String> CEREMONY_ID = ProcessVariables.text("invitedCeremonyId");

  private InvitationVars() {}
}
