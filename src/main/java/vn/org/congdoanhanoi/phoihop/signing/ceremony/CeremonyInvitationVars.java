package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Variables of a signing process (unit-signing, cluster-ceremony) that remember the calendar invitation sent for
 * its ceremony, so a reschedule updates and a cancellation withdraws the same event.
 */
public final class CeremonyInvitationVars {

  /** SEQUENCE of the last invitation sent (0 for the first); absent while none was sent. */
  public static final ProcessVariable<Integer> SEQUENCE = ProcessVariables.integer("invitationSequence");
  /**
   * The calendar event's UID, chosen with the first invitation and kept for every update and cancellation; absent
   * in processes that had invited before it was kept (see {@link CeremonyInvitations#uid}).
   */
  public static final ProcessVariable<String> UID = ProcessVariables.text("invitationUid");
  /** The ceremony (signing_ceremony.id) the last invitation was about. */
  public static final ProcessVariable<String> CEREMONY_ID = ProcessVariables.text("invitedCeremonyId");

  private CeremonyInvitationVars() {}
}
