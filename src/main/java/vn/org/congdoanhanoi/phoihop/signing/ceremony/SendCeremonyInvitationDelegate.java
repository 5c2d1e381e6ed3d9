package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingInvitations;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code SendTask_CeremonyInvitation} (unit-signing) and {@code SendTask_JointCeremonyInvitation}
 * (cluster-ceremony): invites to the ceremony with a calendar event. When the process already invited to an
 * earlier ceremony (postponed, then scheduled again), this is an update of that event, and the earlier booking is
 * released so its slot is free again.
 */
@Component
@RequiredArgsConstructor
class SendCeremonyInvitationDelegate implements JavaDelegate {

  private final MeetingDiary diary;
  private final Ceremonies ceremonies;
  private final MeetingInvitations invitations;

  @Override
  public void execute(DelegateExecution execution) {
    Meeting ceremony = diary.find(UnitSigning.Vars.CEREMONY_ID.required(execution)).orElseThrow();
    // In a unit's signing the invitation is that unit's; in a cluster's ceremony it goes to every member.
    String unit = UnitSigning.Vars.UNIT_CODE.orNull(execution);
    String previous = invitations.invitedMeeting(execution);
    if (previous != null && !previous.equals(ceremony.id())) {
      if (unit == null) {
        diary.cancel(previous);
      } else {
        ceremonies.leave(previous, unit);
      }
    }
    invitations.invite(execution, ceremony, unit == null ? ceremonies.units(ceremony.id()) : List.of(unit),
        Ceremonies.INVITATIONS);
  }
}
