package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Ten systems (or ten clicks) start the same letter at the same moment over REST: exactly one campaign exists
 * afterwards, each unit has one proposal task, and the nine others are told they lost (409) without leaving anything
 * behind. The same holds for the relaunch of a cancelled campaign. The read endpoint copes with the duplicates
 * that older versions left.
 *
 * <p>The 409 itself comes from the mapping of {@code ConflictException} on /engine-rest (sec-authz); everything
 * else is decided by the unique key of table {@code matter}.
 */
@PostgresIntegrationTest
class CampaignStartRaceTest {

  static final int STARTS = 10;
  // Units outside every cluster: a cluster's registration row would otherwise serialise the starts by accident.
  static final List<String> UNITS = List.of("dukcn", "dukhoicoquan");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  final List<String> numbers = new ArrayList<>();

  @AfterEach
  void cancelCampaigns() {
    for (String number : numbers) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SigningCampaign.KEY)
          .processInstanceBusinessKey(number).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test finished"));
    }
  }

  @Test
  void tenConcurrentStartsOfOneLetterLaunchExactlyOneCampaign() throws Exception {
    String number = letter("9851/LĐLĐ");
    List<RestCaller.Response> responses = startConcurrently(number);

    assertOneCampaignWithOneProposalPerUnit(number);
    assertThat(responses).filteredOn(r -> r.status() / 100 == 2).as("successful starts").hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 200).extracting(RestCaller.Response::status)
        .as("the losers are told they lost a race (409 once ConflictException is mapped on /engine-rest)")
        .containsOnly(409).hasSize(STARTS - 1);
  }

  @Test
  void tenConcurrentRelaunchesOfACancelledCampaignLaunchExactlyOne() throws Exception {
    String number = letter("9852/LĐLĐ");
    RestCaller.Response first = start(number);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    engine.getRuntimeService().deleteProcessInstance(first.json().get("id").asText(), "Hủy để phát động lại");

    List<RestCaller.Response> responses = startConcurrently(number);

    ProcessInstance campaign = assertOneCampaignWithOneProposalPerUnit(number);
    assertThat(campaign.getId()).isNotEqualTo(first.json().get("id").asText());
    assertThat(responses).filteredOn(r -> r.status() / 100 == 2).as("successful relaunches").hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 200).extracting(RestCaller.Response::status)
        .containsOnly(409).hasSize(STARTS - 1);
  }

  @Test
  void theReadEndpointAnswersWhenOldDataHoldsTwoCampaignsOfOneLetter() {
    String number = letter("9853/LĐLĐ");
    assertThat(start(number).status()).isEqualTo(200);
    // Before the matter's unique key, concurrent starts left several campaigns with one business key: forget the
    // claim, as data of that time has none, and start the letter again.
    jdbc.sql("delete from matter where document_number = ?").param(number).update();
    assertThat(start(number).status()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
        .processInstanceBusinessKey(UnitSigning.businessKey(number, "dukcn")).count()).isEqualTo(2);

    RestCaller.Response status = RestCaller.demo(port, "vanphong")
        .get("/api/signing-campaigns?documentNumber=" + SigningDriver.encode(number));
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    assertThat(status.json().get("units").asInt()).isEqualTo(UNITS.size());
    assertThat(status.json().get("unitStatuses").findValuesAsText("stage")).containsOnly("Đề xuất tổ chức Lễ ký kết");
  }

  private String letter(String number) {
    numbers.add(number);
    return number;
  }

  private RestCaller.Response start(String number) {
    return SigningDriver.startOverRest(engine, port, "vanphong", SigningDriver.campaign(number, UNITS));
  }

  /** All starts wait at one start line, then go at once, each on its own connection. */
  private List<RestCaller.Response> startConcurrently(String number) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(STARTS);
    CountDownLatch startLine = new CountDownLatch(1);
    try {
      List<Future<RestCaller.Response>> futures = new ArrayList<>();
      for (int i = 0; i < STARTS; i++) {
        futures.add(pool.submit(() -> {
          startLine.await();
          return start(number);
        }));
      }
      startLine.countDown();
      List<RestCaller.Response> responses = new ArrayList<>();
      for (Future<RestCaller.Response> future : futures) {
        responses.add(future.get(120, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private ProcessInstance assertOneCampaignWithOneProposalPerUnit(String number) {
    List<ProcessInstance> campaigns = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SigningCampaign.KEY).processInstanceBusinessKey(number).list();
    assertThat(campaigns).as("running campaigns of %s", number).hasSize(1);
    for (String unit : UNITS) {
      String businessKey = UnitSigning.businessKey(number, unit);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
          .processInstanceBusinessKey(businessKey).count()).as("signings of %s", unit).isOne();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(UnitSigning.Elements.PROPOSAL).count()).as("proposal tasks of %s", unit).isOne();
    }
    assertThat(jdbc.sql("select process_instance_id from matter where document_number = ?").param(number)
        .query(String.class).list()).containsExactly(campaigns.get(0).getId());
    return campaigns.get(0);
  }
}
