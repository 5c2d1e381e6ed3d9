package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code IntermediateThrowEvent_RegulationSigned} (unit-signing): tells other systems that a unit has signed. */
@Component
class AnnounceRegulationSignedDelegate implements JavaDelegate {

  private final Notifications notifications;

  AnnounceRegulationSignedDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("documentNumber", Variables.requiredText(execution, Vars.DOCUMENT_NUMBER));
    data.put("unitCode", Variables.requiredText(execution, Vars.UNIT_CODE));
    data.put("unitName", Variables.text(execution, Vars.UNIT_NAME));
    data.put("partyCommitteeName", Variables.text(execution, Vars.PARTY_COMMITTEE_NAME));
    data.put("signedOn", Variables.text(execution, Vars.SIGNED_ON));
    data.put("signatories", Variables.text(execution, Vars.SIGNATORIES));
    data.put("signingScope", Variables.text(execution, Vars.SIGNING_SCOPE));
    data.put("signingMode", Variables.text(execution, Vars.SIGNING_MODE));
    data.put("ceremonyId", Variables.text(execution, Vars.CEREMONY_ID));
    data.put("pressLinks", Variables.text(execution, Vars.PRESS_LINKS));
    // The process instance id: one event per unit and campaign, and ASCII as an HTTP header must be.
    notifications.requestWebhook(NotificationWebhook.Events.REGULATION_SIGNED,
        "regulation-signed." + execution.getProcessInstanceId(), data);
  }
}
