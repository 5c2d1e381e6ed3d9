package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Vietnamese working-day calendar of the public sector (cán bộ, công chức, viên chức): Monday to Friday, minus
 * the holidays, Tết and days off given back or moved (nghỉ bù), plus the Saturdays and Sundays declared worked in
 * exchange (làm bù). Deadlines, reminders "N working days before" and follow-ups are counted with it.
 *
 * <p>Built by {@link HolidayFileParser} from the holiday file, exposed as a bean by
 * {@link WorkingDayCalendarConfiguration}. Immutable and therefore safe to share between threads (job executor,
 * REST requests).
 *
 * <p>Only the years in the file are known. Every question about a date of another year throws
 * {@link YearNotCoveredException}: treating such a year as ordinary would silently count Tết as working days.
 */
public final class WorkingDayCalendar {

  /** Deadlines are Vietnamese dates: convert instants with this zone, not the server's. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Map<LocalDate, String> daysOff;
  private final Map<LocalDate, String> daysWorked;
  private final Set<Integer> years;
  private final Set<Integer> provisionalYears;

  WorkingDayCalendar(Map<LocalDate, String> daysOff, Map<LocalDate, String> daysWorked, Set<Integer> years,
                     Set<Integer> provisionalYears) {
    this.daysOff = Map.copyOf(daysOff);
    this.daysWorked = Map.copyOf(daysWorked);
    this.years = Set.copyOf(years);
    this.provisionalYears = Set.copyOf(provisionalYears);
    for (LocalDate date : this.daysOff.keySet()) {
      if (!this.years.contains(date.getYear()) || this.daysWorked.containsKey(date)) {
        throw new IllegalArgumentException("ngày nghỉ " + date + " không thuộc năm nào của lịch hoặc trùng ngày làm bù");
      }
    }
    for (LocalDate date : this.daysWorked.keySet()) {
      if (!this.years.contains(date.getYear())) {
        throw new IllegalArgumentException("ngày làm bù " + date + " không thuộc năm nào của lịch");
      }
    }
  }

  /** Whether the holiday file has this year (announced or provisional). */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /**
   * Whether the year is in the file but not yet announced by the Government: it holds only the fixed-date
   * holidays, so Tết and Giỗ Tổ are still missing from it.
   */
  public boolean isProvisional(int year) {
    return provisionalYears.contains(year);
  }

  /** The years of the holiday file, in order. */
  public List<Integer> coveredYears() {
    return List.copyOf(new TreeSet<>(years));
  }

  /** Monday to Friday unless declared off; Saturday or Sunday only when declared worked (làm bù). */
  public boolean isWorkingDay(LocalDate date) {
    requireCovered(date);
    if (daysWorked.containsKey(date)) {
      return true;
    }
    if (daysOff.containsKey(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The name of the day off declared for this date ("Tết Nguyên đán", "Quốc khánh", "Nghỉ bù", ...); empty for an
   * ordinary day, a plain weekend and a Saturday worked in exchange.
   */
  public Optional<String> holidayName(LocalDate date) {
    requireCovered(date);
    return Optional.ofNullable(daysOff.get(date));
  }

  /**
   * The day {@code days} working days after {@code from}, {@code from} itself not counted: a task received on
   * Friday 24/1/2025 with 1 working day is due Monday 3/2/2025, after Tết. With 0 days: {@code from} if it is a
   * working day, otherwise the next working day.
   */
  public LocalDate plusWorkingDays(LocalDate from, int days) {
    return step(from, days, 1);
  }

  /**
   * The day {@code days} working days before {@code date}, {@code date} itself not counted: the reminder "3 working
   * days before the deadline". With 0 days: {@code date} if it is a working day, otherwise the working day before.
   */
  public LocalDate minusWorkingDays(LocalDate date, int days) {
    return step(date, days, -1);
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}, so that
   * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for a working day d. Negative when
   * {@code toInclusive} comes first (a deadline already passed).
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    requireCovered(fromExclusive);
    requireCovered(toInclusive);
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private LocalDate step(LocalDate start, int days, int direction) {
    Objects.requireNonNull(start, "date");
    if (days < 0) {
      throw new IllegalArgumentException("số ngày làm việc phải từ 0 trở lên, không phải " + days);
    }
    requireCovered(start);
    LocalDate day = start;
    if (days == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(direction);
      }
      return day;
    }
    int left = days;
    while (left > 0) {
      // isWorkingDay refuses a day of a year outside the file, so a long count cannot run past the data.
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  private void requireCovered(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!years.contains(date.getYear())) {
      throw new YearNotCoveredException(date.getYear(), describeYears());
    }
  }

  /** "2022–2027" rather than six numbers; gaps shown as separate ranges. */
  private String describeYears() {
    List<String> ranges = new ArrayList<>();
    Integer first = null;
    Integer last = null;
    for (int year : new TreeSet<>(years)) {
      if (last != null && year == last + 1) {
        last = year;
        continue;
      }
      if (first != null) {
        ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
      }
      first = year;
      last = year;
    }
    if (first != null) {
      ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
    }
    return ranges.isEmpty() ? "không có năm nào" : String.join(", ", ranges);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + coveredYears() + (provisionalYears.isEmpty() ? ""
        : " (provisional: " + new TreeSet<>(provisionalYears) + ")");
  }
}
