package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;

/** An emulation cluster (Cụm Thi đua) for one year, with its lead unit (Cụm trưởng) and member units. */
public record Cluster(int year, String code, String name, String leadUnitCode, List<String> memberUnitCodes,
                      boolean exampleData) {

  public Cluster {
    memberUnitCodes = List.copyOf(memberUnitCodes);
  }
}
