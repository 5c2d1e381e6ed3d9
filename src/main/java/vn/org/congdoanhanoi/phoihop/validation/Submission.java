package vn.org.congdoanhanoi.phoihop.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Values a user or another system submits (a start, a task completion), read with the checks every validator
 * needs. Collects every violation instead of stopping at the first, so one answer says everything to fix.
 * Validators name a field by its variable's declaration; reads by name are for checks that know no process.
 */
public final class Submission {

  private final Function<String, Object> values;
  private final List<Violation> violations = new ArrayList<>();

  private Submission(Function<String, Object> values) {
    this.values = values;
  }

  public static Submission of(Map<String, ?> values) {
    return new Submission(values::get);
  }

  public static Submission of(Function<String, Object> values) {
    return new Submission(values);
  }

  /**
   * Plain values of typed variables, as validators read them: files stay {@link FileValue}s (their plain value is a
   * stream, read once), everything else is its value.
   */
  public static Map<String, Object> values(VariableMap typed) {
    Map<String, Object> values = new HashMap<>();
    for (String name : typed.keySet()) {
      TypedValue value = typed.getValueTyped(name);
      values.put(name, value instanceof FileValue ? value : value == null ? null : value.getValue());
    }
    return values;
  }

  /** Longest part of a submitted value a message repeats: enough to recognise it, never the whole of a huge one. */
  public static final int QUOTE_LENGTH = 60;

  /** A submitted value as messages quote it: at most {@value #QUOTE_LENGTH} characters, then "…". */
  public static String quote(Object value) {
    String text = String.valueOf(value);
    return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
  }

  public Object raw(String name) {
    return values.apply(name);
  }

  public Object raw(ProcessVariable<?> variable) {
    return raw(variable.name());
  }

  public String requiredText(ProcessVariable<String> variable, String label, int maxLength) {
    return requiredText(variable.name(), label, maxLength);
  }

  public String optionalText(ProcessVariable<String> variable, String label, int maxLength) {
    return optionalText(variable.name(), label, maxLength);
  }

  public LocalDate requiredDate(ProcessVariable<LocalDate> variable, String label) {
    return requiredDate(variable.name(), label);
  }

  public LocalDate optionalDate(ProcessVariable<LocalDate> variable, String label) {
    return optionalDate(variable.name(), label);
  }

  public LocalTime requiredTime(ProcessVariable<LocalTime> variable, String label) {
    return requiredTime(variable.name(), label);
  }

  public <E extends Enum<E>> E requiredChoice(ProcessVariable<E> variable, String label, Class<E> type) {
    return requiredChoice(variable.name(), label, type);
  }

  public <E extends Enum<E>> E optionalChoice(ProcessVariable<E> variable, String label, Class<E> type) {
    return optionalChoice(variable.name(), label, type);
  }

  public boolean flag(ProcessVariable<Boolean> variable) {
    return flag(variable.name());
  }

  public void violation(ProcessVariable<?> field, String message) {
    violation(field.name(), message);
  }

  public void check(boolean condition, ProcessVariable<?> field, String message) {
    check(condition, field.name(), message);
  }

  /** A non-blank text, or null after recording a violation. */
  public String requiredText(String name, String label, int maxLength) {
    Object raw = raw(name);
    if (raw == null || raw.toString().isBlank()) {
      violation(name, "Thiếu " + label + ".");
      return null;
    }
    return optionalText(name, label, maxLength);
  }

  public String optionalText(String name, String label, int maxLength) {
    Object value = raw(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      violation(name, label + " dài quá " + maxLength + " ký tự.");
      return null;
    }
    return text;
  }

  public LocalDate requiredDate(String name, String label) {
    String text = requiredText(name, label, 40);
    return text == null ? null : date(name, label, text);
  }

  public LocalDate optionalDate(String name, String label) {
    String text = optionalText(name, label, 40);
    return text == null ? null : date(name, label, text);
  }

  private LocalDate date(String name, String label, String text) {
    try {
      // Date fields of forms send "2022-05-16"; other systems may send a timestamp, read as a day in Hà Nội.
      return ProcessVariables.day(text);
    } catch (DateTimeException e) {
      violation(name, label + " phải là ngày theo dạng năm-tháng-ngày (ví dụ 2022-05-16), nhận được '" + quote(text) + "'.");
      return null;
    }
  }

  public LocalTime requiredTime(String name, String label) {
    String text = requiredText(name, label, 20);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      violation(name, label + " phải là giờ theo dạng 24 giờ HH:mm (ví dụ 14:00), nhận được '" + quote(text) + "'.");
      return null;
    }
  }

  public Integer requiredInteger(ProcessVariable<Integer> variable, String label, int min, int max) {
    return requiredInteger(variable.name(), label, min, max);
  }

  /**
   * A whole number from {@code min} to {@code max}: forms send a number, other systems a number or its digits; a
   * fraction or anything else is refused with what was received.
   */
  public Integer requiredInteger(String name, String label, int min, int max) {
    Object raw = raw(name);
    if (raw == null || raw.toString().isBlank()) {
      violation(name, "Thiếu " + label + ".");
      return null;
    }
    long value;
    try {
      value = raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
          ? number.longValue() : Long.parseLong(raw.toString().strip());
    } catch (NumberFormatException e) {
      violation(name, label + " phải là số nguyên, nhận được '" + quote(raw) + "'.");
      return null;
    }
    if (value < min || value > max) {
      violation(name, label + " phải từ " + min + " đến " + max + ", nhận được " + value + ".");
      return null;
    }
    return (int) value;
  }

  /** One of the allowed codes; the message lists them. */
  public <E extends Enum<E>> E requiredChoice(String name, String label, Class<E> type) {
    String text = requiredText(name, label, 60);
    return text == null ? null : choice(name, label, type, text);
  }

  public <E extends Enum<E>> E optionalChoice(String name, String label, Class<E> type) {
    String text = optionalText(name, label, 60);
    return text == null ? null : choice(name, label, type, text);
  }

  private <E extends Enum<E>> E choice(String name, String label, Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    violation(name, label + " chỉ nhận một trong các giá trị " + List.of(type.getEnumConstants()) + ", nhận được '"
        + quote(text) + "'.");
    return null;
  }

  public boolean flag(String name) {
    Object value = raw(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public void violation(String field, String message) {
    violations.add(new Violation(field, message));
  }

  public void check(boolean condition, String field, String message) {
    if (!condition) {
      violation(field, message);
    }
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  /** Throws when anything was recorded, so callers inside the engine roll the transaction back. */
  public void throwIfInvalid(String what) {
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException(what, violations);
    }
  }

  public static String join(Collection<Violation> violations) {
    return String.join(" ", violations.stream().map(Violation::message).toList());
  }
}
