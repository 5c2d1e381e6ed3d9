package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;

class OrganizationDirectoryTest {

  final AtomicInteger loads = new AtomicInteger();
  final OrganizationRepository repository = new OrganizationRepository(null, null) {
    @Override
    public Organization load() {
      loads.incrementAndGet();
      return new Organization(List.of(new Unit("hoankiem", UnitKind.DISTRICT, LocalityType.QUAN, "Hoàn Kiếm",
          "Liên đoàn Lao động quận Hoàn Kiếm", "Quận ủy Hoàn Kiếm", null, null, true, false)), List.of(), List.of());
    }
  };

  @Test
  void manyQuestionsInAStepReadTheTablesOnceAndAnImportIsSeenAtOnce() {
    OrganizationDirectory directory = new OrganizationDirectory(repository);
    for (int i = 0; i < 32; i++) {
      assertThat(directory.federation("hoankiem")).isEqualTo("Liên đoàn Lao động quận Hoàn Kiếm");
    }
    assertThat(loads).hasValue(1);
    directory.invalidate();
    assertThat(directory.federation("khongco")).isEqualTo("khongco");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aUnitsClusterIsTheOneOfThatYear() {
    Unit gialam = new Unit("gialam", UnitKind.DISTRICT, LocalityType.HUYEN, "Gia Lâm", "Liên đoàn Lao động huyện Gia Lâm",
        "Huyện ủy Gia Lâm", null, null, true, false);
    OrganizationDirectory directory = new OrganizationDirectory(new OrganizationRepository(null, null) {
      @Override
      public Organization load() {
        return new Organization(List.of(gialam), List.of(
            new Cluster(2022, "cum-3", "Cụm Thi đua số 3", "gialam", List.of("gialam"), false),
            new Cluster(2023, "cum-5", "Cụm Thi đua số 5", "gialam", List.of("gialam"), false)), List.of());
      }
    });
    assertThat(directory.unit("gialam")).contains(gialam);
    assertThat(directory.clusterOf(2022, "gialam")).map(Cluster::code).contains("cum-3");
    assertThat(directory.clusterOf(2023, "gialam")).map(Cluster::code).contains("cum-5");
    assertThat(directory.clusterOf(2024, "gialam")).isEmpty();
    assertThat(directory.clusterOf(2022, "hoankiem")).isEmpty();
  }
}
