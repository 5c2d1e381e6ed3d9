package vn.org.congdoanhanoi.phoihop.dialogue.session;

/**
 * The fixed agenda of a dialogue conference, as plan 477/KH-LĐLĐ (Gia Lâm, 24/4/2023, section II.2 "Chương trình
 * Hội nghị") sets it, in its order. The federation ticks the items held when it records the conference.
 */
public enum AgendaItem {
  OPENING("Tuyên bố lý do, giới thiệu đại biểu"),
  CHAIRS("Mời chủ trì Hội nghị: Đồng chí Chủ tịch Ủy ban nhân dân huyện, đồng chí Chủ tịch LĐLĐ huyện"),
  SITUATION_REPORT("Báo cáo tóm tắt tình hình CNVCLĐ và hoạt động công đoàn, những vấn đề khó khăn, vướng mắc cần "
      + "được tháo gỡ"),
  CHAIRMAN_DIALOGUE("Đồng chí Chủ tịch Ủy ban nhân dân huyện trao đổi, giải đáp các nội dung kiến nghị, đề xuất của "
      + "CNVCLĐ huyện và giao nhiệm vụ cho đội ngũ CNVCLĐ huyện"),
  CLOSING("Kết thúc Hội nghị");

  private final String label;

  AgendaItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
