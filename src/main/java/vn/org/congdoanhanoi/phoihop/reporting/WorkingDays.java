package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.deadline.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.deadline.YearNotCoveredException;

/**
 * Working-day arithmetic for reports. A campaign may reach outside the years the holiday file covers (an old
 * campaign, or next year's before the Government publishes its days off). Deadlines refuse such years; a report
 * must still open, so here, outside the covered years, calendar days are counted instead, as
 * {@code SigningDeadlines} does for due dates.
 */
@Component
public class WorkingDays {

  private final WorkingDayCalendar calendar;

  public WorkingDays(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public LocalDate plus(LocalDate from, int days) {
    try {
      return calendar.plusWorkingDays(from, days);
    } catch (YearNotCoveredException e) {
      return from.plusDays(days);
    }
  }

  public LocalDate minus(LocalDate from, int days) {
    try {
      return calendar.minusWorkingDays(from, days);
    } catch (YearNotCoveredException e) {
      return from.minusDays(days);
    }
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
  public int between(LocalDate from, LocalDate to) {
    try {
      return calendar.workingDaysBetween(from, to);
    } catch (YearNotCoveredException e) {
      return (int) ChronoUnit.DAYS.between(from, to);
    }
  }

  public static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
