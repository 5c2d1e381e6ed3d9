package vn.org.congdoanhanoi.phoihop.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Group ids are built and read back by {@link Groups} only, and the models' candidate groups follow its rules. */
class GroupsTest {

  @Test
  void aUnitsGroupsAreBuiltAndReadBack() {
    assertThat(Groups.federation("gialam")).isEqualTo("gialam-federation");
    assertThat(Groups.partyCommittee("gialam")).isEqualTo("gialam-party");
    assertThat(Groups.federationUnit("gialam-federation")).contains("gialam");
    assertThat(Groups.partyCommitteeUnit("gialam-party")).contains("gialam");
    assertThat(Groups.unitOf(Groups.federation("dukhoicoquan"))).contains("dukhoicoquan");
    assertThat(Groups.unitOf(Groups.partyCommittee("dukcn"))).contains("dukcn");
    assertThat(Groups.federationUnit("gialam-party")).isEmpty();
    assertThat(Groups.partyCommitteeUnit("gialam-federation")).isEmpty();
  }

  @Test
  void aClusterLeadsGroupCarriesItsYearAndClusterAndIsNoUnitsGroup() {
    String lead = Groups.clusterLead(2022, "cum3");
    assertThat(lead).isEqualTo("cluster-2022-cum3-lead");
    assertThat(Groups.clusterLeadOf(lead)).contains(new Groups.ClusterLead(2022, "cum3"));
    assertThat(Groups.unitOf(lead)).isEmpty();
    assertThat(Groups.clusterLeadOf("gialam-federation")).isEmpty();
  }

  @Test
  void cityAndOtherGroupsBelongToNoUnit() {
    for (String group : List.of(Groups.CITY_STANDING, Groups.CITY_OFFICE, Groups.CITY_DEPARTMENTS,
        Groups.ADMINISTRATORS, "-federation", "-party", "someone-else")) {
      assertThat(Groups.unitOf(group)).as(group).isEmpty();
      assertThat(Groups.clusterLeadOf(group)).as(group).isEmpty();
    }
  }

  @Test
  void everyRoleHasItsGroup() {
    assertThat(Groups.forRole(Role.FEDERATION, "gialam")).isEqualTo("gialam-federation");
    assertThat(Groups.forRole(Role.PARTY_COMMITTEE, "gialam")).isEqualTo("gialam-party");
    assertThat(Groups.forRole(Role.CITY_STANDING, "thanhpho")).isEqualTo(Groups.CITY_STANDING);
    assertThat(Groups.forRole(Role.CITY_OFFICE, "thanhpho")).isEqualTo(Groups.CITY_OFFICE);
    assertThat(Groups.forRole(Role.CITY_DEPARTMENT, "thanhpho")).isEqualTo(Groups.CITY_DEPARTMENTS);
    assertThat(Groups.CITY_FEDERATION).containsExactlyInAnyOrder(Groups.CITY_STANDING, Groups.CITY_OFFICE,
        Groups.CITY_DEPARTMENTS);
  }

  @Test
  void aGrassrootsUnionsAndADepartmentsGroupsAreBuiltAndReadBackAndBelongToNoUnit() {
    assertThat(Groups.grassrootsUnion("gl-dienluc")).isEqualTo("gl-dienluc-union");
    assertThat(Groups.department("gl-ldtbxh")).isEqualTo("gl-ldtbxh-department");
    assertThat(Groups.grassrootsUnionOf("gl-dienluc-union")).contains("gl-dienluc");
    assertThat(Groups.departmentOf("gl-ldtbxh-department")).contains("gl-ldtbxh");
    assertThat(Groups.forRole(Role.GRASSROOTS_UNION, "gialam", "gl-dienluc")).isEqualTo("gl-dienluc-union");
    assertThat(Groups.forRole(Role.DEPARTMENT, "gialam", "gl-ldtbxh")).isEqualTo("gl-ldtbxh-department");
    for (String group : List.of("gl-dienluc-union", "gl-ldtbxh-department")) {
      assertThat(Groups.unitOf(group)).as(group).isEmpty();
    }
    assertThat(Groups.grassrootsUnionOf("gialam-federation")).isEmpty();
    assertThat(Groups.departmentOf("-department")).isEmpty();
    assertThat(AccessPolicy.scopeOf(List.of("gl-dienluc-union")))
        .isEqualTo(new ReportScope(false, java.util.Set.of(), java.util.Set.of("gl-dienluc"), java.util.Set.of()));
  }

  /** The models write unit groups as expressions ({@code ${unitCode}-federation}): the same rule as the code. */
  @Test
  void everyCandidateGroupOfTheModelsIsACityGroupAnExpressionOrAUnitGroupBuiltAsGroupsBuildsIt() throws IOException {
    Pattern candidateGroups = Pattern.compile("camunda:candidateGroups=\"([^\"]*)\"");
    Pattern unitExpression = Pattern.compile("(\\$\\{[^}]+})(.+)");
    List<String> tokens;
    try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
      tokens = models.filter(p -> p.toString().endsWith(".bpmn")).flatMap(GroupsTest::read)
          .flatMap(text -> candidateGroups.matcher(text).results().map(m -> m.group(1)))
          .flatMap(list -> Stream.of(list.split(","))).map(String::strip).toList();
    }
    assertThat(tokens).isNotEmpty();
    for (String token : tokens) {
      Matcher unit = unitExpression.matcher(token);
      if (unit.matches()) {
        String placeholder = unit.group(1);
        assertThat(token).as(token).isIn(Groups.federation(placeholder), Groups.partyCommittee(placeholder),
            Groups.grassrootsUnion(placeholder), Groups.department(placeholder));
      } else if (!token.startsWith("${")) {
        assertThat(Groups.CITY_FEDERATION).as(token).contains(token);
      }
    }
  }

  private static Stream<String> read(Path model) {
    try {
      return Stream.of(Files.readString(model));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
