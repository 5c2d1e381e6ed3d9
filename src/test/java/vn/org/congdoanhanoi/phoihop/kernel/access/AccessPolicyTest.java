package vn.org.congdoanhanoi.phoihop.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One answer to "who sees every unit", group by group. */
class AccessPolicyTest {

  @Test
  void theCityStandingCommitteeIsCityWide() {
    assertCityWide(Groups.CITY_STANDING);
  }

  @Test
  void theCityOfficeIsCityWide() {
    assertCityWide(Groups.CITY_OFFICE);
  }

  @Test
  void theHeadsOfTheCityDepartmentsAreCityWide() {
    assertCityWide(Groups.CITY_DEPARTMENTS);
  }

  @Test
  void administratorsAreCityWide() {
    assertCityWide(Groups.ADMINISTRATORS);
  }

  @Test
  void aUnitsFederationSeesItsUnitOnly() {
    assertUnitOnly(Groups.federation("gialam"));
  }

  @Test
  void aUnitsPartyCommitteeSeesItsUnitOnly() {
    assertUnitOnly(Groups.partyCommittee("gialam"));
  }

  @Test
  void aClusterLeadSeesNoMoreThanItsOwnUnit() {
    ReportScope lead = AccessPolicy.scopeOf(List.of(Groups.federation("gialam"), Groups.clusterLead(2022, "cum3")));
    assertThat(lead.cityWide()).isFalse();
    assertThat(lead.unitCodes()).containsExactly("gialam");
    assertThat(AccessPolicy.scopeOf(List.of(Groups.clusterLead(2022, "cum3"))).unitCodes()).isEmpty();
  }

  @Test
  void someoneInNoKnownGroupSeesNothing() {
    for (List<String> groups : List.of(List.<String>of(), List.of("someone-else"))) {
      ReportScope scope = AccessPolicy.scopeOf(groups);
      assertThat(scope.cityWide()).isFalse();
      assertThat(scope.unitCodes()).isEmpty();
      assertThat(AccessPolicy.sees(groups, "gialam")).isFalse();
    }
  }

  private static void assertCityWide(String group) {
    assertThat(AccessPolicy.isCityWideGroup(group)).as(group).isTrue();
    assertThat(AccessPolicy.cityWide(List.of(group))).as(group).isTrue();
    assertThat(AccessPolicy.sees(List.of(group), "gialam")).as(group).isTrue();
    assertThat(AccessPolicy.sees(List.of(group), "dukcn")).as(group).isTrue();
  }

  private static void assertUnitOnly(String group) {
    assertThat(AccessPolicy.isCityWideGroup(group)).as(group).isFalse();
    assertThat(AccessPolicy.sees(List.of(group), "gialam")).as(group).isTrue();
    assertThat(AccessPolicy.sees(List.of(group), "donganh")).as(group).isFalse();
    assertThat(AccessPolicy.scopeOf(List.of(group)).unitCodes()).containsExactly("gialam");
  }
}
