package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation.Method;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code SendTask_CeremonyInvitation} (unit-signing) and {@code SendTask_JointCeremonyInvitation}
 * (cluster-ceremony): asks for the invitation mail with its calendar event. When the process already invited to an
 * earlier ceremony (postponed, then scheduled again), this is an update of that event, and the earlier booking is
 * released so its slot is free again.
 */
@Component
class SendCeremonyInvitationDelegate implements JavaDelegate {

  private final CeremonyRegistry registry;
  private final CeremonyInvitations invitations;
  private final Notifications notifications;

  SendCeremonyInvitationDelegate(CeremonyRegistry registry, CeremonyInvitations invitations,
                                 Notifications notifications) {
    this.registry = registry;
    this.invitations = invitations;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Ceremony ceremony = registry.find(UnitSigning.Vars.CEREMONY_ID.required(execution)).orElseThrow();
    int sequence = CeremonyInvitationVars.SEQUENCE.optional(execution).map(previous -> previous + 1).orElse(0);
    // In a unit's signing the invitation is that unit's; in a cluster's ceremony it goes to every member.
    String unit = UnitSigning.Vars.UNIT_CODE.orNull(execution);
    String previousCeremony = CeremonyInvitationVars.CEREMONY_ID.orNull(execution);
    if (previousCeremony != null && !previousCeremony.equals(ceremony.id())) {
      if (unit == null) {
        registry.markStatus(previousCeremony, Ceremony.Status.CANCELLED);
      } else {
        registry.leave(previousCeremony, unit);
      }
    }
    notifications.requestMail(invitations.mail(ceremony, unit == null ? registry.signingUnits(ceremony) : List.of(unit),
        invitations.uid(execution), sequence, Method.REQUEST));
    CeremonyInvitationVars.SEQUENCE.set(execution, sequence);
    CeremonyInvitationVars.CEREMONY_ID.set(execution, ceremony.id());
  }
}
