package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.PetitionChange;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.SeenPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineReminders;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;

/**
 * Every path of dialogue-department-answers on the dates of plan 477/KH-LĐLĐ (consolidated on 11/5/2023, conference
 * 25/5/2023): the consolidation refused while a petition is only received; one sheet per department; a department
 * answering several petitions at once, the chairman's office approving (the answers written to the petitions, the
 * merged duplicate with them) or sending chosen answers back; reminders before the due date, the district federation's
 * "Đôn đốc" after it. Every test has its own plan number.
 */
@PostgresIntegrationTest
class DepartmentAnswersProcessTest {

  static final LocalDate DUE = LocalDate.of(2023, 5, 18);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Consolidation consolidation;

  @Autowired
  AnswerSheets answerSheets;

  @Autowired
  Petitions petitions;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  JdbcClient jdbc;

  NotificationJobs jobs;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    jobs = new NotificationJobs(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void consolidationIsRefusedWhileAPetitionIsOnlyReceivedThenEachDepartmentGetsOneSheet() {
    String number = "9750/KH-LĐLĐ";
    ProcessInstance conference = AnswersDriver.collect(engine, port, number);
    long living = AnswersDriver.petition(port, number, DialogueDriver.UNION_USER_UNION, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị hỗ trợ nhà ở xã hội cho công nhân");
    long insurance = AnswersDriver.petition(port, number, AnswersDriver.MAYPHUTHI,
        PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY, "Đề nghị đôn đốc doanh nghiệp đóng bảo hiểm xã hội");
    long duplicate = AnswersDriver.petition(port, number, AnswersDriver.MAYPHUTHI, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị chính sách nhà ở cho công nhân");
    DialogueDriver.clockAt("2023-05-11T08:00");
    DialogueDriver.fireTimer(engine, conference, DialogueConference.Elements.PETITION_DEADLINE);
    Task consolidate = DialogueDriver.task(engine, conference, DialogueConference.Elements.CONSOLIDATE);
    assertThatThrownBy(() -> DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, consolidate, Map.of()))
        .hasMessageContaining("Còn 3 kiến nghị chưa giao phòng, ban trả lời");

    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
    consolidation.merge(plan, new SeenPetition(living, 0), List.of(new SeenPetition(duplicate, 0)),
        DialogueDriver.FEDERATION_USER);
    consolidation.assign(plan, List.of(new SeenPetition(living, 1)), null, DialogueDriver.FEDERATION_USER);
    assertThatThrownBy(() -> DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, consolidate, Map.of()))
        .hasMessageContaining("Còn 1 kiến nghị");
    consolidation.assign(plan, List.of(new SeenPetition(insurance, 0)), null, DialogueDriver.FEDERATION_USER);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, consolidate, Map.of());
    DialogueDriver.runJobs(engine, conference);

    // The topics' default departments (organisation data), sorted; the merged duplicate asks for no sheet of its own.
    assertThat(DialogueConference.Vars.ANSWER_DEPARTMENTS.required(
        engine.getRuntimeService().getVariables(conference.getId()))).containsExactly("gl-bhxh", "gl-ldtbxh");
    AnswersDriver.Sheet sheet = new AnswersDriver.Sheet(number, plan, conference, List.of(living), duplicate);
    ProcessInstance ldtbxh = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    assertThat(ldtbxh).isWaitingAt(DepartmentAnswers.Elements.ANSWER_PETITIONS,
        DepartmentAnswers.Elements.DEADLINE_FOLLOW_UP);
    Task answer = DialogueDriver.task(engine, ldtbxh, DepartmentAnswers.Elements.ANSWER_PETITIONS);
    assertThat(answer.getName()).isEqualTo("Trả lời kiến nghị");
    assertThat(answer.getDueDate()).as("5 working days after 11/5/2023").isEqualTo(TaskDeadlines.endOf(DUE));
    assertThat(engine.getTaskService().getIdentityLinksForTask(answer.getId())).extracting(l -> l.getGroupId())
        .containsExactly(Groups.department(AnswersDriver.DEPARTMENT));
    assertThat(DepartmentAnswers.Vars.PETITION_COUNT.required(engine.getRuntimeService().getVariables(ldtbxh.getId())))
        .isEqualTo(1);
    assertThat(AnswersDriver.sheetOf(engine, sheet, "gl-bhxh")).isWaitingAt(DepartmentAnswers.Elements.ANSWER_PETITIONS);
  }

