package vn.org.congdoanhanoi.phoihop.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;

/**
 * The limits of a family's free-text fields, declared once: the validators check submissions with them and every
 * form that edits such a field carries the same maximum length and pattern (a test reads each form and compares), so
 * a user never types what the server will refuse, nor is stopped short of what it accepts.
 */
public final class TextRules {

  private final Map<String, Integer> maxLengths;
  private final Map<String, String> patterns;

  private TextRules(Map<String, Integer> maxLengths, Map<String, String> patterns) {
    this.maxLengths = Map.copyOf(maxLengths);
    this.patterns = Map.copyOf(patterns);
  }

  /** Field → most characters it may hold. */
  public static TextRules maxLengths(Map<ProcessVariable<String>, Integer> maxLengths) {
    return new TextRules(maxLengths.entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)), Map.of());
  }

  /**
   * These rules, plus a regular expression the whole text of {@code field} must match; written so that Java and the
   * browser's JavaScript read it alike, since the form checks the same expression.
   */
  public TextRules withPattern(ProcessVariable<String> field, String regex) {
    Pattern.compile(regex);
    Map<String, String> more = new HashMap<>(patterns);
    more.put(field.name(), regex);
    return new TextRules(maxLengths, more);
  }

  public int maxLength(ProcessVariable<String> field) {
    Integer max = maxLengths.get(field.name());
    if (max == null) {
      throw new IllegalArgumentException("No maximum length declared for the text field " + field);
    }
    return max;
  }

  /** The pattern the whole text of the field must match. */
  public Pattern pattern(ProcessVariable<String> field) {
    String regex = patterns.get(field.name());
    if (regex == null) {
      throw new IllegalArgumentException("No pattern declared for the text field " + field);
    }
    return Pattern.compile(regex);
  }

  /** By variable name, as the forms name their fields. */
  public Map<String, Integer> maxLengths() {
    return maxLengths;
  }

  public Map<String, String> patterns() {
    return patterns;
  }
}
