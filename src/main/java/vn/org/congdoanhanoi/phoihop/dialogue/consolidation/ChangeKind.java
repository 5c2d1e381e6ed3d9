package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

/** What the federation did to a petition, as its trail shows it. */
public enum ChangeKind {
  MERGE("Gộp kiến nghị trùng"),
  SPLIT("Tách kiến nghị"),
  EDIT("Sửa nội dung"),
  ASSIGN("Giao phòng, ban trả lời"),
  /** The chairman's office approved the department's answer (dialogue.answer). */
  ANSWER("Trả lời kiến nghị"),
  // the conference (dialogue.session)
  ORAL_ANSWER("Trả lời tại Hội nghị"),
  FOLLOW_UP("Theo dõi thực hiện kết luận"),
  // the end of the conference (dialogue.closing)
  CLOSE("Kết thúc kiến nghị");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
