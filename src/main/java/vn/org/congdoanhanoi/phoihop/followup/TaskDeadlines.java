package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;

/**
 * Due and follow-up dates of every user task of every process, applied when the task is created:
 * <ul>
 *   <li>a task without a due date of its own gets the end of the matter's deadline day (process variable
 *       {@code deadline}, an ISO date), so no step of a matter is ever without a date;</li>
 *   <li>a task without a follow-up date ("ngày nhắc") gets N working days before its due date, at the start of
 *       the working day, never before today: Tasklist brings it up again before it is late.</li>
 * </ul>
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private final WorkingDayCalendar calendar;
  private final int followUpWorkingDays;
  private final EngineClock clock;

  TaskDeadlines(WorkingDayCalendar calendar,
                @Value("${phoihop.deadline.follow-up-working-days}") int followUpWorkingDays, EngineClock clock) {
    this.calendar = calendar;
    this.followUpWorkingDays = followUpWorkingDays;
    this.clock = clock;
  }

  public void applyDefaults(DelegateTask task) {
    if (task.getDueDate() == null) {
      DeadlineFollowUp.Vars.DEADLINE.optional(task).ifPresent(deadline -> task.setDueDate(endOf(deadline)));
    }
    if (task.getFollowUpDate() == null && task.getDueDate() != null) {
      task.setFollowUpDate(followUpFor(task.getDueDate(), clock.today()));
    }
  }

  /**
   * N working days before the due day at 08:00, but not before today and not after the due date itself. A due
   * day not after today needs no counting; otherwise a year the holiday file lacks is refused
   * ({@code YearNotCoveredException}), never counted in calendar days.
   */
  public Date followUpFor(Date due, LocalDate today) {
    ZonedDateTime dueAt = due.toInstant().atZone(WorkingDayCalendar.ZONE);
    LocalDate dueDay = dueAt.toLocalDate();
    LocalDate day = dueDay;
    if (today.isBefore(dueDay)) {
      day = calendar.minusWorkingDays(dueDay, followUpWorkingDays);
      if (day.isBefore(today)) {
        day = today;
      }
    }
    ZonedDateTime followUp = day.atTime(WORKDAY_START).atZone(WorkingDayCalendar.ZONE);
    return Date.from((followUp.isAfter(dueAt) ? dueAt : followUp).toInstant());
  }

  /** Today by the engine's clock. */
  public LocalDate today() {
    return clock.today();
  }

  /**
   * {@link #endOf(LocalDate)} for a model's due date, from an ISO date variable:
   * {@code camunda:dueDate="${taskDeadlines.endOfDay(deadline)}"}.
   */
  public Date endOfDay(String isoDate) {
    return endOf(LocalDate.parse(isoDate));
  }

  /** The end of a deadline day in Hanoi, the moment a task due that day becomes late. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(WorkingDayCalendar.ZONE).toInstant());
  }
}
