package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation.Method;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremony;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyInvitationVars;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyInvitations;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRegistry;

/**
 * {@code SendTask_CancelCeremonyInvitation} (unit-signing): the unit will not sign. If it had invited to a ceremony
 * of its own (postponed, or not yet held when the unit was excused), the booking is cancelled and every participant
 * gets a CANCEL of that calendar event. Without an invitation there is nothing to withdraw.
 */
@Component
class CancelCeremonyInvitationDelegate implements JavaDelegate {

  private final CeremonyRegistry registry;
  private final CeremonyInvitations invitations;
  private final Notifications notifications;

  CancelCeremonyInvitationDelegate(CeremonyRegistry registry, CeremonyInvitations invitations,
                                   Notifications notifications) {
    this.registry = registry;
    this.invitations = invitations;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ceremonyId = CeremonyInvitationVars.CEREMONY_ID.orNull(execution);
    if (ceremonyId == null) {
      leaveClusterCeremony(execution);
      return;
    }
    Ceremony ceremony = registry.find(ceremonyId).orElseThrow();
    if (ceremony.status() == Ceremony.Status.HELD) {
      return;
    }
    // The unit gives up; a ceremony other units still sign at goes on without it.
    String unit = UnitSigning.Vars.UNIT_CODE.required(execution);
    registry.leave(ceremonyId, unit);
    int sequence = CeremonyInvitationVars.SEQUENCE.required(execution) + 1;
    notifications.requestMail(invitations.mail(ceremony, List.of(unit),
        invitations.uid(execution), sequence, Method.CANCEL));
    CeremonyInvitationVars.SEQUENCE.set(execution, sequence);
    CeremonyInvitationVars.CEREMONY_ID.set(execution, null);
  }

  /**
   * A member excused while its cluster's ceremony is booked no longer signs there: it leaves the ceremony, so the
   * lead gets no outcome task for it. The cluster invited it, so there is no invitation of its own to cancel.
   */
  private void leaveClusterCeremony(DelegateExecution execution) {
    String clusterCeremonyId = UnitSigning.Vars.CEREMONY_ID.orNull(execution);
    if (clusterCeremonyId != null && UnitSigning.Vars.CLUSTER_JOINED.optional(execution).orElse(false)
        && registry.find(clusterCeremonyId).map(c -> c.status() == Ceremony.Status.SCHEDULED).orElse(false)) {
      registry.leave(clusterCeremonyId, UnitSigning.Vars.UNIT_CODE.required(execution));
    }
  }
}
