package vn.org.congdoanhanoi.phoihop.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;

/** Who sees which rows: the city every unit, a district's federation and Party committee their own unit. */
class ReportAccessTest {

  @Test
  void cityGroupsSeeEveryUnit() {
    for (String group : List.of("city-standing", "city-office", "city-departments", "camunda-admin")) {
      ReportScope scope = ReportAccess.scopeOf(List.of(group));
      assertThat(scope.cityWide()).as(group).isTrue();
      assertThat(scope.sees("gialam")).isTrue();
    }
  }

  @Test
  void aDistrictSeesOnlyItself() {
    ReportScope federation = ReportAccess.scopeOf(List.of("gialam-federation", "cluster-2022-cum3-lead"));
    assertThat(federation.cityWide()).isFalse();
    assertThat(federation.unitCodes()).containsExactly("gialam");
    assertThat(federation.sees("donganh")).isFalse();
    assertThat(ReportAccess.scopeOf(List.of("gialam-party")).unitCodes()).containsExactly("gialam");
  }

  @Test
  void someoneInNoUnitSeesNothing() {
    ReportScope scope = ReportAccess.scopeOf(List.of());
    assertThat(scope.cityWide()).isFalse();
    assertThat(scope.unitCodes()).isEmpty();
  }
}
