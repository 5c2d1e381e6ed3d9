package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.WebappSession;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Engine errors over REST carry their meaning: a lost race is 409 ("thử lại"), a missing task 404, a refusal 403,
 * bad values 400; never a 500, a stack trace or a class name.
 */
@PostgresIntegrationTest
class ErrorMappingTest {

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  IdentityService identityService;

  final List<String> tasks = new ArrayList<>();
  final List<String> instances = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    tasks.forEach(id -> {
      if (taskService.createTaskQuery().taskId(id).count() > 0) {
        taskService.deleteTask(id, true);
      }
    });
    instances.forEach(id -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtimeService.deleteProcessInstance(id, "test finished");
      }
    });
    if (identityService.createUserQuery().userId("yeumatkhau").count() > 0) {
      identityService.deleteUser("yeumatkhau");
    }
  }

  @Test
  void completingATaskSomeoneElseCompletedFirstIs409() {
    String task = unitTask("namtuliem");
    RestCaller unit = RestCaller.demo(port, "namtuliem.ldld");
    assertThat(unit.post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isEqualTo(204);
    RestCaller.Response again = unit.post("/engine-rest/task/" + task + "/complete", Map.of());
    assertConflict(again);
  }

  @Test
  void tasklistGetsTheSame409WhenTheTaskWasCompletedMeanwhile() {
    String task = unitTask("namtuliem");
    WebappSession tasklist = WebappSession.login(port, "namtuliem.ldld", RestCaller.DEMO_PASSWORD);
    taskService.complete(task);
    RestCaller.Response late = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        "{\"variables\": {}}");
    assertConflict(late);
  }

  @Test
  void claimingATaskAlreadyClaimedIs409() {
    String task = unitTask("namtuliem");
    taskService.claim(task, "vanphong");
    RestCaller.Response claim = RestCaller.demo(port, "namtuliem.ldld")
        .post("/engine-rest/task/" + task + "/claim", Map.of("userId", "namtuliem.ldld"));
    assertConflict(claim);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("vanphong");
  }

  @Test
  void aTaskThatNeverExistedIs404AndAnotherUnitsTaskIsNot500() {
    RestCaller unit = RestCaller.demo(port, "namtuliem.ldld");
    RestCaller.Response missing = unit.post("/engine-rest/task/khong-ton-tai/complete", Map.of());
    assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
    assertClean(missing);
    String other = unitTask("bactuliem");
    RestCaller.Response foreign = unit.post("/engine-rest/task/" + other + "/complete", Map.of());
    assertThat(foreign.status()).as(foreign.toString()).isIn(403, 404);
    assertClean(foreign);
    RestCaller.Response claim = unit.post("/engine-rest/task/" + other + "/claim", Map.of("userId", "namtuliem.ldld"));
    assertThat(claim.status()).as(claim.toString()).isIn(403, 404);
    assertClean(claim);
    // Another unit's task that is already completed is not revealed as "completed" either.
    taskService.complete(other);
    RestCaller.Response completed = unit.post("/engine-rest/task/" + other + "/complete", Map.of());
    assertThat(completed.status()).as(completed.toString()).isEqualTo(404);
  }

  @Test
  void badValuesRefusedInsideTheEngineAre400WithTheFields() {
    // The HTTP guard does not recognise this path (a matrix parameter), so only the engine's own check runs.
    RestCaller office = RestCaller.demo(port, "vanphong");
    RestCaller.Response started = office.post("/engine-rest/process-definition/key/" + SigningCampaign.KEY + "/start",
        Map.of("variables", Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", "9321/LĐLĐ"),
            SigningCampaign.Vars.ISSUED_ON.name(), Map.of("value", "2022-05-16"), SigningCampaign.Vars.DEADLINE.name(),
                Map.of("value", "2022-06-30"),
            SigningCampaign.Vars.TERM.name(), Map.of("value", "2022-2025"), SigningCampaign.Vars.SUBJECT.name(),
                Map.of("value", "V/v ký kết Quy chế phối hợp"),
            SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"phuxuyen\"]", "type", "Json"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    instances.add(started.json().get("id").asText());
    SigningDriver.startChildren(engine, started.json().get("id").asText());
    String task = taskService.createTaskQuery()
        .processInstanceBusinessKey(UnitSigning.businessKey("9321/LĐLĐ", "phuxuyen"))
        .taskDefinitionKey(UnitSigning.Elements.PROPOSAL).singleResult().getId();

    RestCaller.Response refused = RestCaller.demo(port, "phuxuyen.ldld").post(
        "/engine-rest/task/" + task + "/complete;guard=skipped", Map.of("variables", Map.of(
            UnitSigning.Vars.PROPOSED_DATE.name(), Map.of("value", "2022-07-15"),
                UnitSigning.Vars.PROPOSED_TIME.name(), Map.of("value", "25:00"),
            UnitSigning.Vars.VENUE_ARRANGED_BY.name(), Map.of("value", "UNIT"), UnitSigning.Vars.SIGNING_MODE.name(),
                Map.of("value", "DIRECT"),
            UnitSigning.Vars.SIGNING_SCOPE.name(), Map.of("value", "SOMEWHERE"), UnitSigning.Vars.ATTENDEES.name(),
                Map.of("value", "Ban Thường vụ"))));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    JsonNode body = refused.json();
    assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.get("message").asText()).contains("sau hạn hoàn thành").doesNotContain("ENGINE-");
    assertThat(body.get("errors").findValuesAsText("field")).contains(UnitSigning.Vars.PROPOSED_DATE.name(),
        UnitSigning.Vars.PROPOSED_TIME.name(), UnitSigning.Vars.SIGNING_SCOPE.name());
    assertClean(refused);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void aPasswordThatFailsThePolicyIs400SayingWhatItNeeds() {
    RestCaller.Response created = RestCaller.admin(port).post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "yeumatkhau", "firstName", "Yếu", "lastName", "Mật khẩu"),
        "credentials", Map.of("password", "abc")));
    assertThat(created.status()).as(created.toString()).isEqualTo(400);
    assertThat(created.json().get("message").asText()).contains("10 ký tự", "chữ hoa", "chữ số");
    assertClean(created);
    assertThat(identityService.createUserQuery().userId("yeumatkhau").count()).isZero();
  }

  private String unitTask(String unitCode) {
    String id = "errors-" + System.nanoTime();
    org.camunda.bpm.engine.task.Task task = taskService.newTask(id);
    task.setName("Việc thử của " + unitCode);
    taskService.saveTask(task);
    taskService.addCandidateGroup(id, Groups.federation(unitCode));
    tasks.add(id);
    return id;
  }

  private static void assertConflict(RestCaller.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().get("message").asText()).contains("thử lại");
    assertClean(response);
  }

  private static void assertClean(RestCaller.Response response) {
    assertThat(response.body()).doesNotContain("Exception:", "at org.", "ENGINE-", "org.camunda", "java.");
  }
}
