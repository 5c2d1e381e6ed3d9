package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * {@code dialogue-commitment} on PostgreSQL, every path: the department reports in progress (its task comes back on
 * the day it expects), then done; the district federation sends the report back, then confirms it; a late
 * department is reminded and chased by the district federation, which extends its deadline and later excuses it.
 * The commitment's state in {@code dialogue_conclusion} follows every step.
 */
@PostgresIntegrationTest
class CommitmentProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  ConferenceRecords records;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theDepartmentReportsInProgressThenDoneAndTheFederationSendsItBackThenConfirms() {
    String number = "9741/KH-LĐLĐ";
    Conclusion ldtbxh = CommitmentDriver.recorded(engine, records, number, "2023-06-20").get(0);
    ProcessInstance commitment = CommitmentDriver.start(engine, number, ldtbxh);
    assertThat(commitment).isWaitingAt(Elements.REPORT, Elements.DEADLINE_FOLLOW_UP);
    Task report = DialogueDriver.task(engine, commitment, Elements.REPORT);
    assertThat(report.getName()).isEqualTo("Báo cáo thực hiện kết luận của Chủ tịch UBND");
    assertThat(report.getDueDate()).isEqualTo(TaskDeadlines.endOf(LocalDate.parse(CommitmentDriver.DEADLINE)));
    assertThat(groups(report)).containsExactly(Groups.department(SessionDriver.LDTBXH));
    assertThat(Vars.CONCLUSION_TEXT.required(engine.getRuntimeService().getVariables(commitment.getId())))
        .isEqualTo("Phòng Lao động rà soát việc trả lương làm thêm giờ");
    assertThat(state(number, ldtbxh)).isEqualTo(CommitmentState.OPEN);
    assertThat(engine.getRuntimeService().getVariable(commitment.getId(), InstanceNames.VARIABLE.name()))
        .isEqualTo(number + " (2023) – Kết luận số " + ldtbxh.id() + " của Chủ tịch UBND – gialam");

    // Attacks: an expected day that is not after today, a done report without its result.
    assertThatThrownBy(() -> report(report, CommitmentDriver.inProgress("2023-06-20")))
        .hasMessageContaining("phải sau hôm nay");
    Map<String, Object> noResult = new HashMap<>();
    Vars.PROGRESS.putInto(noResult, Commitment.Progress.DONE);
    noResult.put(Vars.DONE_ON.name(), "2023-06-20");
    assertThatThrownBy(() -> report(report, noResult)).hasMessageContaining("kết quả thực hiện");
    assertThat(state(number, ldtbxh)).isEqualTo(CommitmentState.OPEN);

    // In progress: the task comes back on the morning of the expected day.
    DialogueDriver.clockAt("2023-06-21T09:00");
    report(report, CommitmentDriver.inProgress("2023-06-30"));
    assertThat(commitment).isWaitingAt(Elements.EXPECTED_DAY, Elements.DEADLINE_FOLLOW_UP);
    assertThat(records.commitment(SessionDriver.plan(number), ldtbxh.id()).orElseThrow())
        .satisfies(c -> {
          assertThat(c.state()).isEqualTo(CommitmentState.IN_PROGRESS);
          assertThat(c.stateLabel()).isEqualTo("Đang thực hiện");
          assertThat(c.expectedOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        });
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(commitment.getId()).timers()
        .activityId(Elements.EXPECTED_DAY).singleResult().getDuedate().toInstant())
        .isEqualTo(LocalDate.of(2023, 6, 30).atTime(8, 0).atZone(WorkingDayCalendar.ZONE).toInstant());
    DialogueDriver.clockAt("2023-06-30T08:00");
    DialogueDriver.fireTimer(engine, commitment, Elements.EXPECTED_DAY);
    assertThat(commitment).hasPassed(Elements.EXPECTED_DAY).isWaitingAt(Elements.REPORT, Elements.DEADLINE_FOLLOW_UP);

