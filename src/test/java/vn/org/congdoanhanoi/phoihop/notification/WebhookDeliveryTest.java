package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers.Received;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;

/**
 * A webhook is posted as JSON through the http-connector; a receiver that answers 500 makes the job fail, and after
 * the configured retries an incident with a readable message shows in Cockpit; once the receiver works again, a
 * retry (as Cockpit's) delivers the same event and completes the process.
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
        Map.of("documentNumber", "9501/LĐLĐ", "unitName", "Liên đoàn Lao động huyện Đông Anh", "signedOn", "2022-06-15"));
    NotificationJobs jobs = new NotificationJobs(engine);
    ProcessInstance instance = jobs.webhook(key);
    ManagementService management = engine.getManagementService();

    NotificationTestServers.answerWith(500);
    int attempts = 0;
    Job job = jobs.job(instance);
    while (job.getRetries() > 0) {
      String jobId = job.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("HTTP 500");
      attempts++;
      job = jobs.job(instance);
      assertThat(attempts).as("attempts before the incident").isLessThanOrEqualTo(10);
    }
    // R3/PT5M: three tries in all, five minutes apart (the job executor waits; the test runs them at once).
    assertThat(attempts).isEqualTo(3);
    List<Received> tries = received(key);
    assertThat(tries).hasSize(3);
    assertThat(tries.stream().map(Received::body).distinct()).as("every try posts the same JSON").hasSize(1);

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(NotificationWebhook.Elements.POST);
    assertThat(incident.getIncidentMessage())
        .contains("Hệ thống nhận thông báo trả lời lỗi HTTP 500 cho sự kiện regulation.signed (" + key + ")")
        .contains("Trang tin đang bảo trì").contains("Thử lại trong Cockpit");

    // The receiver is fixed; "Retry" in Cockpit gives the job one more try.
    NotificationTestServers.answerWith(200);
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
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
