package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who sees what, decided once for reports, status answers, attachments, Cockpit and the engine's statistics: the
 * city federation (its standing committee, its office, the heads of its departments) and administrators are
 * <em>city-wide</em> and see every unit; a unit's federation and Party committee see their own unit only (with its
 * grassroots unions and departments); the people of a grassroots union or of a district department see their own
 * union's or department's things ({@link ReportScope#seesGrassrootsUnion}, {@link ReportScope#seesDepartment});
 * anyone else sees no unit. Seeing is not acting: who may start, issue, change deadlines or confirm is decided by each
 * action on its own groups.
 */
public final class AccessPolicy {

  /** Groups whose members see every unit. */
  public static final Set<String> CITY_WIDE_GROUPS = Set.of(Groups.CITY_STANDING, Groups.CITY_OFFICE,
      Groups.CITY_DEPARTMENTS, Groups.ADMINISTRATORS);

  private AccessPolicy() {}

  public static boolean isCityWideGroup(String groupId) {
    return CITY_WIDE_GROUPS.contains(groupId);
  }

  public static boolean cityWide(Collection<String> groupIds) {
    return groupIds.stream().anyMatch(AccessPolicy::isCityWideGroup);
  }

  /** Everything a member of these groups sees. */
  public static ReportScope scopeOf(Collection<String> groupIds) {
    if (cityWide(groupIds)) {
      return ReportScope.city();
    }
    return new ReportScope(false, codes(groupIds, Groups::unitOf), codes(groupIds, Groups::grassrootsUnionOf),
        codes(groupIds, Groups::departmentOf));
  }

  private static Set<String> codes(Collection<String> groupIds, Function<String, Optional<String>> reader) {
    return groupIds.stream().map(reader).flatMap(Optional::stream).collect(Collectors.toSet());
  }

  public static boolean sees(Collection<String> groupIds, String unitCode) {
    return scopeOf(groupIds).sees(unitCode);
  }
}
