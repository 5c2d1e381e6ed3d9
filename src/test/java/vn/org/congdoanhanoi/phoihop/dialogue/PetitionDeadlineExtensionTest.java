package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineReminders;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;

/**
 * {@code PUT /api/dialogue-conferences/petition-deadline}: the district federation extends the petition deadline of
 * plan 477/KH-LĐLĐ (10/5/2023) for every union at once. The conference's dates, its row, its timer and every union
 * still open (task, reminders, "Đôn đốc") move together; a union that sent stays done; the reminder fires 3 working
 * days before the new deadline, not the old. Every test has its own plan number.
 */
@PostgresIntegrationTest
class PetitionDeadlineExtensionTest {

  static final String EXTEND = "/api/dialogue-conferences/petition-deadline";
  static final String DIENLUC = DialogueDriver.UNION_USER_UNION;
  static final String MAYPHUTHI = "gl-mayphuthi";
  static final LocalDate OLD = LocalDate.parse(DialogueDriver.PETITION_DEADLINE);
  static final LocalDate NEW = LocalDate.of(2023, 5, 17);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  JdbcClient jdbc;

  NotificationJobs jobs;

  @BeforeEach
  void onThePlansDay() {
    AbstractAssertions.init(engine);
    jobs = new NotificationJobs(engine);
    DialogueDriver.clockAt("2023-04-24T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyOpenUnionAndTheConferenceMoveTogetherAndTheReminderFiresAtTheNewDate() throws Exception {
    String number = "9731/KH-LĐLĐ";
    ProcessInstance conference = invite(number, DIENLUC, MAYPHUTHI);
    ProcessInstance dienluc = union(number, DIENLUC);
    ProcessInstance mayphuthi = union(number, MAYPHUTHI);
    ProcessInstance watch = followUp(mayphuthi);
    DialogueDriver.clockAt("2023-05-02T10:00");
    RestCaller.Response sent = RestCaller.demo(port, DialogueDriver.UNION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(number, DIENLUC, PetitionTopic.OTHER.name(), "Đề nghị bố trí xe đưa đón đại biểu"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(dienluc).isEnded();

    RestCaller.Response extended = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).put(EXTEND,
        extension(number, NEW.toString()));
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(extended.json().get("message").asText()).startsWith("Đã gia hạn gửi kiến nghị");

    // The conference: its dates, its row (what the mail intake reads), its timer and the date task.
    Map<String, Object> dates = engine.getRuntimeService().getVariables(conference.getId());
    OffsetDateTime closesAt = OffsetDateTime.parse("2023-05-18T00:00+07:00");
    assertThat(Vars.PETITION_DEADLINE.required(dates)).isEqualTo(NEW);
    assertThat(Vars.PETITIONS_CLOSE_AT.required(dates)).isEqualTo(closesAt);
    assertThat(Vars.CONSOLIDATION_DUE_AT.required(dates).toLocalDate()).isEqualTo(LocalDate.of(2023, 5, 22));
    assertThat(jdbc.sql("select petition_deadline from dialogue_conference where plan_number = ?").param(number)
        .query(LocalDate.class).single()).isEqualTo(NEW);
    assertThat(timer(conference, DialogueConference.Elements.PETITION_DEADLINE).getDuedate().toInstant())
        .isEqualTo(closesAt.toInstant());
    assertThat(DialogueDriver.task(engine, conference, DialogueConference.Elements.CONFIRM_DATE).getDueDate())
        .isEqualTo(TaskDeadlines.endOf(NEW));

    // The open union: its deadline, its task, its follow-up's timers; the one that sent stays done.
    assertThat(DeadlineFollowUp.Vars.DEADLINE.required(engine.getRuntimeService().getVariables(mayphuthi.getId())))
        .isEqualTo(NEW);
    assertThat(UnionPetitions.Vars.PETITIONS_CLOSE_AT.required(engine.getRuntimeService()
        .getVariables(mayphuthi.getId()))).isEqualTo(closesAt);
    assertThat(DialogueDriver.task(engine, mayphuthi, UnionPetitions.Elements.SEND_PETITIONS).getDueDate())
        .isEqualTo(TaskDeadlines.endOf(NEW));
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, NEW.toString()));
    assertThat(dienluc).isEnded();

    // The reminder 3 working days before is due at the new date, not the old, and names the new deadline.
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
    Job reminder = timer(watch, DeadlineFollowUp.Elements.REMINDER_3);
    assertThat(reminder.getDuedate()).isEqualTo(reminders.reminderAt(3, NEW.toString()))
        .isAfter(reminders.reminderAt(3, OLD.toString()));
    DialogueDriver.clockAt(reminders.reminderDay(3, NEW) + "T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    assertThat(jobs.mails("deadline-reminder." + watch.getId())).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("deadline-reminder." + watch.getId() + "." + NEW + ".3");
  }

  @Test
  void badDatesAreRefusedPerFieldAndNothingMoves() {
    String number = "9732/KH-LĐLĐ";
    ProcessInstance conference = invite(number, MAYPHUTHI);
    RestCaller federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER);
    for (String date : List.of("2023-05-10", "2023-05-09", "2023-05-25", "2023-05-30", "10/05/2023")) {
      RestCaller.Response refused = federation.put(EXTEND, extension(number, date));
      assertThat(refused.status()).as(date + ": " + refused.body()).isEqualTo(400);
      assertThat(fields(refused)).as(date).containsExactly(Vars.PETITION_DEADLINE.name());
    }
    RestCaller.Response missing = federation.put(EXTEND, Map.of(Vars.PLAN_NUMBER.name(), number));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).contains(Vars.ISSUED_ON.name(), Vars.UNIT_CODE.name(), Vars.PETITION_DEADLINE.name());
    assertThat(federation.put(EXTEND, extension(number, "2023-05-09")).body())
        .contains("Hạn mới 09/05/2023 phải sau hạn hiện tại 10/05/2023");
    assertThat(federation.put(EXTEND, extension(number, "2023-05-30")).body())
        .contains("phải trước ngày tổ chức Hội nghị 25/05/2023");
    assertThat(Vars.PETITION_DEADLINE.required(engine.getRuntimeService().getVariables(conference.getId())))
        .isEqualTo(OLD);
  }

  @Test
  void onlyTheDistrictsFederationExtendsAndOnlyWhileCollecting() {
    String number = "9733/KH-LĐLĐ";
    ProcessInstance conference = invite(number, MAYPHUTHI);
    Map<String, Object> body = extension(number, NEW.toString());
    for (String user : List.of("donganh.ldld", DialogueDriver.UNION_USER, "vanphong")) {
      assertThat(RestCaller.demo(port, user).put(EXTEND, body).status()).as(user).isEqualTo(403);
    }
    RestCaller federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER);
    assertThat(federation.put(EXTEND, extension("9739/KH-LĐLĐ", NEW.toString())).status()).isEqualTo(404);

    // Collection closed: the conference is consolidating; a late extension is a conflict, nothing moves.
    DialogueDriver.clockAt("2023-05-11T00:05");
    RestCaller.Response late = federation.put(EXTEND, body);
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    DialogueDriver.fireTimer(engine, conference, DialogueConference.Elements.PETITION_DEADLINE);
    assertThat(conference).isWaitingAt(DialogueConference.Elements.CONSOLIDATE);
    assertThat(federation.put(EXTEND, body).status()).isEqualTo(409);
    assertThat(Vars.PETITION_DEADLINE.required(engine.getRuntimeService().getVariables(conference.getId())))
        .isEqualTo(OLD);
    assertThat(RestCaller.admin(port).put(EXTEND, body).status()).isEqualTo(409);
  }

  static Map<String, Object> extension(String number, String deadline) {
    Map<String, Object> body = new LinkedHashMap<>();
    Vars.PLAN_NUMBER.putInto(body, number);
    body.put(Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    Vars.UNIT_CODE.putInto(body, DialogueDriver.DISTRICT);
    body.put(Vars.PETITION_DEADLINE.name(), deadline);
    return body;
  }

  static List<String> fields(RestCaller.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  ProcessInstance invite(String number, String... unionCodes) {
    Map<String, Object> plan = DialogueDriver.plan(number);
    Vars.GRASSROOTS_UNITS.putInto(plan, List.of(unionCodes));
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
    DialogueDriver.runJobs(engine, conference);
    return conference;
  }

  Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  ProcessInstance union(String number, String unionCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(number, unionCode)).singleResult();
  }

  ProcessInstance followUp(ProcessInstance union) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(union.getId()).singleResult();
  }
}
