package vn.org.congdoanhanoi.phoihop.signing.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * Execution listener on the end of the whole {@code signing-campaign} process (not on one of its elements, so the
 * steps before the end may change freely): when a campaign completes, other systems learn that its consolidated
 * report is ready. A campaign deleted by an administrator announces nothing.
 */
@Component
@RequiredArgsConstructor
class AnnounceReportReadyListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Notifications notifications;

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    if (execution.isCanceled()) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(Vars.DOCUMENT_NUMBER.name(), Vars.DOCUMENT_NUMBER.required(execution));
    data.put(Vars.SUBJECT.name(), Vars.SUBJECT.orNull(execution));
    data.put(Vars.DEADLINE.name(), Vars.DEADLINE.stored(Vars.DEADLINE.orNull(execution)));
    String result = Vars.RESULT.orNull(execution);
    data.put("result", result == null ? null : JSON.readTree(result));
    notifications.requestWebhook(NotificationWebhook.Events.REPORT_READY,
        "report-ready." + execution.getProcessInstanceId(), data);
  }
}
