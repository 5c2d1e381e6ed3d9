package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutProgress;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A campaign of any size: its start request records the campaign and the plan of its children and creates none of
 * them; the job executor's batches do, after the start committed. A campaign launched before the fan-out (its
 * model's first version, with multi-instance call activities) still runs to its end.
 */
@PostgresIntegrationTest
class CampaignFanOutTest {

  static final List<String> UNITS = List.of("hoankiem", "gialam", "donganh", "dukcn");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  FanOuts fanOuts;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void theStartRequestCreatesNoUnitInstanceInItsOwnTransactionAndTheBatchesGiveEachUnitItsFirstTask() {
    String number = "9961/LĐLĐ";
    RestCaller.Response started = SigningDriver.startOverRest(port, "vanphong", SigningDriver.campaign(number, UNITS));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String campaignId = started.json().get("id").asText();

    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(UnitSigning.KEY, ClusterCeremony.KEY)
        .variableValueEquals(FanOuts.PARENT.name(), campaignId).count()).as("children after the start").isZero();
    for (String unit : UNITS) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(UnitSigning.businessKey(number, unit)).count()).isZero();
    }
    // Not even the plan: the request's transaction is the same for 10 units or 10,000.
    assertThat(fanOuts.progress(campaignId)).isEmpty();
    ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaignId)
        .singleResult();
    assertThat(campaign).isWaitingAt(SigningCampaign.Elements.START_SIGNINGS);

    // The job that plans them: one row per child, and the jobs that start them.
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(campaignId).activityId(SigningCampaign.Elements.START_SIGNINGS).singleResult().getId());
    // Gia Lâm and Đông Anh are in cluster 3, Hoàn Kiếm in cluster 1; the Party committee in none.
    assertThat(fanOuts.progress(campaignId)).containsExactly(
        new FanOutProgress(campaignId, "signings", 6, 0, 0, false));
    assertThat(campaign).isWaitingAt(SigningCampaign.Elements.SIGNINGS_ENDED);

    SigningDriver.startChildren(engine, campaignId);

    SigningDriver d = new SigningDriver(engine, number);
    for (String unit : UNITS) {
      assertThat(d.task(d.unit(unit), UnitSigning.Elements.PROPOSAL).getName()).isEqualTo("Đề xuất tổ chức Lễ ký kết");
    }
    assertThat(d.cluster("cum1")).isNotNull();
    assertThat(d.cluster("cum3")).isNotNull();
    assertThat(fanOuts.progress(campaignId)).containsExactly(
        new FanOutProgress(campaignId, "signings", 6, 6, 0, false));
    assertThat(RestCaller.demo(port, "vanphong").get("/api/fan-outs?processInstanceId=" + campaignId).json()
        .get(0).get("started").asInt()).isEqualTo(6);
    assertThat(RestCaller.demo(port, "gialam.ldld").get("/api/fan-outs?processInstanceId=" + campaignId).status())
        .isEqualTo(403);
  }

  @Test
  void aCampaignLaunchedOnTheModelBeforeTheFanOutRunsToItsEnd() {
    ProcessDefinition legacy = deploy("legacy/signing-campaign-1.0.bpmn");
    try {
      String number = "9962/LĐLĐ";
      ProcessInstance campaign = SigningDriver.as(engine, "vanphong", () -> engine.getRuntimeService()
          .startProcessInstanceById(legacy.getId(), SigningDriver.campaign(number, List.of("dukcn"))));
      SigningDriver d = new SigningDriver(engine, number);
      ProcessInstance dukcn = d.unit("dukcn");
      assertThat(dukcn.getRootProcessInstanceId()).as("called, not fanned out").isEqualTo(campaign.getId());

      d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
      d.approve("dukcn");
      d.executeJobs(campaign.getId());
      d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.SCHEDULE_LOCAL,
          Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "NOT_HELD", UnitSigning.Vars.NOT_SIGNED_REASON.name(),
              "Không bố trí được thời gian trong quý II"));
      d.executeJobs(campaign.getId());

      assertThat(campaign).isEnded().hasPassed(SigningCampaign.Elements.CONSOLIDATE,
          SigningCampaign.Elements.ISSUE_REPORT, SigningCampaign.Elements.END);
      assertThat(fanOuts.progress(campaign.getId())).isEmpty();
    } finally {
      deploy("bpmn/signing/signing-campaign.bpmn");
    }
  }

  /** Deploys a version of the campaign's model with its start form, which it binds from its own deployment. */
  private ProcessDefinition deploy(String model) {
    String deployment = engine.getRepositoryService().createDeployment().name("signing-campaign test")
        .addClasspathResource(model).addClasspathResource("forms/signing/signing-campaign-start.form")
        .deploy().getId();
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult();
  }
}
