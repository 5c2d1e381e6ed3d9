package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese official documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
public final class VietnameseDates {

  /** Dates in tables and in the body of a document: 08/06/2022. */
  public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {}

  /**
   * "Hà Nội, ngày 05 tháng 02 năm 2022": the place and date line under the national motto. Days below 10 and the
   * months January and February take a leading zero, so the written date cannot be altered by hand
   * ("tháng 1" into "tháng 12"); other months do not ("ngày 30 tháng 6 năm 2022").
   */
  public static String placeAndDate(String place, LocalDate date) {
    return place + ", " + inWords(date);
  }

  /** "ngày 30 tháng 6 năm 2022". */
  public static String inWords(LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return "ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  public static String shortDate(LocalDate date) {
    return date == null ? "" : SHORT.format(date);
  }
}
