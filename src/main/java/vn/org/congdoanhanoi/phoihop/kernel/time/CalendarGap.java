package vn.org.congdoanhanoi.phoihop.kernel.time;

import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;

/**
 * Why a report could not count working days: the holiday file lacks {@code year}. {@code message} says so in
 * Vietnamese and names {@code PHOIHOP_CALENDAR_FILE}, the setting to fix; it is shown with every cell concerned.
 */
public record CalendarGap(int year, String message) {

  public static CalendarGap of(YearNotCoveredException e) {
    return new CalendarGap(e.year(), e.getMessage());
  }

  /** "Thiếu lịch năm 2028": short enough for a matrix cell; the message stands once above the table. */
  public String label() {
    return "Thiếu lịch năm " + year;
  }
}