  @Test
  void aDepartmentAnswersSeveralPetitionsAtOnceAndTheChairmansOfficeApproves() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9751/KH-LĐLĐ");
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    Task answer = DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS);
    assertThatThrownBy(() -> DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER, answer, Map.of()))
        .hasMessageContaining("Còn 2 kiến nghị chưa có câu trả lời");

    RestCaller.Response saved = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER).post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, seen(sheet.petitionIds(), 0), null,
            "LJP-INSPECTION"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("changed")).hasSize(2).allSatisfy(p -> {
      assertThat(p.get("answerState").asText()).isEqualTo(AnswerState.DRAFT.name());
      assertThat(p.get("version").asInt()).isEqualTo(1);
      assertThat(p.get("answer").asText()).startsWith("Phòng, ban tiếp thu kiến nghị và đưa doanh nghiệp");
    });
    DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER, answer, Map.of());

    assertThat(answers).isWaitingAt(DepartmentAnswers.Elements.REVIEW);
    Task review = DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.REVIEW);
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .as("the chairman's office, marked in the organisation data").containsExactly(Groups.department("gl-vanphong"));
    assertThat(ProcessInstanceQueries.followUps(engine, answers)).isEmpty();
    DialogueDriver.clockAt("2023-05-12T10:00");
    DialogueDriver.complete(engine, AnswersDriver.REVIEWER, review, decision("APPROVE", "[]"));

    assertThat(answers).isEnded().hasPassed(DepartmentAnswers.Elements.APPROVE, DepartmentAnswers.Elements.END);
    for (long id : List.of(sheet.petitionIds().get(0), sheet.petitionIds().get(1), sheet.merged())) {
      Petition petition = petitions.find(sheet.plan(), id).orElseThrow();
      assertThat(petition.state()).as("petition %s", id)
          .isEqualTo(id == sheet.merged() ? PetitionState.MERGED : PetitionState.ANSWERED);
      assertThat(petition.answer()).startsWith("Phòng, ban tiếp thu kiến nghị và đưa doanh nghiệp");
      assertThat(jdbc.sql("select answered_by from dialogue_petition where id = ?").params(id).query(String.class)
          .single()).isEqualTo(AnswersDriver.DEPARTMENT_USER);
      List<PetitionChange> trail = consolidation.trail(id);
      assertThat(trail.get(trail.size() - 1).kind()).isEqualTo(ChangeKind.ANSWER);
    }
    List<PetitionChange> mergedTrail = consolidation.trail(sheet.merged());
    assertThat(mergedTrail.get(mergedTrail.size() - 1).detail()).startsWith("Trả lời cùng kiến nghị số "
        + sheet.petitionIds().get(0));
  }

  @Test
  void sentBackAnswersReturnToTheDepartmentWhileTheOthersStay() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9752/KH-LĐLĐ");
    long first = sheet.petitionIds().get(0);
    long second = sheet.petitionIds().get(1);
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    AnswersDriver.answer(port, sheet.number(), Map.of(first, 0), "Phòng sẽ khảo sát nhu cầu nhà ở xã hội.");
    AnswersDriver.answer(port, sheet.number(), Map.of(second, 0), "Phòng sẽ kiểm tra việc trả lương làm thêm giờ.");
    DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER,
        DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS), Map.of());

    Task review = DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.REVIEW);
    assertThatThrownBy(() -> DialogueDriver.complete(engine, AnswersDriver.REVIEWER, review,
        decision("SEND_BACK", "[{\"id\": " + first + ", \"reason\": \"  \"}]")))
        .hasMessageContaining("Kiến nghị số " + first + ": hãy nêu lý do trả lại");
    assertThatThrownBy(() -> DialogueDriver.complete(engine, AnswersDriver.REVIEWER, review,
        decision("SEND_BACK", "[{\"id\": " + sheet.merged() + ", \"reason\": \"Sai\"}]")))
        .hasMessageContaining("không có câu trả lời chờ rà soát");
    assertThatThrownBy(() -> DialogueDriver.complete(engine, AnswersDriver.REVIEWER, review,
        decision("APPROVE", "[{\"id\": " + first + ", \"reason\": \"Sai\"}]")))
        .hasMessageContaining("Đã chọn duyệt phiếu");
    DialogueDriver.complete(engine, AnswersDriver.REVIEWER, review, decision("SEND_BACK",
        "[{\"id\": " + first + ", \"reason\": \"Cần nêu rõ thời hạn và địa điểm khảo sát\"}]"));

    assertThat(answers).hasPassed(DepartmentAnswers.Elements.SEND_BACK)
        .isWaitingAt(DepartmentAnswers.Elements.ANSWER_PETITIONS, DepartmentAnswers.Elements.DEADLINE_FOLLOW_UP);
    assertThat(answerSheets.sentBackDays(sheet.plan())).as("the departments' matrix shows the day it was sent back")
        .containsOnlyKeys(AnswersDriver.DEPARTMENT).extractingByKey(AnswersDriver.DEPARTMENT).asList().hasSize(1);
    RestCaller department = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER);
    RestCaller.Response page = department.get(AnswersDriver.page(sheet.number(), AnswersDriver.DEPARTMENT, ""));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("unanswered").asInt()).isEqualTo(1);
    assertThat(page.json().get("items").get(0).get("answerState").asText()).isEqualTo(AnswerState.SENT_BACK.name());
    assertThat(page.json().get("items").get(0).get("reviewNote").asText()).isEqualTo(
        "Cần nêu rõ thời hạn và địa điểm khảo sát");
    assertThat(page.json().get("items").get(1).get("answerState").asText()).as("the other answer stays")
        .isEqualTo(AnswerState.DRAFT.name());
    assertThatThrownBy(() -> DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER,
        DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS), Map.of()))
        .hasMessageContaining("Còn 1 kiến nghị");

    // The version the department saw before the review is stale now.
    assertThat(department.post(AnswersDriver.SAVE, AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT,
        Map.of(first, 1), "Trả lời cũ", null)).status()).isEqualTo(409);
    AnswersDriver.answer(port, sheet.number(), Map.of(first, 2),
        "Phòng sẽ khảo sát nhu cầu nhà ở xã hội tại xã Phú Thị trong tháng 6/2023.");
    DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER,
        DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS), Map.of());
    DialogueDriver.complete(engine, AnswersDriver.REVIEWER,
        DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.REVIEW), decision("APPROVE", "[]"));

    assertThat(answers).isEnded();
    assertThat(petitions.find(sheet.plan(), first).orElseThrow().answer())
        .isEqualTo("Phòng sẽ khảo sát nhu cầu nhà ở xã hội tại xã Phú Thị trong tháng 6/2023.");
    assertThat(petitions.find(sheet.plan(), second).orElseThrow().answer())
        .isEqualTo("Phòng sẽ kiểm tra việc trả lương làm thêm giờ.");
  }

  @Test
  void theDepartmentIsRemindedBeforeItsDueDateAndChasedByTheDistrictFederationAfterIt() throws Exception {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9753/KH-LĐLĐ");
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    ProcessInstance watch = ProcessInstanceQueries.followUps(engine, answers).get(0);
    String due = DUE.toString();

    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
    DialogueDriver.clockAt(reminders.reminderDay(3, DUE) + "T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    ReceivedMail reminder = ReceivedMail.withMessageId(
        jobs.sendMail("deadline-reminder." + watch.getId() + "." + due + ".3"));
    assertThat(reminder.subject()).startsWith("Nhắc hạn: còn 3 ngày làm việc (" + sheet.number() + ")");
    assertThat(reminder.recipients()).contains("gialam.ldtbxh@demo.phoihop.example");
    assertThat(reminder.text()).contains("Trả lời kiến nghị");
    DialogueDriver.clockAt(reminders.reminderDay(1, DUE) + "T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_1);
    DialogueDriver.clockAt("2023-05-19T08:00");
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.DEADLINE_REACHED);

    Task chase = DialogueDriver.task(engine, watch, DeadlineFollowUp.Elements.FOLLOW_UP);
    assertThat(chase.getName()).isEqualTo("Đôn đốc: Phòng Lao động – Thương binh và Xã hội (" + sheet.number() + ")");
    assertThat(engine.getTaskService().getIdentityLinksForTask(chase.getId())).extracting(l -> l.getGroupId())
        .containsExactly(Groups.federation(DialogueDriver.DISTRICT));
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, chase, chase("SEND_LETTER",
        "Đề nghị Phòng trả lời các kiến nghị trước ngày 22/5/2023."));
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.NEXT_FOLLOW_UP);
    ProcessInstance letterMail = jobs.mails("follow-up-letter.").stream()
        .filter(i -> jobs.variables(i).toString().contains(sheet.number())).findFirst().orElseThrow();
    ReceivedMail letter = ReceivedMail.withMessageId(jobs.sendMail(letterMail.getBusinessKey()));
    assertThat(letter.recipients()).contains("gialam.ldtbxh@demo.phoihop.example");

    // The department answers after all: the follow-up ends with its task.
    AnswersDriver.answer(port, sheet.number(), seen(sheet.petitionIds(), 0), "Phòng đã tiếp thu kiến nghị.");
    DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER,
        DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS), Map.of());
    assertThat(watch).isEnded();
    assertThat(answers).hasPassed(DepartmentAnswers.Elements.SHEET_READY).isWaitingAt(DepartmentAnswers.Elements.REVIEW);
  }

  @Test
  void anExcusedFollowUpStopsTheChasingWhileTheSheetWaitsForItsAnswers() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9754/KH-LĐLĐ");
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    ProcessInstance watch = ProcessInstanceQueries.followUps(engine, answers).get(0);
    for (String timer : List.of(DeadlineFollowUp.Elements.REMINDER_7, DeadlineFollowUp.Elements.REMINDER_3,
        DeadlineFollowUp.Elements.REMINDER_1, DeadlineFollowUp.Elements.DEADLINE_REACHED)) {
      DialogueDriver.fireTimer(engine, watch, timer);
    }
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, watch, DeadlineFollowUp.Elements.FOLLOW_UP),
        chase("EXCUSE", "Phòng đã báo cáo trực tiếp Chủ tịch UBND huyện"));
    assertThat(watch).isEnded();
    assertThat(answers).hasPassed(DepartmentAnswers.Elements.FOLLOW_UP_ENDED)
        .isWaitingAt(DepartmentAnswers.Elements.ANSWER_PETITIONS);
  }

  static Map<Long, Integer> seen(List<Long> ids, int version) {
    Map<Long, Integer> seen = new LinkedHashMap<>();
    ids.forEach(id -> seen.put(id, version));
    return seen;
  }

  static Map<String, Object> decision(String decision, String sentBack) {
    Map<String, Object> values = new HashMap<>();
    values.put(DepartmentAnswers.Vars.REVIEW_DECISION.name(), decision);
    DepartmentAnswers.Vars.SENT_BACK.putInto(values, sentBack);
    return values;
  }

  static Map<String, Object> chase(String action, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), action);
    DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.putInto(values, note);
    return values;
  }

  /** The follow-up instances a sheet runs. */
  static final class ProcessInstanceQueries {
    static List<ProcessInstance> followUps(ProcessEngine engine, ProcessInstance sheet) {
      return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
          .superProcessInstanceId(sheet.getId()).list();
    }
  }
}
