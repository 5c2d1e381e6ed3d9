package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone's due date as counted in working days, or, when the count needs a year the holiday file lacks, the
 * {@link CalendarGap} instead: a report shows that a date is missing rather than a calendar-day guess.
 */
public record DueDate(LocalDate date, CalendarGap gap) {

  public DueDate {
    if ((date == null) == (gap == null)) {
      throw new IllegalArgumentException("a due date is either a day or a calendar gap");
    }
  }

  public static DueDate of(LocalDate date) {
    return new DueDate(Objects.requireNonNull(date, "date"), null);
  }

  public static DueDate missing(CalendarGap gap) {
    return new DueDate(null, Objects.requireNonNull(gap, "gap"));
  }

  public boolean known() {
    return date != null;
  }
}
