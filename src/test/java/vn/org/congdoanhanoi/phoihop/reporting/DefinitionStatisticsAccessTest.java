package vn.org.congdoanhanoi.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.WebappSession;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * Attack: a district user reads the instance counts of every unit through Camunda's statistics. Only city-wide
 * users (city office, standing committee, departments, administrators; see {@link ReportAccess}) may.
 */
@PostgresIntegrationTest
class DefinitionStatisticsAccessTest {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Test
  void aDistrictUserIsRefusedEveryStatistic() {
    String id = campaignDefinitionId();
    for (String user : new String[] {"hoankiem.ldld", "hoankiem.capuy"}) {
      RestCaller district = RestCaller.demo(port, user);
      for (String path : new String[] {"/engine-rest/process-definition/statistics",
          "/engine-rest/process-definition/statistics?rootIncidents=true",
          "/engine-rest/process-definition/" + id + "/statistics",
          "/engine-rest/process-definition/key/" + SigningCampaign.KEY + "/statistics"}) {
        RestCaller.Response answer = district.get(path);
        assertThat(answer.status()).as("%s %s: %s", user, path, answer).isEqualTo(403);
        assertThat(answer.body()).as(path).contains("Thành phố").doesNotContain("instances\"");
      }
    }
  }

  @Test
  void theWebappsApiRefusesThemToo() {
    String api = "/camunda/api/engine/engine/default/process-definition";
    WebappSession district = WebappSession.login(port, "hoankiem.ldld", RestCaller.DEMO_PASSWORD);
    RestCaller.Response refused = district.get(api + "/statistics");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("Thành phố");
    assertThat(district.get(api + "/" + campaignDefinitionId() + "/statistics").status()).isEqualTo(403);
    WebappSession office = WebappSession.login(port, "vanphong", RestCaller.DEMO_PASSWORD);
    assertThat(office.get(api + "/statistics").status()).isEqualTo(200);
  }

  @Test
  void theCityReadsThem() {
    String id = campaignDefinitionId();
    for (String user : new String[] {"vanphong", "thuongtruc"}) {
      RestCaller city = RestCaller.demo(port, user);
      assertThat(city.get("/engine-rest/process-definition/statistics").status()).isEqualTo(200);
      assertThat(city.get("/engine-rest/process-definition/" + id + "/statistics").status()).isEqualTo(200);
    }
    assertThat(RestCaller.admin(port).get("/engine-rest/process-definition/statistics").status()).isEqualTo(200);
  }

  private String campaignDefinitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(SigningCampaign.KEY)
        .latestVersion().singleResult().getId();
  }
}
