package vn.org.congdoanhanoi.phoihop.organization;


/** The administrative kind of a district-level locality, as written in Vietnamese names. */
public enum LocalityType {
  QUAN("quận"),
  HUYEN("huyện"),
  THI_XA("thị xã");

  private final String label;

  LocalityType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
