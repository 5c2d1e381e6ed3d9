package vn.org.congdoanhanoi.phoihop.kernel.access;

import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;

/**
 * The access rules of every report, for the API and the report pages alike. Reports read Camunda's history
 * across all units, which a district user may not read through Camunda's own authorizations; so the rules are
 * applied here and the reading itself runs {@link #unrestricted without} the user's engine authorizations.
 */
@Component
public class ReportAccess {

  /** Groups whose members see every unit and the city-wide documents. */
  static final Set<String> CITY_GROUPS = Set.of(Groups.CITY_STANDING, Groups.CITY_OFFICE, Groups.CITY_DEPARTMENTS,
      Groups.ADMINISTRATORS);
  /** Groups whose members may issue a numbered document on demand. */
  static final Set<String> ISSUING_GROUPS = Set.of(Groups.CITY_STANDING, Groups.CITY_OFFICE, Groups.ADMINISTRATORS);

  private static final String FEDERATION_SUFFIX = Groups.federation("");
  private static final String PARTY_SUFFIX = Groups.partyCommittee("");

  private final CurrentUser currentUser;
  private final IdentityService identityService;

  ReportAccess(CurrentUser currentUser, IdentityService identityService) {
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  public ReportScope scope() {
    return scopeOf(currentUser.groupIds());
  }

  /** Pure rule, unit-tested: city groups see everything; "<unit>-federation" and "<unit>-party" their unit. */
  public static ReportScope scopeOf(List<String> groupIds) {
    if (groupIds.stream().anyMatch(CITY_GROUPS::contains)) {
      return ReportScope.city();
    }
    return ReportScope.units(groupIds.stream()
        .map(ReportAccess::unitOf)
        .filter(code -> code != null && !code.isEmpty())
        .collect(Collectors.toSet()));
  }

  private static String unitOf(String groupId) {
    if (groupId.endsWith(FEDERATION_SUFFIX)) {
      return groupId.substring(0, groupId.length() - FEDERATION_SUFFIX.length());
    }
    if (groupId.endsWith(PARTY_SUFFIX)) {
      return groupId.substring(0, groupId.length() - PARTY_SUFFIX.length());
    }
    return null;
  }

  public void requireCityWide() {
    if (!scope().cityWide()) {
      throw new ForbiddenException("Chỉ Thường trực, Văn phòng và các Ban của LĐLĐ Thành phố được xem báo cáo "
          + "chung của toàn Thành phố; đơn vị chỉ xem được số liệu của đơn vị mình.");
    }
  }

  public void requireUnit(String unitCode) {
    if (!scope().sees(unitCode)) {
      throw new ForbiddenException("Bạn chỉ xem được số liệu của đơn vị mình, không xem được đơn vị " + unitCode
          + ".");
    }
  }

  public void requireIssuer() {
    if (currentUser.groupIds().stream().noneMatch(ISSUING_GROUPS::contains)) {
      throw new ForbiddenException("Chỉ Thường trực và Văn phòng LĐLĐ Thành phố được cấp số và ban hành văn bản.");
    }
  }

  /** The signed-in user's id, for "issued by" in the register. */
  public String userId() {
    return currentUser.id();
  }

  /**
   * Runs a read or write of the engine as the system: after this class has checked the caller's rights, the
   * engine must not refuse history of other units or a variable update the user could not make in Cockpit.
   */
  public <T> T unrestricted(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
