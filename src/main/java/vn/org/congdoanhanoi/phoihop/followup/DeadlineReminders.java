package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;

/**
 * The dates of {@code deadline-follow-up}, all in working days of the Vietnamese calendar and Hanoi time. Used from
 * BPMN: {@code ${deadlineReminders.reminderAt(7, deadline)}}. Past dates are fine for timers (they fire at once);
 * {@link #isWorthSending} then drops reminders that a later one has overtaken.
 */
@Component("deadlineReminders")
@RequiredArgsConstructor
public class DeadlineReminders {

  /** Working days the city office has for a follow-up task, and until it follows up again after a letter. */
  static final int FOLLOW_UP_TASK_WORKING_DAYS = 2;
  static final int NEXT_FOLLOW_UP_WORKING_DAYS = 3;

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  /** The start (08:00) of the working day N working days before the deadline. */
  public Date reminderAt(int workingDaysBefore, Object deadline) {
    return startOf(reminderDay(workingDaysBefore, parse(deadline)));
  }

  /** The end of the deadline day: after it, the unit is late. */
  public Date deadlineAt(Object deadline) {
    return TaskDeadlines.endOf(parse(deadline));
  }

  public LocalDate reminderDay(int workingDaysBefore, LocalDate deadline) {
    return calendar.minusWorkingDays(deadline, workingDaysBefore);
  }

  /**
   * Whether a reminder still says something true: not after the deadline, and no later reminder already due.
   * After an extension or for a short deadline, overdue timers fire together; only the last of them is sent.
   */
  public boolean isWorthSending(int workingDaysBefore, LocalDate deadline, LocalDate today) {
    return isWorthSending(workingDaysBefore, deadline, today, allReminders());
  }

  /** {@link #isWorthSending(int, LocalDate, LocalDate)} when the caller wants only these reminders. */
  public boolean isWorthSending(int workingDaysBefore, LocalDate deadline, LocalDate today, List<Integer> wanted) {
    if (today.isAfter(deadline) || !wanted.contains(workingDaysBefore)) {
      return false;
    }
    for (int later : wanted) {
      if (later < workingDaysBefore && !reminderDay(later, deadline).isAfter(today)) {
        return false;
      }
    }
    return true;
  }

  /** The reminders the follow-up sends: its {@code reminderDays}, or all of them. */
  public List<Integer> wantedReminders(VariableScope scope) {
    return DeadlineFollowUp.Vars.REMINDER_DAYS.optional(scope)
        .map(days -> days.stream().map(Integer::valueOf).toList()).orElseGet(DeadlineReminders::allReminders);
  }

  /**
   * For a caller that wants one reminder only, in its call activity:
   * {@code <camunda:in sourceExpression="${deadlineReminders.onlyReminder(3)}" target="reminderDays"/>}.
   */
  public Object onlyReminder(int workingDaysBefore) {
    return DeadlineFollowUp.Vars.REMINDER_DAYS.stored(List.of(String.valueOf(workingDaysBefore)));
  }

  private static List<Integer> allReminders() {
    return Arrays.stream(DeadlineFollowUp.REMINDER_WORKING_DAYS).boxed().toList();
  }

  /** Working days left from today (not counted) to the deadline (counted); 0 once it has passed. */
  public int workingDaysLeft(LocalDate today, LocalDate deadline) {
    return Math.max(0, calendar.workingDaysBetween(today, deadline));
  }

  /** Due date of the city office's follow-up task: 2 working days from today, end of day. */
  public Date followUpTaskDue() {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(today(), FOLLOW_UP_TASK_WORKING_DAYS));
  }

  /** When the office follows up again after a letter: 3 working days from today, 08:00, as ISO date-time. */
  public java.time.OffsetDateTime nextFollowUpAt(LocalDate today) {
    return calendar.plusWorkingDays(today, NEXT_FOLLOW_UP_WORKING_DAYS).atTime(TaskDeadlines.WORKDAY_START)
        .atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }

  /**
   * "Đôn đốc: Liên đoàn Lao động quận Hoàn Kiếm (222/LĐLĐ)", or for a cluster lead "Đôn đốc Cụm trưởng: Cụm 3 –
   * Liên đoàn Lao động huyện Gia Lâm (222/LĐLĐ)", so the office tells its follow-ups apart (the lead unit has one of
   * its own too).
   */
  public String followUpTaskName(VariableScope scope) {
    String unit = MatterVariables.UNIT_NAME.orNull(scope);
    String document = MatterVariables.DOCUMENT_NUMBER.orNull(scope);
    String suffix = document == null ? "" : " (" + document + ")";
    if (isClusterLead(scope)) {
      String cluster = DeadlineFollowUp.Vars.CLUSTER_NAME.orNull(scope);
      return "Đôn đốc Cụm trưởng: " + (cluster == null ? "Cụm Thi đua" : cluster)
          + (unit == null ? "" : " – " + unit) + suffix;
    }
    return "Đôn đốc: " + (unit == null ? "đơn vị chưa hoàn thành đúng hạn" : unit) + suffix;
  }

  /** The candidate group of the follow-up tasks: the caller's {@code followUpGroup}, or the city office. */
  public String followUpGroup(VariableScope scope) {
    return DeadlineFollowUp.Vars.FOLLOW_UP_GROUP.optional(scope).filter(group -> !group.isBlank())
        .orElse(Groups.CITY_OFFICE);
  }

  /** Whether the follow-up watches a cluster lead; callers that say nothing watch a unit. */
  public boolean isClusterLead(VariableScope scope) {
    return DeadlineFollowUp.Vars.FOLLOW_UP_OF.optional(scope).orElse(DeadlineFollowUp.FollowUpOf.UNIT)
        == DeadlineFollowUp.FollowUpOf.CLUSTER_LEAD;
  }

  /** What the caller records for an excused unit. */
  public String excuseReason(Object note) {
    String text = note == null ? "" : note.toString().strip();
    return "Được LĐLĐ Thành phố miễn" + (text.isEmpty() ? "." : ": " + text);
  }

  /** Today by the engine's clock, the one its timers fire by. */
  public LocalDate today() {
    return clock.today();
  }

  /** The deadline as a BPMN expression hands it in: the variable's stored form. */
  private static LocalDate parse(Object deadline) {
    return DeadlineFollowUp.Vars.DEADLINE.parse(deadline);
  }

  private static Date startOf(LocalDate day) {
    ZonedDateTime start = day.atTime(TaskDeadlines.WORKDAY_START).atZone(WorkingDayCalendar.ZONE);
    return Date.from(start.toInstant());
  }
}
