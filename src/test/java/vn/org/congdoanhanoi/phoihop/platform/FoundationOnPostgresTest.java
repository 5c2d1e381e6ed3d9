package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;

@PostgresIntegrationTest
class FoundationOnPostgresTest {

  static final String VIETNAMESE = "Liên đoàn Lao động quận Hoàn Kiếm – Lễ ký kết Quy chế phối hợp";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ProcessEngine processEngine;

  @Test
  void runsOnARealPostgresqlServerWithUtf8() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
    assertThat(jdbc.queryForObject("show server_encoding", String.class)).isEqualTo("UTF8");
  }

  @Test
  void restApiRefusesAnonymousCallersAndAcceptsTheAdministrator() {
    assertThat(RestCaller.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(RestCaller.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(RestCaller.anonymous(port).get("/api/organization").status()).isEqualTo(401);
    // A wrong password is tried on an account no other test uses: Camunda then blocks that account for a while.
    assertThat(RestCaller.as(port, "truongban", "wrong-password").get("/engine-rest/engine").status())
        .isEqualTo(401);
    RestCaller.Response engines = RestCaller.admin(port).get("/engine-rest/engine");
    assertThat(engines.status()).isEqualTo(200);
    assertThat(engines.json().get(0).get("name").asText()).isEqualTo("default");
  }

  @Test
  void webappsServeTheirLoginPages() {
    RestCaller.Response tasklist = RestCaller.anonymous(port).get("/camunda/app/tasklist/default/");
    assertThat(tasklist.status()).as(tasklist.body()).isEqualTo(200);
    assertThat(tasklist.body()).contains("tasklist");
    assertThat(RestCaller.anonymous(port).get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    assertThat(RestCaller.anonymous(port).get("/camunda/app/admin/default/").status()).isEqualTo(200);
  }

  @Test
  void vietnameseTextRoundTripsThroughRestAndTheDatabaseUnchanged() {
    RestCaller admin = RestCaller.admin(port);
    String id = "roundtrip-" + System.nanoTime();
    assertThat(admin.post("/engine-rest/task/create", Map.of("id", id, "name", VIETNAMESE)).status()).isEqualTo(204);
    try {
      assertThat(admin.get("/engine-rest/task/" + id).json().get("name").asText()).isEqualTo(VIETNAMESE);
      String stored = jdbc.queryForObject("select name_ from act_ru_task where id_ = ?", String.class, id);
      assertThat(stored).isEqualTo(VIETNAMESE);
      assertThat(stored.getBytes(StandardCharsets.UTF_8)).hasSize(VIETNAMESE.getBytes(StandardCharsets.UTF_8).length);
    } finally {
      admin.send("DELETE", "/engine-rest/task/" + id);
    }
  }

  @Test
  void everyModelAndFormInTheRepositoryIsDeployedUnderItsPathInTheRepository() throws Exception {
    List<String> packaged = new ArrayList<>();
    for (String pattern : List.of("classpath*:bpmn/**/*.bpmn", "classpath*:forms/**/*.form",
        "classpath*:forms/**/*.html")) {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String url = resource.getURL().toString();
        packaged.add(url.substring(url.lastIndexOf(pattern.startsWith("classpath*:bpmn") ? "/bpmn/" : "/forms/") + 1));
      }
    }
    // The same name on every machine and in the packaged jar: what "embedded:deployment:" form keys refer to.
    List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
        .toList();
    assertThat(packaged).contains("bpmn/signing/unit-signing.bpmn", "forms/signing/unit-signing-proposal.html");
    assertThat(deployed).containsAll(packaged);
  }

  @Test
  void theEngineRunsWithCamundasProductionHardening() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(RestCaller.admin(port).get("/engine-rest/task?maxResults=5000").status()).isEqualTo(400);
  }

  @Test
  void everyProcessDefinitionHasAHistoryTimeToLive() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      // Mails and webhooks: PHOIHOP_NOTIFICATION_HISTORY_DAYS (NotificationHistoryTest); the rest PHOIHOP_HISTORY_TTL.
      boolean notification = List.of(NotificationMail.KEY, NotificationWebhook.KEY).contains(definition.getKey());
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(notification ? 30 : 3650);
    }
  }

  @Test
  void healthIncludesTheDatabaseAndPrometheusShowsCamundaMetricsToSignedInUsersOnly() {
    RestCaller.Response health = RestCaller.admin(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    JsonNode components = health.json().get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(RestCaller.anonymous(port).get("/actuator/health").status()).isEqualTo(200);

    assertThat(RestCaller.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
    RestCaller.Response metrics = RestCaller.admin(port).get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("camunda_process_instances_running", "camunda_incidents_open",
        "camunda_activity_instances_started_total", "hikaricp_connections");
  }
}
