package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers.Received;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A webhook is posted as JSON through the http-connector; a receiver that answers 500 makes the attempt fail, and
 * after the configured retries an incident with a readable message shows in Cockpit; once the receiver works again,
 * a retry (as Cockpit's) delivers the same event and completes the process.
 */
@PostgresIntegrationTest
class WebhookDeliveryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;

  @Autowired
  Notifications notifications;

  @AfterEach
  void newsDeskWorks() {
    NotificationTestServers.answerWith(200);
  }

  @Test
  void anErrorStatusEndsInAnIncidentAndARetryAfterTheFixDeliversTheSameEvent() throws Exception {
    String key = "regulation-signed.test-9501";
    notifications.requestWebhook(NotificationWebhook.Events.REGULATION_SIGNED, key,
        Map.of(MatterVariables.DOCUMENT_NUMBER.name(), "9501/LĐLĐ", MatterVariables.UNIT_NAME.name(),
            "Liên đoàn Lao động huyện Đông Anh", UnitSigning.Vars.SIGNED_ON.name(), "2022-06-15"));
    NotificationJobs jobs = new NotificationJobs(engine);
    ProcessInstance instance = jobs.webhook(key);

    NotificationTestServers.answerWith(500);
    int attempts = 0;
    ExternalTask task = jobs.task(instance);
    while (task.getRetries() == null || task.getRetries() > 0) {
      assertThat(jobs.deliver(instance)).get(InstanceOfAssertFactories.STRING).contains("HTTP 500");
      attempts++;
      task = jobs.task(instance);
      assertThat(attempts).as("attempts before the incident").isLessThanOrEqualTo(10);
    }
    // R3/PT5M: three tries in all, five minutes apart (the worker waits; the test runs them at once).
    assertThat(attempts).isEqualTo(3);
    List<Received> tries = received(key);
    assertThat(tries).hasSize(3);
    assertThat(tries.stream().map(Received::body).distinct()).as("every try posts the same JSON").hasSize(1);

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(NotificationWebhook.Elements.POST);
    assertThat(incident.getIncidentMessage())
        .contains("Hệ thống nhận thông báo trả lời lỗi HTTP 500 cho sự kiện regulation.signed (" + key + ")")
        .contains("Trang tin đang bảo trì").contains("Thử lại trong Cockpit");
    assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(task.getId()))
        .as("the detail is kept with the incident").contains("WebhookRejectedException");

    // The receiver is fixed; "Thử lại" in Cockpit gives the task one more try, due at once.
    NotificationTestServers.answerWith(200);
    engine.getExternalTaskService().setRetries(task.getId(), 1);
    assertThat(jobs.deliver(instance)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(NotificationWebhook.Elements.END).count()).isOne();

    List<Received> all = received(key);
    assertThat(all).hasSize(4);
    Received delivered = all.get(3);
    assertThat(delivered.path()).isEqualTo("/tin-tuc/su-kien");
    assertThat(delivered.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(delivered.header("X-Phoihop-Event")).isEqualTo("regulation.signed");
    JsonNode body = JSON.readTree(delivered.body());
    assertThat(body.get("event").asText()).isEqualTo("regulation.signed");
    assertThat(body.get("eventId").asText()).isEqualTo(key);
    assertThat(body.get("occurredAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\\+07:00");
    assertThat(body.at("/data/unitName").asText()).isEqualTo("Liên đoàn Lao động huyện Đông Anh");
    assertThat(body.at("/data/documentNumber").asText()).isEqualTo("9501/LĐLĐ");
  }

  private static List<Received> received(String key) {
    return NotificationTestServers.webhooksReceived().stream().filter(r -> key.equals(r.header("Idempotency-Key")))
        .toList();
  }
}
