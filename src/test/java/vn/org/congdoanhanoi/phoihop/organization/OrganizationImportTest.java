package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

@PostgresIntegrationTest
class OrganizationImportTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  OrganizationService organizationService;

  @Autowired
  IdentityService identityService;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  FilterService filterService;

  @Test
  void aBadFileIsRefusedNamingLineAndFieldAndNothingChanges() throws Exception {
    List<Object> before = snapshot();
    String bad = OrganizationFileParserTest.shippedFile()
        .replace("lead: gialam", "lead: khongco")
        .replace("email: gialam@congdoanhanoi.org.vn", "email: gialam-congdoanhanoi");

    RestCaller.Response response = RestCaller.admin(port).postText("/api/organization", "application/yaml", bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).contains("application/problem+json");
    JsonNode errors = response.json().get("errors");
    assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
    assertThat(errors.findValuesAsText("field")).contains("units[18].email", "clusters[2].lead");
    assertThat(errors.findValues("line")).allSatisfy(line -> assertThat(line.asInt()).isPositive());
    assertThat(response.json().get("detail").asText()).contains("không có dữ liệu nào được nhập");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void onlyAdministratorsMayReplaceTheOrganisation() throws Exception {
    RestCaller.Response response = RestCaller.demo(port, "vanphong")
        .postText("/api/organization", "application/yaml", OrganizationFileParserTest.shippedFile());
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("detail").asText()).contains("quản trị viên");
  }

  @Test
  void reimportingAndReapplyingTwiceCreatesNoDuplicates() throws Exception {
    RestCaller.Response response = RestCaller.admin(port)
        .postText("/api/organization", "application/yaml", OrganizationFileParserTest.shippedFile());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("units").asInt()).isEqualTo(34);
    List<Object> once = snapshot();

    organizationService.reapply();
    organizationService.reapply();

    assertThat(snapshot()).isEqualTo(once);
    assertThat(filterService.createFilterQuery().filterName("Việc của tôi").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.federation("hoankiem")).list())
        .extracting(u -> u.getId()).containsExactly("hoankiem.ldld");
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.clusterLead(2022, "cum3")).list())
        .extracting(u -> u.getId()).containsExactly("gialam.ldld");
  }

  @Test
  void signedInUsersReadUnitsButOnlyAdministratorsSeePeople() {
    JsonNode asDistrict = RestCaller.demo(port, "hoankiem.ldld").get("/api/organization").json();
    assertThat(asDistrict.get("units")).hasSize(34);
    assertThat(asDistrict.has("people")).isFalse();
    JsonNode asAdmin = RestCaller.admin(port).get("/api/organization").json();
    assertThat(asAdmin.get("people").findValuesAsText("username")).contains("nguyenbachau", "hoankiem.ldld");
  }

  /** Everything an import touches: organisation tables and Camunda's identity, counted and fingerprinted. */
  private List<Object> snapshot() {
    return List.of(
        jdbc.queryForList("select code, email, federation_name from org_unit order by code"),
        jdbc.queryForList("select cluster_year, code, lead_unit_code from org_cluster order by 1, 2"),
        jdbc.queryForObject("select count(*) from org_cluster_member", Long.class),
        jdbc.queryForObject("select count(*) from org_person", Long.class),
        identityService.createGroupQuery().count(),
        identityService.createUserQuery().count(),
        jdbc.queryForObject("select count(*) from act_id_membership", Long.class),
        authorizationService.createAuthorizationQuery().count(),
        filterService.createFilterQuery().count());
  }
}
