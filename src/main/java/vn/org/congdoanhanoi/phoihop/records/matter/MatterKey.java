package vn.org.congdoanhanoi.phoihop.records.matter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;

/**
 * Who a matter is: the organisation that issued the letter, the year it was issued and its number and symbol
 * ("222/LĐLĐ"). Numbers restart every year (Nghị định 30/2020), so the number alone names a different letter
 * each year; these three together name one letter, which launches at most one matter.
 */
public record MatterKey(String issuerCode, int year, String number) {

  /** The Hanoi Labour Federation itself, the issuer of every signing campaign. */
  public static final String CITY_FEDERATION = "thanhpho";

  public MatterKey {
    Objects.requireNonNull(issuerCode, "issuerCode");
    Objects.requireNonNull(number, "number");
    number = number.strip();
  }

  /** For messages: "văn bản số 222/LĐLĐ năm 2025". */
  public String describe() {
    return "văn bản số " + number + " năm " + year;
  }

  /**
   * An optional year parameter naming which year's letter is meant (null when absent: the most recent one).
   * Anything but a four-digit year is refused with 400 naming the parameter, e.g. {@code year} or the report
   * pages' {@code nam}.
   */
  public static Integer parseYear(String text, String parameter) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("[0-9]{4}")) {
      String message = "Năm của văn bản (" + parameter + ") phải là năm 4 chữ số, ví dụ 2022; bỏ trống để lấy văn "
          + "bản gần nhất.";
      throw new InvalidRequestException(message, List.of(Map.of("field", parameter, "message", message)));
    }
    return Integer.valueOf(text.strip());
  }
}