    // Done, with a file: the department's part and its follow-up end; the federation confirms or sends it back.
    report(DialogueDriver.task(engine, commitment, Elements.REPORT), CommitmentDriver.done("2023-06-29"));
    assertThat(commitment).hasPassed(Elements.REPORTED_DONE).isWaitingAt(Elements.CONFIRM);
    assertThat(followUps(commitment)).isZero();
    assertThat(state(number, ldtbxh)).isEqualTo(CommitmentState.REPORTED_DONE);
    Task confirm = DialogueDriver.task(engine, commitment, Elements.CONFIRM);
    assertThat(groups(confirm)).containsExactly(Groups.federation(DialogueDriver.DISTRICT));
    Map<String, Object> noReason = new HashMap<>();
    Vars.CONFIRMATION.putInto(noReason, Commitment.Confirmation.SENT_BACK);
    assertThatThrownBy(() -> DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, confirm, noReason))
        .hasMessageContaining("lý do đề nghị báo cáo lại");
    Map<String, Object> sendBack = new HashMap<>(noReason);
    Vars.SEND_BACK_REASON.putInto(sendBack, "Chưa có danh sách doanh nghiệp đã được kiểm tra");
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, confirm, sendBack);
    assertThat(commitment).isWaitingAt(Elements.REPORT, Elements.DEADLINE_FOLLOW_UP);
    assertThat(records.commitment(SessionDriver.plan(number), ldtbxh.id()).orElseThrow())
        .satisfies(c -> {
          assertThat(c.state()).isEqualTo(CommitmentState.SENT_BACK);
          assertThat(c.federationNote()).isEqualTo("Chưa có danh sách doanh nghiệp đã được kiểm tra");
        });

    report(DialogueDriver.task(engine, commitment, Elements.REPORT), CommitmentDriver.done("2023-06-30"));
    Map<String, Object> confirmed = new HashMap<>();
    Vars.CONFIRMATION.putInto(confirmed, Commitment.Confirmation.CONFIRMED);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, commitment, Elements.CONFIRM), confirmed);
    assertThat(commitment).isEnded().hasPassed(Elements.CONFIRMED, Elements.DONE);
    assertThat(records.commitment(SessionDriver.plan(number), ldtbxh.id()).orElseThrow())
        .satisfies(c -> {
          assertThat(c.state()).isEqualTo(CommitmentState.DONE);
          assertThat(c.doneOn()).isEqualTo(LocalDate.of(2023, 6, 30));
          assertThat(c.result()).startsWith("Đã kiểm tra 12 doanh nghiệp");
        });
  }

  @Test
  void aLateDepartmentIsChasedByTheDistrictFederationWhichExtendsThenExcuses() {
    String number = "9742/KH-LĐLĐ";
    Conclusion bhxh = CommitmentDriver.recorded(engine, records, number, "2023-06-22").get(1);
    ProcessInstance commitment = CommitmentDriver.start(engine, number, bhxh);
    ProcessInstance watch = followUp(commitment);
    assertThat(watch.getBusinessKey()).isEqualTo(commitment.getBusinessKey());

    Task late = late(watch, "2023-07-17T08:00");
    assertThat(late.getName()).isEqualTo("Đôn đốc: Bảo hiểm xã hội huyện Gia Lâm (" + number + ")");
    assertThat(groups(late)).containsExactly(Groups.federation(DialogueDriver.DISTRICT));
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, late,
        decision("EXTEND", "2023-07-31", "Chờ hướng dẫn của Bảo hiểm xã hội thành phố"));
    assertThat(records.commitment(SessionDriver.plan(number), bhxh.id()).orElseThrow().deadline())
        .isEqualTo(LocalDate.of(2023, 7, 31));
    assertThat(DialogueDriver.task(engine, commitment, Elements.REPORT).getDueDate())
        .isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 7, 31)));

    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, late(watch, "2023-08-01T08:00"),
        decision("EXCUSE", null, "UBND huyện giao việc này cho Phòng Nội vụ"));
    assertThat(commitment).isEnded().hasPassed(Elements.EXCUSED_IN_FOLLOW_UP, Elements.EXCUSED_BOUNDARY,
        Elements.RECORD_EXCUSE, Elements.EXCUSED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(commitment.getId()).count()).isZero();
    assertThat(records.commitment(SessionDriver.plan(number), bhxh.id()).orElseThrow())
        .satisfies(c -> {
          assertThat(c.state()).isEqualTo(CommitmentState.EXCUSED);
          assertThat(c.federationNote()).isEqualTo("UBND huyện giao việc này cho Phòng Nội vụ");
        });
  }

  void report(Task task, Map<String, Object> values) {
    DialogueDriver.complete(engine, SessionDriver.DEPARTMENT_USER, task, values);
  }

  /** The reminders pass and the deadline too, the department still at work: the federation's "Đôn đốc". */
  Task late(ProcessInstance watch, String afterDeadline) {
    CommitmentDriver.fireIfWaiting(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
    CommitmentDriver.fireIfWaiting(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    CommitmentDriver.fireIfWaiting(engine, watch, DeadlineFollowUp.Elements.REMINDER_1);
    DialogueDriver.clockAt(afterDeadline);
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.DEADLINE_REACHED);
    return DialogueDriver.task(engine, watch, DeadlineFollowUp.Elements.FOLLOW_UP);
  }

  CommitmentState state(String number, Conclusion commitment) {
    return records.commitment(SessionDriver.plan(number), commitment.id()).orElseThrow().state();
  }

  ProcessInstance followUp(ProcessInstance commitment) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(commitment.getId()).singleResult();
  }

  long followUps(ProcessInstance commitment) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(commitment.getId()).count();
  }

  List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
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
