package vn.org.congdoanhanoi.phoihop.kernel.time;


/**
 * A date outside the years of the holiday file. Refused rather than treated as an ordinary year: a deadline that
 * silently ignores Tết is worse than one that is not computed.
 */
public class YearNotCoveredException extends RuntimeException {

  private final int year;

  YearNotCoveredException(int year, String coveredYears) {
    super("Lịch ngày làm việc chưa có dữ liệu năm " + year + " (hiện có: " + coveredYears
        + "). Cần bổ sung ngày nghỉ lễ, Tết và ngày làm bù của năm " + year
        + " vào tệp ngày nghỉ (PHOIHOP_CALENDAR_FILE) rồi khởi động lại ứng dụng.");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
