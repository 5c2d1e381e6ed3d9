package vn.org.congdoanhanoi.phoihop.kernel.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One field of a {@link YamlMapping} or one element of a list, given or not, with the typed reads of a data file.
 * A read that finds a wrong value reports it (line, path, what to write) and answers {@code null} (or the default),
 * so the caller goes on and the file's other mistakes are found too. The rule for null and blank values is the
 * document's: see {@link YamlDocument}.
 *
 * <p>A problem about a field points at the line of its key, one about a list element at the element, and one
 * about a field that is not there at the table that lacks it.
 */
public final class YamlValue {

  private static final String MISSING = "thiếu trường bắt buộc";
  private static final String EMPTY = "không được để trống";
  private static final String EMPTY_LIST = "danh sách không được để trống";

  private final YamlDocument document;
  private final Node node;
  private final int line;
  private final String path;
  private final String example;

  private YamlValue(YamlDocument document, Node node, int line, String path, String example) {
    this.document = document;
    this.node = node;
    this.line = line;
    this.path = path;
    this.example = example;
  }

  static YamlValue absent(YamlDocument document, int ownerLine, String path, String example) {
    return new YamlValue(document, null, ownerLine, path, example);
  }

  static YamlValue field(YamlDocument document, NodeTuple tuple, String path, String example) {
    return new YamlValue(document, tuple.getValueNode(), YamlDocument.line(tuple.getKeyNode()), path, example);
  }

  /**
   * Whether the file gives a value here: the field is written and its value is neither YAML null (nothing, {@code ~},
   * {@code null}) nor blank text. This is the one place that decides what "empty" means.
   */
  public boolean isGiven() {
    if (node instanceof ScalarNode scalar) {
      return !Tag.NULL.equals(scalar.getTag()) && !scalar.getValue().isBlank();
    }
    return node != null;
  }

  public int line() {
    return line;
  }

  public String path() {
    return path;
  }

  /** Reports a problem of the file's own rules (a unit unknown, a day declared twice) at this place. */
  public void problem(String message) {
    document.problem(line, path, message);
  }

  // --- scalars ------------------------------------------------------------------------------------------------

  /** The text, stripped; missing, empty or not a single value is reported. */
  public String requiredText() {
    return required(exampleHint());
  }

  /** The text when it matches {@code form}; otherwise "giá trị '…' " followed by {@code hint} is reported. */
  public String requiredText(Pattern form, String hint) {
    return matching(requiredText(), form, hint);
  }

  /** The text, stripped, or {@code null} when none is given. */
  public String optionalText() {
    if (!isGiven()) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    problem("phải là một giá trị đơn, không phải danh sách hay bảng");
    return null;
  }

  public String optionalText(Pattern form, String hint) {
    return matching(optionalText(), form, hint);
  }

  /** A whole number from {@code min} to {@code max}. */
  public Integer requiredInteger(int min, int max) {
    String value = requiredText();
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException ignored) {
      // reported below, like a number out of range
    }
    problem("giá trị '" + YamlDocument.quote(value) + "' phải là số nguyên từ " + min + " đến " + max);
    return null;
  }

  /** {@code true}/{@code yes} or {@code false}/{@code no} (any case); {@code ifNotGiven} when no value is given. */
  public boolean bool(boolean ifNotGiven) {
    String value = optionalText();
    if (value == null) {
      return ifNotGiven;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problem("phải là true hoặc false");
        yield ifNotGiven;
      }
    };
  }

  /** A day written year-month-day ({@code 2025-04-30}). */
  public LocalDate requiredDate() {
    String value = requiredText();
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem("giá trị '" + YamlDocument.quote(value)
          + "' không phải ngày hợp lệ; ghi theo dạng năm-tháng-ngày, ví dụ 2025-04-30");
      return null;
    }
  }

  /** One of {@code type}'s constants, written exactly as its name; problems list the constants. */
  public <E extends Enum<E>> E requiredEnum(Class<E> type) {
    return constant(required(constantsHint(type)), type);
  }

  public <E extends Enum<E>> E optionalEnum(Class<E> type) {
    return constant(optionalText(), type);
  }

  // --- lists and tables ---------------------------------------------------------------------------------------

  /** The elements of a list; no value given is an empty list. */
  public List<YamlValue> items() {
    return items(false);
  }

  /** The elements of a list that must be written and hold at least one element. */
  public List<YamlValue> nonEmptyItems() {
    return items(true);
  }

  /** This value as a table with the given fields, or {@code null} (reported) when it is not a table. */
  public YamlMapping mapping(Set<String> fields) {
    if (node instanceof MappingNode mapping) {
      return new YamlMapping(document, mapping, path, fields);
    }
    problem("phải là một bảng có các trường " + fields.stream().sorted().toList());
    return null;
  }

  /** A list of tables ({@code - code: …}); elements that are not tables are reported and left out. */
  public List<YamlMapping> mappings(Set<String> fields) {
    return tables(items(), fields);
  }

  public List<YamlMapping> nonEmptyMappings(Set<String> fields) {
    return tables(nonEmptyItems(), fields);
  }

  // --- the rules ----------------------------------------------------------------------------------------------

  private String required(String hint) {
    if (node == null) {
      problem(MISSING + hint);
      return null;
    }
    if (!isGiven()) {
      problem(EMPTY + hint);
      return null;
    }
    return optionalText();
  }

  private String matching(String value, Pattern form, String hint) {
    if (value != null && !form.matcher(value).matches()) {
      problem("giá trị '" + YamlDocument.quote(value) + "' " + hint);
      return null;
    }
    return value;
  }

  private <E extends Enum<E>> E constant(String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problem("giá trị '" + YamlDocument.quote(value) + "' không hợp lệ" + constantsHint(type));
    return null;
  }

  private List<YamlValue> items(boolean required) {
    if (required && node == null) {
      problem(MISSING + exampleHint());
      return List.of();
    }
    if (!isGiven()) {
      if (required) {
        problem(EMPTY_LIST + exampleHint());
      }
      return List.of();
    }
    if (!(node instanceof SequenceNode list)) {
      problem("phải là một danh sách (mỗi phần tử bắt đầu bằng '- ')");
      return List.of();
    }
    if (required && list.getValue().isEmpty()) {
      problem(EMPTY_LIST + exampleHint());
    }
    List<YamlValue> items = new ArrayList<>();
    for (int i = 0; i < list.getValue().size(); i++) {
      Node item = list.getValue().get(i);
      items.add(new YamlValue(document, item, YamlDocument.line(item), path + "[" + i + "]", null));
    }
    return items;
  }

  private static List<YamlMapping> tables(List<YamlValue> items, Set<String> fields) {
    return items.stream().map(item -> item.mapping(fields)).filter(Objects::nonNull).toList();
  }

  private String exampleHint() {
    return example == null ? "" : " (ví dụ: " + example + ")";
  }

  private static String constantsHint(Class<? extends Enum<?>> type) {
    return "; các giá trị: " + List.of(type.getEnumConstants());
  }
}
