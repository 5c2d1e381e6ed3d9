package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingInvitations;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;

/**
 * {@code SendTask_CancelCeremonyInvitation} (unit-signing): the unit will not sign. If it had invited to a ceremony
 * of its own (postponed, or not yet held when the unit was excused), it leaves that ceremony (cancelled when no
 * other unit signs there) and every participant gets a CANCEL of that calendar event. Without an invitation there is
 * nothing to withdraw.
 */
@Component
@RequiredArgsConstructor
class CancelCeremonyInvitationDelegate implements JavaDelegate {

  private final MeetingDiary diary;
  private final Ceremonies ceremonies;
  private final MeetingInvitations invitations;

  @Override
  public void execute(DelegateExecution execution) {
    String ceremonyId = invitations.invitedMeeting(execution);
    if (ceremonyId == null) {
      leaveClusterCeremony(execution);
      return;
    }
    Meeting ceremony = diary.find(ceremonyId).orElseThrow();
    if (ceremony.status() == Meeting.Status.HELD) {
      return;
    }
    // The unit gives up; a ceremony other units still sign at goes on without it.
    String unit = UnitSigning.Vars.UNIT_CODE.required(execution);
    ceremonies.leave(ceremonyId, unit);
    invitations.withdraw(execution, ceremony, List.of(unit), Ceremonies.INVITATIONS);
  }

  /**
   * A member excused while its cluster's ceremony is booked no longer signs there: it leaves the ceremony, so the
   * lead gets no outcome task for it. The cluster invited it, so there is no invitation of its own to cancel.
   */
  private void leaveClusterCeremony(DelegateExecution execution) {
    String clusterCeremonyId = UnitSigning.Vars.CEREMONY_ID.orNull(execution);
    if (clusterCeremonyId != null && UnitSigning.Vars.CLUSTER_JOINED.optional(execution).orElse(false)
        && diary.find(clusterCeremonyId).map(c -> c.status() == Meeting.Status.SCHEDULED).orElse(false)) {
      ceremonies.leave(clusterCeremonyId, UnitSigning.Vars.UNIT_CODE.required(execution));
    }
  }
}
