package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineReminders;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;

/**
 * Step 6 of the dialogue conference on the dates of plan 477/KH-LĐLĐ (petitions due 10/5/2023): a union without a
 * petition is reminded 3 working days before the deadline; a union whose petition came over REST is neither reminded
 * nor chased (its task ends, or it never gets one when it sent before its invitation); at the deadline the district
 * federation, not the city office, extends the deadline, chases the union with a letter or excuses it. Every test
 * has its own plan number.
 */
@PostgresIntegrationTest
class UnionPetitionsFollowUpProcessTest {

  static final String DEADLINE = DialogueDriver.PETITION_DEADLINE;
  static final String DIENLUC = DialogueDriver.UNION_USER_UNION;
  static final String MAYPHUTHI = "gl-mayphuthi";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  DeadlineReminders reminders;

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
  void aUnionWithoutAPetitionIsRemindedThreeWorkingDaysBeforeTheDeadline() throws Exception {
    String number = "9610/KH-LĐLĐ";
    invite(number, DIENLUC);
    ProcessInstance union = union(number, DIENLUC);
    assertThat(union).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS, UnionPetitions.Elements.DEADLINE_FOLLOW_UP);
    ProcessInstance watch = followUp(union);
    assertThat(watch.getBusinessKey()).isEqualTo(union.getBusinessKey());

