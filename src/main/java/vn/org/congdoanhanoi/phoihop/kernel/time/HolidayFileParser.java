package vn.org.congdoanhanoi.phoihop.kernel.time;

import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the holiday file (YAML, see {@code deadline/holidays-vn.yaml}) into a {@link WorkingDayCalendar} and checks
 * it as a whole. Like the organisation file parser it works on SnakeYAML's node tree, because every problem must
 * name the line and the field the administrator has to fix; one mistake refuses the whole file, since a calendar
 * with a year half read would compute wrong deadlines without anyone noticing.
 */
public final class HolidayFileParser {

  private static final Set<String> DOCUMENT_FIELDS = Set.of("years");
  private static final Set<String> YEAR_FIELDS = Set.of("year", "provisional", "off", "worked");
  private static final Set<String> ENTRY_FIELDS = Set.of("date", "from", "to", "name", "note");
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  /** Where a day was declared, to point at the first declaration when it comes again. */
  private record Declared(String name, int line) {}

  private final List<FileProblem> problems = new ArrayList<>();
  private final Map<LocalDate, Declared> daysOff = new HashMap<>();
  private final Map<LocalDate, Declared> daysWorked = new HashMap<>();
  private final Map<Integer, Integer> yearLines = new HashMap<>();
  private final Set<Integer> provisionalYears = new HashSet<>();

  private HolidayFileParser() {}

  /** Parses a whole holiday file; throws {@link InvalidHolidayFileException} listing every problem found. */
  public static WorkingDayCalendar parse(String text) {
    return new HolidayFileParser().parseDocument(text);
  }

