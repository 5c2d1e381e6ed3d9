package vn.org.congdoanhanoi.phoihop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {

  private static final String PRODUCT = "vn.org.congdoanhanoi.phoihop";
  private static final String FIXTURE = "vn.org.congdoanhanoi.phoihop.architecture.fixture";

  @Test
  void theProductKeepsKernelCapabilitiesAndFamiliesApart() {
    JavaClasses product = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PRODUCT);
    assertThat(product.size()).isGreaterThan(200);
    for (ArchRule rule : ModuleBoundaries.rules(PRODUCT)) {
      rule.check(product);
    }
  }

  /** The fixture has a kernel that imports a capability, a cycle, and one family importing another. */
  @Test
  void theSameRulesCatchACycleAKernelImportAndAFamilyImport() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
    List<String> broken = ModuleBoundaries.rules(FIXTURE).stream()
        .filter(rule -> rule.evaluate(fixture).hasViolation())
        .map(ArchRule::getDescription)
        .collect(Collectors.toList());
    assertThat(broken).containsExactlyInAnyOrder(
        "top-level packages of " + FIXTURE + " form no cycle",
        "the kernel depends on no capability and no family",
        "capabilities depend on no process family",
        "the dialogue family depends on no other family");
    EvaluationResult cycle = ModuleBoundaries.rules(FIXTURE).get(0).evaluate(fixture);
    assertThat(cycle.getFailureReport().toString()).contains("organization").contains("kernel");
  }
}
