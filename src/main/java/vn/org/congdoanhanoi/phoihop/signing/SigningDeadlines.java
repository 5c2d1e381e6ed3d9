package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.deadline.WorkingDayCalendar;

/**
 * Due dates of the signing tasks, in working days and never later than the end of the campaign's deadline day.
 * Used from BPMN: {@code camunda:dueDate="${signingDeadlines.within(7, deadline)}"}.
 */
@Component("signingDeadlines")
public class SigningDeadlines {

  private final WorkingDayCalendar calendar;

  SigningDeadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** N working days from today, at the end of that day, capped at the end of the deadline day. */
  public Date within(int workingDays, String deadline) {
    LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
    LocalDate due = coveredPlus(today, workingDays);
    LocalDate last = LocalDate.parse(deadline);
    return endOf(due.isAfter(last) ? last : due);
  }

  public Date endOf(String deadline) {
    return endOf(LocalDate.parse(deadline));
  }

  /** N working days after a ceremony (ISO date-time), at the end of that day. */
  public Date daysAfter(int workingDays, String isoDateTime) {
    return endOf(coveredPlus(OffsetDateTime.parse(isoDateTime).toLocalDate(), workingDays));
  }

  private LocalDate coveredPlus(LocalDate from, int workingDays) {
    return calendar.covers(from.getYear()) ? calendar.plusWorkingDays(from, workingDays) : from.plusDays(workingDays);
  }

  private static Date endOf(LocalDate day) {
    ZonedDateTime end = day.atTime(23, 59).atZone(WorkingDayCalendar.ZONE);
    return Date.from(end.toInstant());
  }
}
