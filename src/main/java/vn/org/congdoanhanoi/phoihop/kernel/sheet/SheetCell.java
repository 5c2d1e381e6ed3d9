package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One cell of a data row, given or not, with the typed reads of an import. Like the YAML reader's values, a read that
 * finds a wrong value reports it (line, column letter, header, what to write) and answers {@code null}, so the caller
 * goes on and every mistake of the file is listed at once. Text is already NFC-normalised and stripped; a blank cell
 * is no value.
 */
public final class SheetCell {

  private static final int QUOTE_LENGTH = 60;
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n]");

  private final Sheet sheet;
  private final int line;
  private final int column;
  private final String header;
  private final String text;

  SheetCell(Sheet sheet, int line, int column, String header, String text) {
    this.sheet = sheet;
    this.line = line;
    this.column = column;
    this.header = header;
    this.text = text;
  }

  public int line() {
    return line;
  }

  /** The column letter as the spreadsheet shows it ("A", "AB"); {@code null} for an optional column the file lacks. */
  public String columnLetter() {
    return column == 0 ? null : letter(column);
  }

  public String header() {
    return header;
  }

  public boolean isGiven() {
    return !text.isEmpty();
  }

  /** The text, "" when the cell is blank. */
  public String text() {
    return text;
  }

  public void problem(String message) {
    sheet.problem(line, columnLetter(), header, message);
  }

  public String requiredText() {
    if (!isGiven()) {
      problem("không được để trống");
      return null;
    }
    return text;
  }

  public String requiredText(Pattern form, String hint) {
    return matching(requiredText(), form, hint);
  }

  public String optionalText() {
    return isGiven() ? text : null;
  }

  public String optionalText(Pattern form, String hint) {
    return matching(optionalText(), form, hint);
  }

  /** A day written 30/4/2025 (as people write it) or 2025-04-30; Excel's date cells arrive as the latter. */
  public LocalDate requiredDate() {
    String value = requiredText();
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem("giá trị '" + quote(value) + "' không phải ngày hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 30/4/2025");
      return null;
    }
  }

  /** Items separated by commas, semicolons or line breaks in one cell ("A, B; C"); empty when the cell is blank. */
  public List<String> list() {
    return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  private String matching(String value, Pattern form, String hint) {
    if (value != null && !form.matcher(value).matches()) {
      problem("giá trị '" + quote(value) + "' " + hint);
      return null;
    }
    return value;
  }

  static String quote(String value) {
    return value.length() <= QUOTE_LENGTH ? value : value.substring(0, QUOTE_LENGTH) + "…";
  }

  /** 1 → A, 26 → Z, 27 → AA. */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
