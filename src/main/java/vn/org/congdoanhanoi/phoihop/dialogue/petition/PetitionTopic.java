package vn.org.congdoanhanoi.phoihop.dialogue.petition;

/** The five topic groups of plan 477/KH-LĐLĐ (section V.2), in its order. */
public enum PetitionTopic {
  LIVING_JOBS_POLICY("Đời sống, việc làm, chế độ chính sách"),
  ADMIN_INSURANCE_EDUCATION_SECURITY("Thủ tục hành chính, bảo hiểm xã hội, giáo dục, an ninh trật tự"),
  SKILLED_WORKERS("Khuyến khích công nhân giỏi, lao động tay nghề cao"),
  INFRASTRUCTURE_HOUSING_HEALTH("Hạ tầng, nhà ở, nhà trẻ, chăm sóc sức khỏe"),
  OTHER("Ý kiến, kiến nghị khác");

  private final String label;

  PetitionTopic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
