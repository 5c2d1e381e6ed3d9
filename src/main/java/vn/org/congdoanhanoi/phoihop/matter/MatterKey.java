package vn.org.congdoanhanoi.phoihop.matter;

import java.util.Objects;

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
}
