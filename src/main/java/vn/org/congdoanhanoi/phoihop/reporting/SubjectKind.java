package vn.org.congdoanhanoi.phoihop.reporting;


/** What the rows of a matrix are, with the words its page and its spreadsheet use for them. */
public enum SubjectKind {
  UNIT("Mã đơn vị", "Đơn vị", "Số đơn vị đã thực hiện"),
  RECIPIENT("Mã nơi nhận", "Nơi nhận", "Số nơi nhận đã thực hiện"),
  PETITION("Mã kiến nghị", "Kiến nghị", "Số kiến nghị đã thực hiện");

  private final String codeHeading;
  private final String heading;
  private final String doneHeading;

  SubjectKind(String codeHeading, String heading, String doneHeading) {
    this.codeHeading = codeHeading;
    this.heading = heading;
    this.doneHeading = doneHeading;
  }

  /** The heading of the code column, e.g. "Mã đơn vị". */
  public String codeHeading() {
    return codeHeading;
  }

  /** The heading of the rows' column, e.g. "Đơn vị". */
  public String heading() {
    return heading;
  }

  /** The heading of the totals row, e.g. "Số đơn vị đã thực hiện". */
  public String doneHeading() {
    return doneHeading;
  }
}
