package vn.org.congdoanhanoi.phoihop.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.TaskCreatedNotifier;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A unit that does not finish in time: reminders 7, 3 and 1 working days before the deadline, then the city
 * office's follow-up task, a formal letter, a follow-up again, an extension that moves the timers, and finally the
 * unit excused. Timers are fired as jobs; dates are computed on the real holiday file from a fixed engine clock
 * (Monday 6/1/2025, Tết 2025 inside the deadline), so the test never depends on the real date.
 */
@PostgresIntegrationTest
class DeadlineFollowUpProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  CampaignReport report;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2025, 1, 6).atTime(9, 0).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
  }

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void aLateUnitIsRemindedFollowedUpByTheCityOfficeGivenMoreTimeAndFinallyExcused() throws Exception {
    LocalDate today = reminders.today();
    assertThat(today).isEqualTo(LocalDate.of(2025, 1, 6));
    LocalDate deadline = calendar.plusWorkingDays(today, 15);
    String number = "9403/LĐLĐ";
    SigningDriver d = SigningDriver.start(engine,
        SigningDriver.campaign(number, List.of("longbien"), today.toString(), deadline.toString()));
    ProcessInstance campaign = d.campaign();
    ProcessInstance unit = d.unit("longbien");
    assertThat(unit).isWaitingAt(UnitSigning.Elements.PROPOSAL, UnitSigning.Elements.DEADLINE_FOLLOW_UP);
    ProcessInstance watch = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DeadlineFollowUp.KEY).superProcessInstanceId(unit.getId()).singleResult();
    assertThat(watch.getBusinessKey()).isEqualTo(unit.getBusinessKey());
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.REMINDER_7);
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, deadline.toString()));

    // Reminders, non-interrupting: the unit's own task stays where it is.
    NotificationJobs jobs = new NotificationJobs(engine);
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_7, campaign.getId());
    String reminderKey = "deadline-reminder." + watch.getId() + "." + deadline + ".7";
    ReceivedMail reminder = ReceivedMail.withMessageId(jobs.sendMail(reminderKey));
    int left = reminders.workingDaysLeft(today, deadline);
    assertThat(reminder.subject()).isEqualTo("Nhắc hạn: còn " + left + " ngày làm việc (9403/LĐLĐ), hạn "
        + String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
    assertThat(reminder.recipients()).containsExactlyInAnyOrder("longbien@congdoanhanoi.org.vn",
        "longbien.ldld@demo.phoihop.example");
    assertThat(reminder.text()).contains("Kính gửi: Liên đoàn Lao động quận Long Biên",
        "- Đề xuất tổ chức Lễ ký kết", "/camunda/app/tasklist/default/#/?task=");
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_3, campaign.getId());
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_1, campaign.getId());
    assertThat(jobs.mails("deadline-reminder." + watch.getId())).hasSize(2);
    assertThat(unit).isWaitingAt(UnitSigning.Elements.PROPOSAL);

    // The deadline passes: the city office gets the follow-up task, and its mail.
    d.fireTimer(watch, DeadlineFollowUp.Elements.DEADLINE_REACHED, campaign.getId());
    Task followUp = d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP);
    assertThat(followUp.getName()).isEqualTo("Đôn đốc: Liên đoàn Lao động quận Long Biên (9403/LĐLĐ)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anyMatch(l -> "city-office".equals(l.getGroupId()));
    ReceivedMail taskMail = ReceivedMail.withMessageId(jobs.sendMail(TaskCreatedNotifier.idempotencyKey(followUp.getId())));
    assertThat(taskMail.recipients()).contains("vanphong@congdoanhanoi.org.vn", "vanphong@demo.phoihop.example");

    // A decision the rules refuse.
    assertThatThrownBy(() -> d.complete("vanphong", followUp, Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(),
        "EXTEND")))
        .hasMessageContaining("hạn mới");
    assertThatThrownBy(() -> d.complete("vanphong", followUp,
        Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXTEND", DeadlineFollowUp.Vars.NEW_DEADLINE.name(),
            deadline.toString()))).hasMessageContaining("phải sau");

    // A formal letter, then the office follows up again.
    d.complete("vanphong", followUp, decision("SEND_LETTER", null, "Đề nghị báo cáo lý do chậm trước ngày làm việc tới."));
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.NEXT_FOLLOW_UP);
    ProcessInstance letterMail = jobs.mails("follow-up-letter.").stream()
        .filter(i -> jobs.variables(i).get(NotificationMail.Vars.MAIL_REQUEST.name()).toString().contains("9403/LĐLĐ")).findFirst().orElseThrow();
    ReceivedMail letter = ReceivedMail.withMessageId(jobs.sendMail(letterMail.getBusinessKey()));
    assertThat(letter.subject()).startsWith("Công văn đôn đốc: Liên đoàn Lao động quận Long Biên chưa hoàn thành đúng hạn");
    assertThat(letter.text()).contains("CÔNG VĂN ĐÔN ĐỐC", "Kính gửi: Liên đoàn Lao động quận Long Biên; Ban Thường vụ Quận ủy Long Biên",
        "Đề nghị báo cáo lý do chậm trước ngày làm việc tới.");
    assertThat(letter.recipients()).contains("longbien.ldld@demo.phoihop.example", "longbien.capuy@demo.phoihop.example");
    d.fireTimer(watch, DeadlineFollowUp.Elements.NEXT_FOLLOW_UP, campaign.getId());

    // Extended: the unit and its follow-up get the new deadline, the reminders start over from it.
    LocalDate extended = calendar.plusWorkingDays(deadline, 10);
    d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP),
        decision("EXTEND", extended.toString(), "Đơn vị xin lùi do trùng Đại hội"));
    assertThat(engine.getRuntimeService().getVariable(unit.getId(),
        DeadlineFollowUp.Vars.DEADLINE.name())).isEqualTo(extended.toString());
    assertThat(engine.getRuntimeService().getVariable(watch.getId(),
        DeadlineFollowUp.Vars.DEADLINE.name())).isEqualTo(extended.toString());
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.REMINDER_7);
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, extended.toString()));
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_7, campaign.getId());
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_3, campaign.getId());
    d.fireTimer(watch, DeadlineFollowUp.Elements.REMINDER_1, campaign.getId());
    d.fireTimer(watch, DeadlineFollowUp.Elements.DEADLINE_REACHED, campaign.getId());

    // Excused: the unit's signing ends as "not signed", with the office's reason.
    assertThatThrownBy(() -> d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP),
        Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXCUSE"))).hasMessageContaining("lý do miễn");
    d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP),
        decision("EXCUSE", null, "Đơn vị đang kiện toàn Ban Thường vụ"));
    assertThat(watch).isEnded().hasPassed(DeadlineFollowUp.Elements.END_EXCUSED);
    d.executeJobs(campaign.getId());
    assertThat(unit).isEnded().hasPassed(UnitSigning.Elements.CANCEL_INVITATION, UnitSigning.Elements.END_NOT_SIGNED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).count()).isZero();
    CampaignReport.UnitStatus status = report.status(number).orElseThrow().unitStatuses().get(0);
    assertThat(status.outcome()).isEqualTo("NOT_SIGNED");
    assertThat(status.reason()).isEqualTo("Được LĐLĐ Thành phố miễn: Đơn vị đang kiện toàn Ban Thường vụ");
    assertThat(campaign).isEnded();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private static Map<String, Object> decision(String action, String newDeadline, String note) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), action);
    vars.put(DeadlineFollowUp.Vars.NEW_DEADLINE.name(), newDeadline);
    vars.put(DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), note);
    return vars;
  }
}