  private WorkingDayCalendar parseDocument(String text) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new InvalidHolidayFileException(
          List.of(new FileProblem(line, "(tệp)", "không đọc được YAML: " + e.getProblem())));
    }
    if (!(root instanceof MappingNode document)) {
      throw new InvalidHolidayFileException(List.of(new FileProblem(1, "(tệp)",
          "tệp phải là một bảng YAML có mục 'years' (danh sách các năm)")));
    }
    Map<String, NodeTuple> sections = fields(document, "", DOCUMENT_FIELDS);
    NodeTuple yearsField = sections.get("years");
    if (yearsField == null) {
      problem(document, "years", "thiếu mục bắt buộc");
    } else if (yearsField.getValueNode() instanceof SequenceNode list) {
      if (list.getValue().isEmpty()) {
        problem(list, "years", "danh sách năm không được để trống");
      }
      for (int i = 0; i < list.getValue().size(); i++) {
        Node item = list.getValue().get(i);
        String path = "years[" + i + "]";
        if (item instanceof MappingNode mapping) {
          year(mapping, path);
        } else {
          problem(item, path, "mỗi năm phải là một bảng có các trường " + sorted(YEAR_FIELDS));
        }
      }
    } else {
      problem(yearsField.getValueNode(), "years", "phải là một danh sách (mỗi năm bắt đầu bằng '- year: ')");
    }

    if (!problems.isEmpty()) {
      throw new InvalidHolidayFileException(problems);
    }
    Map<LocalDate, String> off = new HashMap<>();
    daysOff.forEach((date, declared) -> off.put(date, declared.name()));
    Map<LocalDate, String> worked = new HashMap<>();
    daysWorked.forEach((date, declared) -> worked.put(date, declared.name()));
    return new WorkingDayCalendar(off, worked, yearLines.keySet(), provisionalYears);
  }

  private void year(MappingNode node, String path) {
    Map<String, NodeTuple> f = fields(node, path, YEAR_FIELDS);
    Integer year = yearNumber(f, node, path);
    boolean provisional = bool(f, path, "provisional");
    if (year == null) {
      return; // the entries cannot be checked against a year that is not known
    }
    int line = f.get("year").getValueNode().getStartMark().getLine() + 1;
    Integer earlier = yearLines.putIfAbsent(year, line);
    if (earlier != null) {
      problem(f.get("year").getValueNode(), path + ".year", "năm " + year + " đã được khai báo ở dòng " + earlier
          + "; mỗi năm chỉ khai báo một lần");
      return;
    }
    if (provisional) {
      provisionalYears.add(year);
    }
    List<Entry> off = entries(f.get("off"), path + ".off", year);
    List<Entry> worked = entries(f.get("worked"), path + ".worked", year);
    for (Entry entry : off) {
      for (LocalDate date : entry.dates()) {
        Declared previous = daysOff.putIfAbsent(date, new Declared(entry.name(), entry.line()));
        if (previous != null) {
          problem(entry.node(), entry.path(), "ngày " + date + " đã được khai báo là ngày nghỉ ở dòng "
              + previous.line() + "; mỗi ngày chỉ khai báo một lần");
        }
      }
    }
    for (Entry entry : worked) {
      for (LocalDate date : entry.dates()) {
        DayOfWeek day = date.getDayOfWeek();
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          problem(entry.node(), entry.path(), "ngày làm bù phải là thứ Bảy hoặc Chủ nhật; " + date + " là "
              + dayName(day) + ", vốn đã là ngày làm việc");
          continue;
        }
        Declared asOff = daysOff.get(date);
        if (asOff != null) {
          problem(entry.node(), entry.path(), "ngày " + date + " vừa được khai báo là ngày nghỉ ('" + asOff.name()
              + "', dòng " + asOff.line() + ") vừa là ngày làm bù; chỉ giữ một trong hai");
          continue;
        }
        Declared previous = daysWorked.putIfAbsent(date, new Declared(entry.name(), entry.line()));
        if (previous != null) {
          problem(entry.node(), entry.path(), "ngày " + date + " đã được khai báo là ngày làm bù ở dòng "
              + previous.line() + "; mỗi ngày chỉ khai báo một lần");
        }
      }
    }
  }

  /** One entry of {@code off} or {@code worked}: its dates, name and where it stands in the file. */
  private record Entry(List<LocalDate> dates, String name, Node node, String path, int line) {}

  private List<Entry> entries(NodeTuple field, String path, int year) {
    List<Entry> entries = new ArrayList<>();
    if (field == null) {
      return entries;
    }
    if (!(field.getValueNode() instanceof SequenceNode list)) {
      // An empty "worked:" is null in YAML: no entries, nothing to complain about.
      if (!(field.getValueNode() instanceof ScalarNode s && isNull(s))) {
        problem(field.getValueNode(), path, "phải là một danh sách (mỗi mục bắt đầu bằng '- ')");
      }
      return entries;
    }
    for (int i = 0; i < list.getValue().size(); i++) {
      Node item = list.getValue().get(i);
      String itemPath = path + "[" + i + "]";
      if (item instanceof MappingNode mapping) {
        Entry entry = entry(mapping, itemPath, year);
        if (entry != null) {
          entries.add(entry);
        }
      } else {
        problem(item, itemPath, "mỗi mục phải là một bảng có các trường " + sorted(ENTRY_FIELDS));
      }
    }
    return entries;
  }

  private Entry entry(MappingNode node, String path, int year) {
    Map<String, NodeTuple> f = fields(node, path, ENTRY_FIELDS);
    String name = text(f, node, path, "name", true);
    text(f, node, path, "note", false);
    NodeTuple dateField = f.get("date");
    NodeTuple fromField = f.get("from");
    NodeTuple toField = f.get("to");
    List<LocalDate> dates = new ArrayList<>();
    Node where = node;
    String wherePath = path;
    if (dateField != null && (fromField != null || toField != null)) {
      problem(dateField.getKeyNode(), path + ".date",
          "dùng 'date' cho một ngày hoặc 'from' và 'to' cho một khoảng ngày, không dùng cả hai");
      return null;
    } else if (dateField != null) {
      LocalDate date = date(dateField, path + ".date", year);
      if (date == null) {
        return null;
      }
      dates.add(date);
      where = dateField.getValueNode();
      wherePath = path + ".date";
    } else if (fromField != null || toField != null) {
      if (fromField == null || toField == null) {
        problem(node, path + (fromField == null ? ".from" : ".to"),
            "một khoảng ngày cần cả 'from' (ngày đầu) và 'to' (ngày cuối)");
        return null;
      }
      LocalDate from = date(fromField, path + ".from", year);
      LocalDate to = date(toField, path + ".to", year);
      if (from == null || to == null) {
        return null;
      }
      if (from.isAfter(to)) {
        problem(toField.getValueNode(), path + ".to", "ngày cuối " + to + " đứng trước ngày đầu " + from);
        return null;
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        dates.add(day);
      }
      where = fromField.getValueNode();
      wherePath = path + ".from";
    } else {
      problem(node, path + ".date", "thiếu ngày: ghi 'date' (một ngày) hoặc 'from' và 'to' (một khoảng ngày)");
      return null;
    }
    if (name == null) {
      return null;
    }
    return new Entry(dates, name, where, wherePath, where.getStartMark().getLine() + 1);
  }

  // --- node helpers -------------------------------------------------------------------------------------------

  private Map<String, NodeTuple> fields(MappingNode node, String path, Set<String> allowed) {
    Map<String, NodeTuple> result = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      String fieldPath = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        problem(tuple.getKeyNode(), fieldPath, "trường không được hỗ trợ; các trường hợp lệ: " + sorted(allowed));
      } else if (result.putIfAbsent(key, tuple) != null) {
        problem(tuple.getKeyNode(), fieldPath, "trường bị khai báo hai lần");
      }
    }
    return result;
  }

  private Integer yearNumber(Map<String, NodeTuple> f, Node owner, String path) {
    NodeTuple tuple = f.get("year");
    if (tuple == null) {
      problem(owner, path + ".year", "thiếu trường bắt buộc (số năm, ví dụ 2027)");
      return null;
    }
    String value = scalar(tuple, path + ".year");
    if (value == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.strip());
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problem(tuple.getValueNode(), path + ".year", "giá trị '" + value + "' phải là số năm từ " + FIRST_YEAR
        + " đến " + LAST_YEAR);
    return null;
  }

  private LocalDate date(NodeTuple tuple, String path, int year) {
    String value = scalar(tuple, path);
    if (value == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problem(tuple.getValueNode(), path, "giá trị '" + value
          + "' không phải ngày hợp lệ; ghi theo dạng năm-tháng-ngày, ví dụ 2025-04-30");
      return null;
    }
    if (date.getYear() != year) {
      problem(tuple.getValueNode(), path, "ngày " + date + " không thuộc năm " + year
          + " của mục này; khai báo nó trong năm " + date.getYear());
      return null;
    }
    return date;
  }

  private String text(Map<String, NodeTuple> f, Node owner, String path, String name, boolean required) {
    NodeTuple tuple = f.get(name);
    if (tuple == null) {
      if (required) {
        problem(owner, path + "." + name, "thiếu trường bắt buộc (ví dụ: Quốc khánh, Nghỉ bù, Làm bù)");
      }
      return null;
    }
    String value = scalar(tuple, path + "." + name);
    if (value != null && value.isBlank()) {
      if (required) {
        problem(tuple.getValueNode(), path + "." + name, "không được để trống");
      }
      return null;
    }
    return value == null ? null : value.strip();
  }

  private boolean bool(Map<String, NodeTuple> f, String path, String name) {
    NodeTuple tuple = f.get(name);
    if (tuple == null) {
      return false;
    }
    String value = scalar(tuple, path + "." + name);
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problem(tuple.getValueNode(), path + "." + name, "phải là true hoặc false");
        yield false;
      }
    };
  }

  private String scalar(NodeTuple tuple, String path) {
    if (tuple.getValueNode() instanceof ScalarNode s) {
      return isNull(s) ? "" : s.getValue();
    }
    problem(tuple.getValueNode(), path, "phải là một giá trị đơn, không phải danh sách hay bảng");
    return null;
  }

  private static boolean isNull(ScalarNode node) {
    return node.getTag().getValue().endsWith(":null");
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
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

  private void problem(Node node, String field, String message) {
    int line = node == null ? 1 : node.getStartMark().getLine() + 1;
    problems.add(new FileProblem(line, field, message));
  }
}