    // Only the reminder 3 working days before is sent (the plan's rule), to the union's people and the federation.
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
    DialogueDriver.clockAt(reminders.reminderDay(3, LocalDate.parse(DEADLINE)) + "T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    DialogueDriver.clockAt(reminders.reminderDay(1, LocalDate.parse(DEADLINE)) + "T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_1);
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.DEADLINE_REACHED);
    assertThat(jobs.mails("deadline-reminder." + watch.getId())).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("deadline-reminder." + watch.getId() + "." + DEADLINE + ".3");
    ReceivedMail reminder = ReceivedMail.withMessageId(
        jobs.sendMail("deadline-reminder." + watch.getId() + "." + DEADLINE + ".3"));
    assertThat(reminder.subject()).startsWith("Nhắc hạn: còn 3 ngày làm việc (" + number + ")");
    assertThat(reminder.recipients()).contains("gialam.cdcs@demo.phoihop.example");
    assertThat(reminder.text()).contains("Công đoàn Điện lực Gia Lâm", "Gửi kiến nghị");
    assertThat(union).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS);
  }

  @Test
  void aPetitionSentOverRestEndsTheUnionsTaskSoItIsNeitherRemindedNorChased() {
    String number = "9611/KH-LĐLĐ";
    invite(number, DIENLUC, MAYPHUTHI);
    ProcessInstance dienluc = union(number, DIENLUC);
    ProcessInstance watch = followUp(dienluc);

    DialogueDriver.clockAt("2023-05-02T10:00");
    RestCaller.Response sent = RestCaller.demo(port, DialogueDriver.UNION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(number, DIENLUC, PetitionTopic.LIVING_JOBS_POLICY.name(),
            "Đề nghị hỗ trợ nhà ở xã hội cho công nhân ngành điện"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);

    assertThat(dienluc).isEnded().hasPassed(UnionPetitions.Elements.PETITION_ARRIVED,
        UnionPetitions.Elements.SENT_ELSEWHERE);
    assertThat(watch).isEnded();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).count()).isZero();
    assertThat(jobs.mails("deadline-reminder." + watch.getId())).isEmpty();
    // Another union of the same plan is not touched.
    assertThat(union(number, MAYPHUTHI)).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS,
        UnionPetitions.Elements.DEADLINE_FOLLOW_UP);
  }

  @Test
  void aUnionThatSentBeforeItsBatchWasInvitedGetsNoTaskNorFollowUp() {
    String number = "9615/KH-LĐLĐ";
    Map<String, Object> plan = DialogueDriver.plan(number);
    DialogueConference.Vars.GRASSROOTS_UNITS.putInto(plan, List.of(DIENLUC, MAYPHUTHI));
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
    // The plan is open, the invitations are still queued: the union sends over REST first.
    RestCaller.Response sent = RestCaller.demo(port, DialogueDriver.UNION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(number, DIENLUC, PetitionTopic.OTHER.name(), "Đề nghị bố trí xe đưa đón đại biểu"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    DialogueDriver.runJobs(engine, conference);

    HistoricProcessInstance dienluc = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(number, DIENLUC)).singleResult();
    assertThat(dienluc.getEndTime()).isNotNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(dienluc.getId())
        .list()).extracting(HistoricActivityInstance::getActivityId).containsExactlyInAnyOrder(
        UnionPetitions.Elements.START, UnionPetitions.Elements.ALREADY_SENT, UnionPetitions.Elements.SENT_BEFORE);
    assertThat(union(number, MAYPHUTHI)).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS,
        UnionPetitions.Elements.DEADLINE_FOLLOW_UP);
  }

  @Test
  void theDistrictFederationExtendsALateUnionsDeadline() {
    String number = "9612/KH-LĐLĐ";
    invite(number, DIENLUC);
    ProcessInstance union = union(number, DIENLUC);
    ProcessInstance watch = followUp(union);
    Task followUp = late(watch);
    assertThat(followUp.getName()).isEqualTo("Đôn đốc: Công đoàn Điện lực Gia Lâm (" + number + ")");
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId())).extracting(l -> l.getGroupId())
        .as("the district federation follows its own unions up, not the city office")
        .containsExactly(Groups.federation(DialogueDriver.DISTRICT));

    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, followUp,
        decision("EXTEND", "2023-05-15", "Công đoàn cơ sở đang tổng hợp ý kiến từ các tổ công đoàn"));
    assertThat(DeadlineFollowUp.Vars.DEADLINE.required(engine.getRuntimeService().getVariables(union.getId())))
        .isEqualTo(LocalDate.of(2023, 5, 15));
    assertThat(DialogueDriver.task(engine, union, UnionPetitions.Elements.SEND_PETITIONS).getDueDate())
        .isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 5, 15)));
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.REMINDER_7);
  }

  @Test
  void theDistrictFederationChasesALateUnionWithALetterUntilItsPetitionArrives() throws Exception {
    String number = "9613/KH-LĐLĐ";
    invite(number, DIENLUC);
    ProcessInstance union = union(number, DIENLUC);
    ProcessInstance watch = followUp(union);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, late(watch),
        decision("SEND_LETTER", null, "Đề nghị Công đoàn cơ sở gửi kiến nghị trước ngày 15/5/2023."));
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.NEXT_FOLLOW_UP);
    ProcessInstance letterMail = jobs.mails("follow-up-letter.").stream()
        .filter(i -> jobs.variables(i).get(NotificationMail.Vars.MAIL_REQUEST.name()).toString().contains(number))
        .findFirst().orElseThrow();
    ReceivedMail letter = ReceivedMail.withMessageId(jobs.sendMail(letterMail.getBusinessKey()));
    assertThat(letter.subject()).startsWith("Công văn đôn đốc: Công đoàn Điện lực Gia Lâm chưa hoàn thành đúng hạn");
    assertThat(letter.recipients()).contains("gialam.cdcs@demo.phoihop.example");
    assertThat(letter.text()).contains("Đề nghị Công đoàn cơ sở gửi kiến nghị trước ngày 15/5/2023.");

    // The union answers in its task after all: the follow-up ends with it.
    DialogueDriver.clockAt("2023-05-12T09:00");
    DialogueDriver.complete(engine, DialogueDriver.UNION_USER,
        DialogueDriver.task(engine, union, UnionPetitions.Elements.SEND_PETITIONS),
        UnionPetitions.Vars.PETITIONS.putInto(new HashMap<>(),
            "[{\"topic\": \"OTHER\", \"text\": \"Đề nghị tổ chức hội nghị vào buổi chiều\"}]"));
    assertThat(union).isEnded().hasPassed(UnionPetitions.Elements.SENT);
    assertThat(watch).isEnded();
  }

  @Test
  void theDistrictFederationExcusesALateUnion() {
    String number = "9614/KH-LĐLĐ";
    invite(number, DIENLUC);
    ProcessInstance union = union(number, DIENLUC);
    ProcessInstance watch = followUp(union);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, late(watch),
        decision("EXCUSE", null, "Doanh nghiệp đang tạm dừng sản xuất"));
    assertThat(union).isEnded().hasPassed(UnionPetitions.Elements.DEADLINE_FOLLOW_UP, UnionPetitions.Elements.EXCUSED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(union.getId())
        .variableName(UnionPetitions.Vars.EXCUSE_REASON.name()).singleResult().getValue())
        .isEqualTo("Doanh nghiệp đang tạm dừng sản xuất");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(union.getId()).count()).isZero();
  }

  /** Starts the plan for these unions and invites them. */
  void invite(String number, String... unionCodes) {
    Map<String, Object> plan = DialogueDriver.plan(number);
    DialogueConference.Vars.GRASSROOTS_UNITS.putInto(plan, List.of(unionCodes));
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
    DialogueDriver.runJobs(engine, conference);
  }

  /** The reminders pass, the deadline passes without a petition: the federation's task "Đôn đốc". */
  Task late(ProcessInstance watch) {
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_1);
    DialogueDriver.clockAt("2023-05-11T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.DEADLINE_REACHED);
    return DialogueDriver.task(engine, watch, DeadlineFollowUp.Elements.FOLLOW_UP);
  }

  ProcessInstance union(String number, String unionCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(number, unionCode)).singleResult();
  }

  ProcessInstance followUp(ProcessInstance union) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(union.getId()).singleResult();
  }

  static Map<String, Object> decision(String action, String newDeadline, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), action);
    if (newDeadline != null) {
      values.put(DeadlineFollowUp.Vars.NEW_DEADLINE.name(), newDeadline);
    }
    DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.putInto(values, note);
    return values;
  }
}
