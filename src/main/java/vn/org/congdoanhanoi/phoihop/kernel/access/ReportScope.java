package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.Set;

/**
 * What a user may see in reports: the city (standing committee, office, departments, administrators) sees every
 * unit; a district's federation or Party committee sees its own unit, with its grassroots unions and departments;
 * the people of a grassroots union or of a department see that union's or department's own things only.
 */
public record ReportScope(boolean cityWide, Set<String> unitCodes, Set<String> grassrootsUnionCodes,
                          Set<String> departmentCodes) {

  public ReportScope {
    unitCodes = Set.copyOf(unitCodes);
    grassrootsUnionCodes = Set.copyOf(grassrootsUnionCodes);
    departmentCodes = Set.copyOf(departmentCodes);
  }

  public ReportScope(boolean cityWide, Set<String> unitCodes) {
    this(cityWide, unitCodes, Set.of(), Set.of());
  }

  public static ReportScope city() {
    return new ReportScope(true, Set.of());
  }

  public static ReportScope units(Set<String> unitCodes) {
    return new ReportScope(false, unitCodes);
  }

  public boolean sees(String unitCode) {
    return cityWide || unitCodes.contains(unitCode);
  }

  /** A grassroots union's things: the city, its district's federation and Party committee, and its own people. */
  public boolean seesGrassrootsUnion(String districtCode, String grassrootsCode) {
    return sees(districtCode) || grassrootsUnionCodes.contains(grassrootsCode);
  }

  /** A department's things: the city, its district's federation and Party committee, and its own people. */
  public boolean seesDepartment(String districtCode, String departmentCode) {
    return sees(districtCode) || departmentCodes.contains(departmentCode);
  }
}
