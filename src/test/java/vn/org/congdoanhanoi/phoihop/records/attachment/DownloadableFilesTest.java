package vn.org.congdoanhanoi.phoihop.records.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

/** Who downloads a unit's files: the unit's federation and Party committee, and the city-wide groups declared. */
class DownloadableFilesTest {

  final DownloadableFiles petitions = new DownloadableFiles("dialogue-conferences", "thanhpho", "unit-petition",
      List.of("petitionScan"), "hội nghị đối thoại", (number, unit) -> number + "/" + unit);

  @Test
  void theUnitsOwnPeopleAndWhoeverSeesEveryUnitMayDownloadNobodyElse() {
    assertThat(petitions.allows(List.of(Groups.federation("gialam")), "gialam")).isTrue();
    assertThat(petitions.allows(List.of(Groups.partyCommittee("gialam")), "gialam")).isTrue();
    for (String city : List.of(Groups.CITY_OFFICE, Groups.CITY_STANDING, Groups.CITY_DEPARTMENTS, Groups.ADMINISTRATORS)) {
      assertThat(petitions.allows(List.of("other", city), "gialam")).as(city).isTrue();
    }
    assertThat(petitions.allows(List.of(Groups.federation("socson")), "gialam")).isFalse();
    assertThat(petitions.allows(List.of(), "gialam")).isFalse();
  }

  @Test
  void theBusinessKeyOfAUnitsProcessIsTheFamilys() {
    assertThat(petitions.unitBusinessKey().apply("15/KH-LĐLĐ", "gialam")).isEqualTo("15/KH-LĐLĐ/gialam");
  }
}
