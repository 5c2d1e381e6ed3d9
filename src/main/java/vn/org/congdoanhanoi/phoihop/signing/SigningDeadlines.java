package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * Due dates of the signing tasks, in working days and never later than the end of the campaign's deadline day.
 * Used from BPMN: {@code camunda:dueDate="${signingDeadlines.within(7, deadline)}"}.
 */
@Component("signingDeadlines")
@RequiredArgsConstructor
public class SigningDeadlines {

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  /**
   * N working days from today, at the end of that day, capped at the end of the deadline day. Counted only up to
   * the deadline, so the answer needs no year after it; a year the holiday file lacks is refused
   * ({@code YearNotCoveredException}), never counted in calendar days.
   */
  public Date within(int workingDays, String deadline) {
    LocalDate today = clock.today();
    LocalDate last = LocalDate.parse(deadline);
    if (!today.isBefore(last) || calendar.workingDaysBetween(today, last) < workingDays) {
      return endOf(last);
    }
    return endOf(calendar.plusWorkingDays(today, workingDays));
  }

  public Date endOf(String deadline) {
    return endOf(LocalDate.parse(deadline));
  }

  /** N working days after a ceremony (ISO date-time), at the end of that day. */
  public Date daysAfter(int workingDays, String isoDateTime) {
    return endOf(calendar.plusWorkingDays(OffsetDateTime.parse(isoDateTime).toLocalDate(), workingDays));
  }

  private static Date endOf(LocalDate day) {
    ZonedDateTime end = day.atTime(23, 59).atZone(WorkingDayCalendar.ZONE);
    return Date.from(end.toInstant());
  }
}
