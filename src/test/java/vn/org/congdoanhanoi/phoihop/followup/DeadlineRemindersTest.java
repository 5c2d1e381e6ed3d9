package vn.org.congdoanhanoi.phoihop.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendarConfiguration;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;

/** Reminder, deadline and follow-up dates on the real holiday file (Tết 2025, 30/4–1/5 2025). */
class DeadlineRemindersTest {

  static WorkingDayCalendar calendar;
  static DeadlineReminders reminders;
  static TaskDeadlines taskDeadlines;

  @BeforeAll
  static void calendar() throws Exception {
    calendar = WorkingDayCalendarConfiguration.load(new ClassPathResource("deadline/holidays-vn.yaml"),
        LocalDate.of(2025, 1, 1));
    reminders = new DeadlineReminders(calendar, new EngineClock());
    taskDeadlines = new TaskDeadlines(calendar, 2, new EngineClock());
  }

  static ZonedDateTime hanoi(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.ZONE);
  }

  @Test
  void remindersSkipTetAndStartTheWorkingDay() {
    // Deadline Wednesday 5/2/2025, just after Tết (25/1–2/2): 3 working days before is Friday 24/1.
    assertThat(hanoi(reminders.reminderAt(3, "2025-02-05"))).isEqualTo(
        ZonedDateTime.of(2025, 1, 24, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
    assertThat(reminders.reminderDay(1, LocalDate.of(2025, 2, 5))).isEqualTo(LocalDate.of(2025, 2, 4));
    assertThat(reminders.reminderDay(7, LocalDate.of(2025, 2, 5))).isEqualTo(LocalDate.of(2025, 1, 20));
    // Deadline Monday 5/5/2025: 30/4, 1/5 and the swapped 2/5 are off, Saturday 26/4 was worked (làm bù).
    assertThat(reminders.reminderDay(3, LocalDate.of(2025, 5, 5))).isEqualTo(LocalDate.of(2025, 4, 26));
    assertThat(reminders.reminderDay(7, LocalDate.of(2025, 5, 5))).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(hanoi(reminders.deadlineAt("2025-05-05"))).isEqualTo(
        ZonedDateTime.of(2025, 5, 5, 23, 59, 0, 0, WorkingDayCalendar.ZONE));
  }

  @Test
  void aReminderOvertakenByALaterOneOrByTheDeadlineIsNotSent() {
    LocalDate deadline = LocalDate.of(2025, 2, 5);
    // On 20/1 the 7-day reminder is due and the 3-day one is not yet.
    assertThat(reminders.isWorthSending(7, deadline, LocalDate.of(2025, 1, 20))).isTrue();
    // After an extension or a late start, on 24/1 the 7-day reminder fires late: the 3-day one speaks for it.
    assertThat(reminders.isWorthSending(7, deadline, LocalDate.of(2025, 1, 24))).isFalse();
    assertThat(reminders.isWorthSending(3, deadline, LocalDate.of(2025, 1, 24))).isTrue();
    assertThat(reminders.isWorthSending(3, deadline, LocalDate.of(2025, 2, 4))).isFalse();
    assertThat(reminders.isWorthSending(1, deadline, LocalDate.of(2025, 2, 5))).isTrue();
    assertThat(reminders.isWorthSending(1, deadline, LocalDate.of(2025, 2, 6))).isFalse();
    // A caller that wants only the 3-day reminder (reminderDays): the others are never sent, and no later one
    // overtakes it.
    assertThat(reminders.isWorthSending(7, deadline, LocalDate.of(2025, 1, 20), List.of(3))).isFalse();
    assertThat(reminders.isWorthSending(3, deadline, LocalDate.of(2025, 2, 4), List.of(3))).isTrue();
    assertThat(reminders.isWorthSending(1, deadline, LocalDate.of(2025, 2, 5), List.of(3))).isFalse();
    // Working days left, Tết not counted: from Friday 24/1 to Wednesday 5/2 are 3.
    assertThat(reminders.workingDaysLeft(LocalDate.of(2025, 1, 24), deadline)).isEqualTo(3);
    assertThat(reminders.workingDaysLeft(LocalDate.of(2025, 2, 6), deadline)).isZero();
  }

  @Test
  void theOfficeFollowsUpAgainThreeWorkingDaysAfterALetter() {
    // Letter on Tuesday 29/4/2025: 30/4, 1/5, 2/5 off, so Monday 5/5, Tuesday 6/5, Wednesday 7/5.
    assertThat(DeadlineFollowUp.Vars.NEXT_FOLLOW_UP_AT.stored(reminders.nextFollowUpAt(LocalDate.of(2025, 4, 29))))
        .isEqualTo("2025-05-07T08:00+07:00");
  }

  @Test
  void aFollowUpDateIsTwoWorkingDaysBeforeTheDueDateButNeverInThePast() {
    // Due Thursday 6/2/2025: two working days before are Wednesday 5/2 and Tuesday 4/2.
    Date due = TaskDeadlines.endOf(LocalDate.of(2025, 2, 6));
    assertThat(hanoi(taskDeadlines.followUpFor(due, LocalDate.of(2025, 1, 10)))).isEqualTo(
        ZonedDateTime.of(2025, 2, 4, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
    // Due Monday 3/2/2025, right after Tết: the follow-up falls before Tết, on Thursday 23/1.
    assertThat(hanoi(taskDeadlines.followUpFor(TaskDeadlines.endOf(LocalDate.of(2025, 2, 3)),
        LocalDate.of(2025, 1, 10)))).isEqualTo(ZonedDateTime.of(2025, 1, 23, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
    assertThat(hanoi(taskDeadlines.followUpFor(due, LocalDate.of(2025, 2, 5)))).isEqualTo(
        ZonedDateTime.of(2025, 2, 5, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
    // Already late: the follow-up is the start of the due day, never after the due date.
    assertThat(hanoi(taskDeadlines.followUpFor(due, LocalDate.of(2025, 3, 1)))).isEqualTo(
        ZonedDateTime.of(2025, 2, 6, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
  }

  @Test
  void aFollowUpDateBeyondTheHolidayFileIsRefusedNotCountedInCalendarDays() {
    // The file ends with 2027: counting back from a due day in 2028 would silently treat Tết 2028 as working days.
    Date due = TaskDeadlines.endOf(LocalDate.of(2028, 2, 15));
    assertThatThrownBy(() -> taskDeadlines.followUpFor(due, LocalDate.of(2027, 12, 20)))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("chưa có dữ liệu năm 2028").hasMessageContaining("PHOIHOP_CALENDAR_FILE");
    // A due day already reached needs no counting: still answered.
    assertThat(hanoi(taskDeadlines.followUpFor(due, LocalDate.of(2028, 3, 1)))).isEqualTo(
        ZonedDateTime.of(2028, 2, 15, 8, 0, 0, 0, WorkingDayCalendar.ZONE));
  }

  @Test
  void anExcusedUnitIsRecordedWithTheOfficesReason() {
    assertThat(reminders.excuseReason(" Đơn vị đang sáp nhập ")).isEqualTo("Được LĐLĐ Thành phố miễn: Đơn vị đang sáp nhập");
    assertThat(reminders.excuseReason(null)).isEqualTo("Được LĐLĐ Thành phố miễn.");
  }
}
