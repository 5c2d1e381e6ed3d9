package vn.org.congdoanhanoi.phoihop.dialogue.petition;

/** Where a petition stands, as the union and the federation see it. */
public enum PetitionState {
  RECEIVED("Đã tiếp nhận"),
  MERGED("Đã gộp"),
  ASSIGNED("Đã giao phòng, ban trả lời"),
  ANSWERED("Đã trả lời"),
  ANSWERED_AT_CONFERENCE("Đã trả lời tại Hội nghị"),
  FOLLOW_UP("Đang theo dõi thực hiện"),
  CLOSED("Đã kết thúc");

  private final String label;

  PetitionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
