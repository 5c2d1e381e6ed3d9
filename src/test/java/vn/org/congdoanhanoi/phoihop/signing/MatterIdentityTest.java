package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A letter is its issuer, year and number: numbers restart every year, so letter 222/LĐLĐ of 2025 is not the one of
 * 2022 and launches its own campaign, while the same letter is never launched twice.
 */
@PostgresIntegrationTest
class MatterIdentityTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  final List<String> started = new ArrayList<>();

  @AfterEach
  void cancelCampaigns() {
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "test finished");
      }
    }
  }

  @Test
  void theSameNumberIn2022AndIn2025LaunchesTwoCampaignsThatKeepApart() {
    String number = "9611/LĐLĐ";
    String of2022 = launch(number, "2022-05-16", "2022-06-30", "2022-2025", List.of("gialam"));
    assertThat(registrations(number, 2022)).as("cluster 3 of 2022 registers its members").isOne();

    String of2025 = launch(number, "2025-03-10", "2025-06-30", "2025-2030", List.of("gialam"));

    assertThat(registrations(number, 2022)).as("the 2025 launch leaves the 2022 campaign's rows").isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SigningCampaign.KEY)
        .processInstanceBusinessKey(number).count()).as("business key stays the number").isEqualTo(2);

    // Gia Lâm of 2022 joins its cluster: the message reaches the 2022 cluster ceremony, nothing of 2025 moves.
    ProcessInstance gialam2022 = unit(of2022, "gialam");
    ProcessInstance gialam2025 = unit(of2025, "gialam");
    SigningDriver d = new SigningDriver(engine, number);
    d.complete("gialam.ldld", gialam2022, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("CLUSTER"));
    d.complete("gialam.capuy", gialam2022, UnitSigning.Elements.COMMITTEE_OPINION,
        SigningDriver.approval());
    d.executeJobs(of2022);
    ProcessInstance cluster2022 = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(FanOuts.PARENT.name(), of2022).processDefinitionKey(ClusterCeremony.KEY).singleResult();
    assertThat(engine.getRuntimeService().getActiveActivityIds(cluster2022.getId()))
        .contains(ClusterCeremony.Elements.PROPOSE);
    assertThat(engine.getRuntimeService().getActiveActivityIds(gialam2025.getId()))
        .contains(UnitSigning.Elements.PROPOSAL);

    // Without a year the most recent letter is meant; with one, that year's.
    RestCaller caller = RestCaller.demo(port, "vanphong");
    String query = "/api/signing-campaigns?documentNumber=" + SigningDriver.encode(number);
    RestCaller.Response latest = caller.get(query);
    assertThat(latest.status()).as(latest.body()).isEqualTo(200);
    assertThat(latest.json().get("year").asInt()).isEqualTo(2025);
    assertThat(latest.json().get(SigningCampaign.Vars.ISSUED_ON.name()).asText()).isEqualTo("2025-03-10");
    RestCaller.Response older = caller.get(query + "&year=2022");
    assertThat(older.status()).as(older.body()).isEqualTo(200);
    assertThat(older.json().get(SigningCampaign.Vars.ISSUED_ON.name()).asText()).isEqualTo("2022-05-16");
    assertThat(older.json().get("unitStatuses").findValuesAsText("stage")).doesNotContain("Đề xuất tổ chức Lễ ký kết");
    RestCaller.Response none = caller.get(query + "&year=2023");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("detail").asText()).contains("năm 2023");
  }

  @Test
  void aCompletedLetterIsNotLaunchedAgainInItsYearButTheSameNumberOfAnotherYearIs() {
    String number = "9612/LĐLĐ";
    String campaign = launch(number, "2022-05-16", "2022-06-30", "2022-2025", List.of("dukcn"));
    SigningDriver d = new SigningDriver(engine, number);
    ProcessInstance dukcn = unit(campaign, "dukcn");
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    d.complete("dukcn.capuy", dukcn, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    d.executeJobs(campaign);
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.SCHEDULE_LOCAL,
        Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "NOT_HELD", UnitSigning.Vars.NOT_SIGNED_REASON.name(),
            "Đảng ủy chưa bố trí được thời gian"));
    d.executeJobs(campaign);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign)
        .singleResult().getState()).isEqualTo("COMPLETED");

    RestCaller.Response again = start(number, "2022-08-01", "2022-09-30", "2022-2025", List.of("dukcn"));
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("năm 2022 đã kết thúc");
    assertThat(again.json().get("errors").findValuesAsText("field")).contains(SigningCampaign.Vars.DOCUMENT_NUMBER.name());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .as("nothing created").isZero();

    launch(number, "2023-02-01", "2023-03-31", "2023-2028", List.of("dukcn"));
  }

  private String launch(String number, String issuedOn, String deadline, String term, List<String> units) {
    RestCaller.Response response = start(number, issuedOn, deadline, term, units);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    String id = response.json().get("id").asText();
    started.add(id);
    return id;
  }

  private RestCaller.Response start(String number, String issuedOn, String deadline, String term,
                                    List<String> units) {
    Map<String, Object> letter = SigningDriver.campaign(number, units, issuedOn, deadline);
    letter.put(SigningCampaign.Vars.TERM.name(), term);
    return SigningDriver.startOverRest(engine, port, "vanphong", letter);
  }


  private ProcessInstance unit(String campaignId, String unitCode) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(FanOuts.PARENT.name(), campaignId).processDefinitionKey(UnitSigning.KEY).variableValueEquals(UnitSigning.Vars.UNIT_CODE.name(),
            unitCode).singleResult();
  }

  private long registrations(String number, int year) {
    return jdbc.sql("select count(*) from signing_cluster_registration where document_number = ? "
            + "and campaign_year = ?").params(number, year).query(Long.class).single();
  }
}
