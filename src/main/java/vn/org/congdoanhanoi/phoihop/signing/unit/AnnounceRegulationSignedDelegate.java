package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code IntermediateThrowEvent_RegulationSigned} (unit-signing): tells other systems that a unit has signed. */
@Component
@RequiredArgsConstructor
class AnnounceRegulationSignedDelegate implements JavaDelegate {

  private final Notifications notifications;

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(Vars.DOCUMENT_NUMBER.name(), Vars.DOCUMENT_NUMBER.required(execution));
    data.put(Vars.UNIT_CODE.name(), Vars.UNIT_CODE.required(execution));
    Vars.UNIT_NAME.copy(execution, data);
    Vars.PARTY_COMMITTEE_NAME.copy(execution, data);
    Vars.SIGNED_ON.copy(execution, data);
    Vars.SIGNATORIES.copy(execution, data);
    Vars.SIGNING_SCOPE.copy(execution, data);
    Vars.SIGNING_MODE.copy(execution, data);
    Vars.CEREMONY_ID.copy(execution, data);
    Vars.PRESS_LINKS.copy(execution, data);
    // The process instance id: one event per unit and campaign, and ASCII as an HTTP header must be.
    notifications.requestWebhook(NotificationWebhook.Events.REGULATION_SIGNED,
        "regulation-signed." + execution.getProcessInstanceId(), data);
  }
}
