package vn.org.congdoanhanoi.phoihop.followup;

import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

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
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** The city office moves a campaign's deadline: every unit, cluster and follow-up, their timers and tasks move. */
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

    Map<String, String> body = Map.of("deadline", "2022-07-15");
    String path = "/api/process-instances/" + campaign.getId() + "/deadline";
    assertThat(RestCaller.demo(port, "gialam.ldld").put(path, body).status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, "vanphong").put(path, Map.of("deadline", "15/07/2022")).status()).isEqualTo(400);
    RestCaller.Response answer = RestCaller.demo(port, "vanphong").put(path, body);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("message").asText()).startsWith("Đã dời hạn sang ngày 15/07/2022 cho");
    assertThat(answer.json().get("processInstances").asInt()).isGreaterThanOrEqualTo(6);

    for (ProcessInstance instance : List.of(campaign, gialam, d.unit("socson"), cluster, watch)) {
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "deadline")).isEqualTo("2022-07-15");
    }
    // The follow-up's reminder and the cluster's registration cut-off (10 working days before) moved.
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, "2022-07-15"));
    String cutOff = (String) engine.getRuntimeService().getVariable(cluster.getId(),
        ClusterCeremony.Vars.REGISTRATION_CUT_OFF);
    assertThat(cutOff).isEqualTo("2022-07-01T17:00+07:00");
    assertThat(timer(cluster, ClusterCeremony.Elements.CUT_OFF).getDuedate())
        .isEqualTo(Date.from(OffsetDateTime.parse(cutOff).toInstant()));
    // The proposal was due at the old deadline: it is due at the new one.
    Task moved = engine.getTaskService().createTaskQuery().taskId(proposal.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(TaskDeadlines.endOf(java.time.LocalDate.of(2022, 7, 15)));
    assertThat(moved.getFollowUpDate()).isBeforeOrEqualTo(moved.getDueDate());

    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }
}
