package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.Set;

/**
 * What a user may see in reports: the city (standing committee, office, departments, administrators) sees every
 * unit; a district's federation or Party committee sees its own unit only.
 */
public record ReportScope(boolean cityWide, Set<String> unitCodes) {

  public ReportScope {
    unitCodes = Set.copyOf(unitCodes);
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
}
