package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;

/**
 * A department of a district People's Committee (phòng, ban UBND huyện), e.g. Phòng Lao động – Thương binh và Xã
 * hội, that answers workers' petitions. {@code topics} are the petition topic codes it answers by default in its
 * district: opaque to the organisation (the family that asks owns their meaning); one department per topic and
 * district. {@code chairmansOffice} marks the office of the People's Committee and its chairman (Văn phòng HĐND và
 * UBND), at most one per district: it reviews the other departments' answers before they are sent.
 */
public record Department(String code, String districtCode, String name, String email, List<String> topics,
                         boolean exampleData, boolean chairmansOffice) {

  public Department {
    topics = List.copyOf(topics);
  }

  /** A department that is not the chairman's office. */
  public Department(String code, String districtCode, String name, String email, List<String> topics,
                    boolean exampleData) {
    this(code, districtCode, name, email, topics, exampleData, false);
  }
}
