package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlDocument;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlMapping;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlValue;

/**
 * Reads the holiday file (YAML, see {@code deadline/holidays-vn.yaml}) into a {@link WorkingDayCalendar} and checks
 * it as a whole, naming the line and the field of every problem ({@link YamlDocument} does the reading and decides
 * what an empty value means). One mistake refuses the whole file, since a calendar with a year half read would
 * compute wrong deadlines without anyone noticing. What is left here are the calendar's own rules: a day lies in
 * its year and is declared once, a day worked in exchange is a Saturday or a Sunday and not also a day off.
 */
public final class HolidayFileParser {

  private static final Set<String> DOCUMENT_FIELDS = Set.of("years");
  private static final Set<String> YEAR_FIELDS = Set.of("year", "provisional", "off", "worked");
  private static final Set<String> ENTRY_FIELDS = Set.of("date", "from", "to", "name", "note");
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  /** Where a day was declared, to point at the first declaration when it comes again. */
  private record Declared(String name, int line) {}

  private final Map<LocalDate, Declared> daysOff = new HashMap<>();
  private final Map<LocalDate, Declared> daysWorked = new HashMap<>();
  private final Map<Integer, Integer> yearLines = new HashMap<>();
  private final Set<Integer> provisionalYears = new HashSet<>();

  private HolidayFileParser() {}

  /** Parses a whole holiday file; throws {@link InvalidHolidayFileException} listing every problem found. */
  public static WorkingDayCalendar parse(String text) {
    YamlDocument file = YamlDocument.read(text, DOCUMENT_FIELDS, InvalidHolidayFileException::new);
    HolidayFileParser parser = new HolidayFileParser();
    file.root().get("years").nonEmptyMappings(YEAR_FIELDS).forEach(parser::year);
    file.refuseIfProblems();
    return parser.calendar();
  }

  private WorkingDayCalendar calendar() {
    Map<LocalDate, String> off = new HashMap<>();
    daysOff.forEach((date, declared) -> off.put(date, declared.name()));
    Map<LocalDate, String> worked = new HashMap<>();
    daysWorked.forEach((date, declared) -> worked.put(date, declared.name()));
    return new WorkingDayCalendar(off, worked, yearLines.keySet(), provisionalYears);
  }

  private void year(YamlMapping item) {
    YamlValue yearField = item.get("year", "2027");
    Integer year = yearField.requiredInteger(FIRST_YEAR, LAST_YEAR);
    boolean provisional = item.get("provisional").bool(false);
    if (year == null) {
      return; // the entries cannot be checked against a year that is not known
    }
    Integer earlier = yearLines.putIfAbsent(year, yearField.line());
    if (earlier != null) {
      yearField.problem("năm " + year + " đã được khai báo ở dòng " + earlier + "; mỗi năm chỉ khai báo một lần");
      return;
    }
    if (provisional) {
      provisionalYears.add(year);
    }
    List<Entry> off = entries(item.get("off"), year);
    List<Entry> worked = entries(item.get("worked"), year);
    for (Entry entry : off) {
      for (LocalDate date : entry.dates()) {
        Declared previous = daysOff.putIfAbsent(date, entry.declared());
        if (previous != null) {
          entry.where().problem("ngày " + date + " đã được khai báo là ngày nghỉ ở dòng " + previous.line()
              + "; mỗi ngày chỉ khai báo một lần");
        }
      }
    }
    for (Entry entry : worked) {
      for (LocalDate date : entry.dates()) {
        DayOfWeek day = date.getDayOfWeek();
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          entry.where().problem("ngày làm bù phải là thứ Bảy hoặc Chủ nhật; " + date + " là " + dayName(day)
              + ", vốn đã là ngày làm việc");
          continue;
        }
        Declared asOff = daysOff.get(date);
        if (asOff != null) {
          entry.where().problem("ngày " + date + " vừa được khai báo là ngày nghỉ ('" + asOff.name() + "', dòng "
              + asOff.line() + ") vừa là ngày làm bù; chỉ giữ một trong hai");
          continue;
        }
        Declared previous = daysWorked.putIfAbsent(date, entry.declared());
        if (previous != null) {
          entry.where().problem("ngày " + date + " đã được khai báo là ngày làm bù ở dòng " + previous.line()
              + "; mỗi ngày chỉ khai báo một lần");
        }
      }
    }
  }

  /** One entry of {@code off} or {@code worked}: its dates, its name and the date field problems point at. */
  private record Entry(List<LocalDate> dates, String name, YamlValue where) {
    Declared declared() {
      return new Declared(name, where.line());
    }
  }

  private static List<Entry> entries(YamlValue list, int year) {
    return list.mappings(ENTRY_FIELDS).stream().map(item -> entry(item, year)).filter(Objects::nonNull).toList();
  }

  private static Entry entry(YamlMapping item, int year) {
    String name = item.get("name", "Quốc khánh, Nghỉ bù, Làm bù").requiredText();
    item.get("note").optionalText();
    YamlValue date = item.get("date");
    YamlValue from = item.get("from");
    YamlValue to = item.get("to");
    if (date.isGiven() && (from.isGiven() || to.isGiven())) {
      date.problem("dùng 'date' cho một ngày hoặc 'from' và 'to' cho một khoảng ngày, không dùng cả hai");
      return null;
    }
    if (!date.isGiven() && from.isGiven() != to.isGiven()) {
      (from.isGiven() ? to : from).problem("một khoảng ngày cần cả 'from' (ngày đầu) và 'to' (ngày cuối)");
      return null;
    }
    if (!date.isGiven() && !from.isGiven()) {
      date.problem("thiếu ngày: ghi 'date' (một ngày) hoặc 'from' và 'to' (một khoảng ngày)");
      return null;
    }
    List<LocalDate> dates = new ArrayList<>();
    YamlValue where = date.isGiven() ? date : from;
    LocalDate first = dayOf(where, year);
    LocalDate last = date.isGiven() ? first : dayOf(to, year);
    if (first == null || last == null) {
      return null;
    }
    if (first.isAfter(last)) {
      to.problem("ngày cuối " + last + " đứng trước ngày đầu " + first);
      return null;
    }
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      dates.add(day);
    }
    return name == null ? null : new Entry(dates, name, where);
  }

  private static LocalDate dayOf(YamlValue field, int year) {
    LocalDate date = field.requiredDate();
    if (date != null && date.getYear() != year) {
      field.problem("ngày " + date + " không thuộc năm " + year + " của mục này; khai báo nó trong năm "
          + date.getYear());
      return null;
    }
    return date;
  }

  private static String dayName(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "thứ Hai";
      case TUESDAY -> "thứ Ba";
      case WEDNESDAY -> "thứ Tư";
      case THURSDAY -> "thứ Năm";
      case FRIDAY -> "thứ Sáu";
      case SATURDAY -> "thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }
}
