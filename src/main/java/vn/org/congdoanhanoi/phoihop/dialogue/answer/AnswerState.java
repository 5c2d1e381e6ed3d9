package vn.org.congdoanhanoi.phoihop.dialogue.answer;

/** Where a petition's answer stands on its department's sheet. */
public enum AnswerState {
  NONE("Chưa trả lời"),
  DRAFT("Đã soạn trả lời"),
  SENT_BACK("Văn phòng HĐND và UBND đề nghị sửa"),
  APPROVED("Đã duyệt");

  private final String label;

  AnswerState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
