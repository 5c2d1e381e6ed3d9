package vn.org.congdoanhanoi.phoihop.signing.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * Execution listener on the end of the whole {@code signing-campaign} process (not on one of its elements, so the
 * steps before the end may change freely): when a campaign completes, other systems learn that its consolidated
 * report is ready. A campaign deleted by an administrator announces nothing.
 */
@Component
class AnnounceReportReadyListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Notifications notifications;

  AnnounceReportReadyListener(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    if (execution.isCanceled()) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("documentNumber", Variables.requiredText(execution, Vars.DOCUMENT_NUMBER));
    data.put("subject", Variables.text(execution, Vars.SUBJECT));
    data.put("deadline", Variables.text(execution, Vars.DEADLINE));
    String result = Variables.text(execution, Vars.RESULT);
    data.put("result", result == null ? null : JSON.readTree(result));
    notifications.requestWebhook(NotificationWebhook.Events.REPORT_READY,
        "report-ready." + execution.getProcessInstanceId(), data);
  }
}
