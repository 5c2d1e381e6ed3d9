package vn.org.congdoanhanoi.phoihop.directive;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;

/**
 * Who acts for the issuer of a directive: the city office for the city federation ({@code thanhpho}); a unit's
 * federation and Party committee for a unit. Used in the models as {@code ${directiveIssuers.groups(issuer)}}.
 */
@Component("directiveIssuers")
@RequiredArgsConstructor
public class DirectiveIssuers {

  private final OrganizationDirectory organization;

  /** Candidate groups of the issuer's tasks (the obstacle review, the closing summary). */
  public String groups(String issuer) {
    return MatterKey.CITY_FEDERATION.equals(issuer) ? Groups.CITY_OFFICE
        : Groups.federation(issuer) + "," + Groups.partyCommittee(issuer);
  }

  /** The issuer's name for documents: "Liên đoàn Lao động Thành phố Hà Nội" or the unit's federation. */
  public String name(String issuer) {
    return MatterKey.CITY_FEDERATION.equals(issuer) ? "Liên đoàn Lao động Thành phố Hà Nội"
        : organization.federation(issuer);
  }
}
