package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;

/**
 * A department of a district People's Committee (phòng, ban UBND huyện), e.g. Phòng Lao động – Thương binh và Xã
 * hội, that answers workers' petitions. {@code topics} are the petition topic codes it answers by default in its
 * district: opaque to the organisation (the family that asks owns their meaning); one department per topic and
 * district.
 */
public record Department(String code, String districtCode, String name, String email, List<String> topics,
                         boolean exampleData) {

  public Department {
    topics = List.copyOf(topics);
  }
}
