package vn.org.congdoanhanoi.phoihop.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The city office moves a deadline of one instance: a campaign's moves every unit, cluster and follow-up with their
 * timers and tasks; a unit's moves that unit only; a cluster's moves the members that joined its ceremony.
 */
@PostgresIntegrationTest
class CampaignDeadlineChangeTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  WorkingDayCalendar calendar;

  @LocalServerPort
  int port;

  @Test
  void aChangedCampaignDeadlineMovesEveryPendingTimerAndTheTasksDueAtIt() {
    String number = "9404/LĐLĐ";
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(number, List.of("gialam", "socson")));
    ProcessInstance campaign = d.campaign();
    ProcessInstance gialam = d.unit("gialam");
    ProcessInstance cluster = d.cluster("cum3");
    ProcessInstance watch = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DeadlineFollowUp.KEY).superProcessInstanceId(gialam.getId()).singleResult();
    Task proposal = d.task(gialam, UnitSigning.Elements.PROPOSAL);
    assertThat(proposal.getDueDate()).isEqualTo(TaskDeadlines.endOf(java.time.LocalDate.of(2022, 6, 30)));

    Map<String, String> body = Map.of(DeadlineFollowUp.Vars.DEADLINE.name(), "2022-07-15");
    String path = "/api/process-instances/" + campaign.getId() + "/deadline";
    assertThat(RestCaller.demo(port, "gialam.ldld").put(path, body).status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, "vanphong").put(path, Map.of(DeadlineFollowUp.Vars.DEADLINE.name(),
        "15/07/2022")).status()).isEqualTo(400);
    RestCaller.Response answer = RestCaller.demo(port, "vanphong").put(path, body);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("message").asText()).startsWith("Đã dời hạn sang ngày 15/07/2022 cho");
    assertThat(answer.json().get("processInstances").asInt()).isGreaterThanOrEqualTo(6);

    for (ProcessInstance instance : List.of(campaign, gialam, d.unit("socson"), cluster, watch)) {
      assertThat(engine.getRuntimeService().getVariable(instance.getId(),
          DeadlineFollowUp.Vars.DEADLINE.name())).isEqualTo("2022-07-15");
    }
    // The follow-up's reminder and the cluster's registration cut-off (10 working days before) moved.
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, "2022-07-15"));
    String cutOff = (String) engine.getRuntimeService().getVariable(cluster.getId(),
        ClusterCeremony.Vars.REGISTRATION_CUT_OFF.name());
    assertThat(cutOff).isEqualTo("2022-07-01T17:00+07:00");
    assertThat(timer(cluster, ClusterCeremony.Elements.CUT_OFF).getDuedate())
        .isEqualTo(Date.from(OffsetDateTime.parse(cutOff).toInstant()));
    // The proposal was due at the old deadline: it is due at the new one.
    Task moved = engine.getTaskService().createTaskQuery().taskId(proposal.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(TaskDeadlines.endOf(java.time.LocalDate.of(2022, 7, 15)));
    assertThat(moved.getFollowUpDate()).isBeforeOrEqualTo(moved.getDueDate());

    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }

  @Test
  void aChangeOfOneUnitsInstanceMovesThatUnitAndItsFollowUpButNeitherASiblingNorTheCampaign() {
    String number = "9414/LĐLĐ";
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(number, List.of("gialam", "socson"), "2022-05-16", "2022-06-30"));
    SigningDriver d = new SigningDriver(engine, number);
    ProcessInstance gialam = d.unit("gialam");
    ProcessInstance socson = d.unit("socson");
    Task siblingsProposal = d.task(socson, UnitSigning.Elements.PROPOSAL);

    RestCaller.Response answer = RestCaller.demo(port, "vanphong")
        .put("/api/process-instances/" + gialam.getId() + "/deadline", Map.of("deadline", "2022-07-15"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("processInstances").asInt()).as("the unit and its follow-up").isEqualTo(2);

    assertThat(deadlineOf(gialam)).isEqualTo("2022-07-15");
    assertThat(deadlineOf(watchOf(gialam))).isEqualTo("2022-07-15");
    assertThat(timer(watchOf(gialam), DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, "2022-07-15"));
    for (ProcessInstance untouched : List.of(campaign, socson, watchOf(socson), d.cluster("cum3"))) {
      assertThat(deadlineOf(untouched)).as(untouched.getProcessDefinitionId()).isEqualTo("2022-06-30");
    }
    assertThat(timer(watchOf(socson), DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, "2022-06-30"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(siblingsProposal.getId()).singleResult().getDueDate())
        .isEqualTo(siblingsProposal.getDueDate());
    // The compliance matrix judges each unit against its own deadline.
    com.fasterxml.jackson.databind.JsonNode matrix = RestCaller.demo(port, "vanphong").get(
        "/api/reports/signing-campaign/matrix?year=2022&documentNumber="
            + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).json();
    Map<String, String> signedDue = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode row : matrix.get("rows")) {
      for (com.fasterxml.jackson.databind.JsonNode cell : row.get("cells")) {
        if ("SIGNED".equals(cell.get("milestoneId").asText())) {
          signedDue.put(row.get("unitCode").asText(), cell.get("dueOn").asText());
        }
      }
    }
    assertThat(signedDue).containsOnly(Map.entry("gialam", "2022-07-15"), Map.entry("socson", "2022-06-30"));

    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }

  @Test
  void extendingAClusterMovesTheMembersThatJoinedItsCeremonyAndNotOneSigningByLocality() {
    String number = "9415/LĐLĐ";
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(number, List.of("gialam", "donganh", "socson"), "2022-05-16", "2022-06-30"));
    SigningDriver d = new SigningDriver(engine, number);
    Map<String, String> scopes = Map.of("gialam", "CLUSTER", "donganh", "CLUSTER", "socson", "LOCALITY");
    scopes.forEach((unit, scope) -> {
      d.complete(unit + ".ldld", d.unit(unit), UnitSigning.Elements.PROPOSAL, SigningDriver.proposal(scope));
      d.complete(unit + ".capuy", d.unit(unit), UnitSigning.Elements.COMMITTEE_OPINION,
          Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE"));
    });
    d.executeJobs(campaign.getId());
    ProcessInstance cluster = d.cluster("cum3");

    RestCaller.Response answer = RestCaller.demo(port, "vanphong")
        .put("/api/process-instances/" + cluster.getId() + "/deadline", Map.of("deadline", "2022-07-15"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);

    for (ProcessInstance moved : List.of(cluster, watchOf(cluster), d.unit("gialam"), watchOf(d.unit("gialam")),
        d.unit("donganh"))) {
      assertThat(deadlineOf(moved)).as(moved.getBusinessKey()).isEqualTo("2022-07-15");
    }
    assertThat(d.task(d.unit("gialam"), UnitSigning.Elements.AWAIT_CLUSTER).getDueDate())
        .isEqualTo(TaskDeadlines.endOf(java.time.LocalDate.of(2022, 7, 15)));
    for (ProcessInstance untouched : List.of(campaign, d.unit("socson"), watchOf(d.unit("socson")))) {
      assertThat(deadlineOf(untouched)).as(untouched.getBusinessKey()).isEqualTo("2022-06-30");
    }

    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }

  private Object deadlineOf(ProcessInstance instance) {
    return engine.getRuntimeService().getVariable(instance.getId(), DeadlineFollowUp.Vars.DEADLINE.name());
  }

  private ProcessInstance watchOf(ProcessInstance watched) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(watched.getId()).singleResult();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }
}
