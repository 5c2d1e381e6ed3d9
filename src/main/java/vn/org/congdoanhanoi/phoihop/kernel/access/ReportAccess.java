package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;

/**
 * The access rules of every report, for the API and the report pages alike. Reports read Camunda's history
 * across all units, which a district user may not read through Camunda's own authorizations; so the rules are
 * applied here and the reading itself runs {@link #unrestricted without} the user's engine authorizations.
 */
@Component
@RequiredArgsConstructor
public class ReportAccess {

  /** Groups whose members may issue a numbered document on demand. */
  static final Set<String> ISSUING_GROUPS = Set.of(Groups.CITY_STANDING, Groups.CITY_OFFICE, Groups.ADMINISTRATORS);

  private final CurrentUser currentUser;
  private final IdentityService identityService;

  public ReportScope scope() {
    return currentUser.scope();
  }

  /** What members of these groups see: {@link AccessPolicy}. */
  public static ReportScope scopeOf(List<String> groupIds) {
    return AccessPolicy.scopeOf(groupIds);
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
