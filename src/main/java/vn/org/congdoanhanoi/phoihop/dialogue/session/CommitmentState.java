package vn.org.congdoanhanoi.phoihop.dialogue.session;

/** Where a commitment (a conclusion that commits a department to act by a date) stands, as the read model shows it. */
public enum CommitmentState {
  OPEN("Chưa báo cáo"),
  IN_PROGRESS("Đang thực hiện"),
  REPORTED_DONE("Đã báo cáo hoàn thành, chờ LĐLĐ xác nhận"),
  SENT_BACK("LĐLĐ đề nghị báo cáo lại"),
  DONE("Đã hoàn thành"),
  EXCUSED("Được miễn");

  private final String label;

  CommitmentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
