package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.CalendarGap;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;

/**
 * Working-day arithmetic for reports. A campaign may reach outside the years the holiday file covers (an old letter,
 * a report due early next year before the Government publishes its days off). A report must still open, so a count
 * that needs such a year gives a {@link DueDate} without a day (the {@link CalendarGap} says which year to add),
 * never calendar days, which would silently count Tết as working days. Where the covered days alone settle the
 * answer (a due date capped by the campaign's deadline, a margin already exceeded), the answer is given.
 */
@Component
@RequiredArgsConstructor
public class WorkingDays {

  private final WorkingDayCalendar calendar;

  /** The day {@code days} working days after {@code from} ({@link WorkingDayCalendar#plusWorkingDays}). */
  public DueDate plus(LocalDate from, int days) {
    try {
      return DueDate.of(calendar.plusWorkingDays(from, days));
    } catch (YearNotCoveredException e) {
      return DueDate.missing(CalendarGap.of(e));
    }
  }

  /**
   * The day {@code days} working days after {@code from}, or {@code latest} if that comes first. Counting forward
   * stops at the first day of a year the file lacks, so the day sought is not before it: a {@code latest} up to
   * that day is the answer, whatever the missing year holds.
   */
  public DueDate plus(LocalDate from, int days, LocalDate latest) {
    try {
      LocalDate day = calendar.plusWorkingDays(from, days);
      return DueDate.of(day.isAfter(latest) ? latest : day);
    } catch (YearNotCoveredException e) {
      LocalDate notBefore = e.year() > from.getYear() ? LocalDate.of(e.year(), 1, 1) : from;
      return latest.isAfter(notBefore) ? DueDate.missing(CalendarGap.of(e)) : DueDate.of(latest);
    }
  }

  /** The day {@code days} working days before {@code from} ({@link WorkingDayCalendar#minusWorkingDays}). */
  public DueDate minus(LocalDate from, int days) {
    try {
      return DueDate.of(calendar.minusWorkingDays(from, days));
    } catch (YearNotCoveredException e) {
      return DueDate.missing(CalendarGap.of(e));
    }
  }

  /**
   * Whether at most {@code limit} working days lie after {@code from} up to and including {@code to}. Days of a
   * year the file lacks may or may not be working days: the answer is given when it is the same either way (the
   * covered days alone exceed the limit, or even counting every missing day does not), otherwise the calendar's
   * {@link YearNotCoveredException} for the first missing year says what to add.
   */
  public boolean atMost(LocalDate from, LocalDate to, int limit) {
    int working = 0;
    long uncertain = 0;
    YearNotCoveredException missing = null;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to) && working <= limit; day = day.plusDays(1)) {
      try {
        if (calendar.isWorkingDay(day)) {
          working++;
        }
      } catch (YearNotCoveredException e) {
        missing = missing == null ? e : missing;
        LocalDate lastOfYear = LocalDate.of(day.getYear(), 12, 31);
        LocalDate last = lastOfYear.isAfter(to) ? to : lastOfYear;
        uncertain += ChronoUnit.DAYS.between(day, last) + 1;
        day = last;
      }
    }
    if (working > limit) {
      return false;
    }
    if (missing == null || working + uncertain <= limit) {
      return true;
    }
    throw missing;
  }
}
