package vn.org.congdoanhanoi.phoihop.reporting;


/**
 * How a unit stands against one milestone's due date. The order is the severity: a row's overall status is the
 * most severe of its cells.
 */
public enum CellStatus {
  /** Not applicable: the unit will not reach this milestone (for instance it decided not to sign). */
  NOT_APPLICABLE("Không thực hiện", "Không thực hiện"),
  /** Done by the due date, or not done yet with more than the at-risk margin left. */
  ON_TIME("Đúng hạn", "Trong hạn"),
  /**
   * Cannot be judged: the due date, or the working days left until it, needs a year the holiday file lacks. Shown
   * as such (with the year to add), never judged on calendar days; less severe than what is known to be at risk.
   */
  NO_CALENDAR("Thiếu lịch ngày nghỉ", "Thiếu lịch ngày nghỉ"),
  /** Not done, and the due date is at most the at-risk margin (working days) away. */
  AT_RISK("Sắp đến hạn", "Sắp đến hạn"),
  /** Done after the due date, or not done and the due date has passed. */
  OVERDUE("Quá hạn", "Quá hạn");

  private final String doneLabel;
  private final String openLabel;

  CellStatus(String doneLabel, String openLabel) {
    this.doneLabel = doneLabel;
    this.openLabel = openLabel;
  }

  /** "Đúng hạn" for a milestone done on time, "Trong hạn" for one still open with time left. */
  public String label(boolean done) {
    return done ? doneLabel : openLabel;
  }

  public CellStatus worse(CellStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
