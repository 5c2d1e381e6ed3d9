package vn.org.congdoanhanoi.phoihop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The layering of phoihop, as rules over a root package: families (one per kind of coordination work) on top of
 * capabilities (organisation, notification, follow-up, meeting, records, reporting, and the platform's perimeter
 * and submission guard) on top of the kernel. Arrows point down only, and no two top-level packages depend on each
 * other in a circle. The same rules run over the product and over a small fixture that breaks each of them.
 */
final class ModuleBoundaries {

  static final String KERNEL = "kernel";
  static final List<String> CAPABILITIES =
      List.of("organization", "notification", "followup", "meeting", "records", "reporting", "platform", "validation");
  static final List<String> FAMILIES = List.of("signing", "dialogue", "programme", "directive");

  private ModuleBoundaries() {}

  static List<ArchRule> rules(String root) {
    List<ArchRule> rules = new ArrayList<>();
    rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
        .as("top-level packages of " + root + " form no cycle"));
    List<String> aboveKernel = new ArrayList<>(CAPABILITIES);
    aboveKernel.addAll(FAMILIES);
    rules.add(noClasses().that().resideInAPackage(root + "." + KERNEL + "..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(root, aboveKernel))
        .allowEmptyShould(true)
        .as("the kernel depends on no capability and no family"));
    rules.add(noClasses().that().resideInAnyPackage(packages(root, CAPABILITIES))
        .should().dependOnClassesThat().resideInAnyPackage(packages(root, FAMILIES))
        .allowEmptyShould(true)
        .as("capabilities depend on no process family"));
    for (String family : FAMILIES) {
      List<String> others = new ArrayList<>(FAMILIES);
      others.remove(family);
      rules.add(noClasses().that().resideInAPackage(root + "." + family + "..")
          .should().dependOnClassesThat().resideInAnyPackage(packages(root, others))
          .allowEmptyShould(true)
          .as("the " + family + " family depends on no other family"));
    }
    return rules;
  }

  private static String[] packages(String root, List<String> modules) {
    return modules.stream().map(module -> root + "." + module + "..").toArray(String[]::new);
  }
}
