package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.CampaignStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.UnitStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** Every path of signing-campaign, unit-signing and cluster-ceremony, walked as the units' people would. */
@PostgresIntegrationTest
class SigningCampaignProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  CampaignReport report;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void aCampaignWithAJointClusterCeremonyRunsToItsConsolidatedResult() {
    String number = "9101/LĐLĐ";
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong", SigningDriver.campaign(number, List.of("gialam", "donganh", "socson", "dukcn")));
    assertThat(campaign).isWaitingAt(SigningCampaign.Elements.SIGNINGS_ENDED);
    assertThat(campaign.getBusinessKey()).isEqualTo(number);
    SigningDriver d = new SigningDriver(engine, number);
    ProcessInstance gialam = d.unit("gialam");
    ProcessInstance donganh = d.unit("donganh");
    ProcessInstance socson = d.unit("socson");
    ProcessInstance dukcn = d.unit("dukcn");
    ProcessInstance cluster = d.cluster("cum3");
    assertThat(d.cluster("cum1")).isNull();
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.MEMBERS_DECIDED);

    // Gia Lâm: by cluster, approved by its Party committee.
    d.complete("gialam.ldld", gialam, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("CLUSTER"));
    d.complete("gialam.capuy", gialam, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    // Đông Anh: the committee asks for changes, then decides the format itself, recorded by the federation.
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    d.complete("donganh.capuy", donganh, UnitSigning.Elements.COMMITTEE_OPINION,
        Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "REQUEST_CHANGES", UnitSigning.Vars.COMMITTEE_COMMENT.name(),
            "Đề nghị ký chung theo Cụm"));
    assertThat(donganh).isWaitingAt(UnitSigning.Elements.PROPOSAL);
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    Map<String, Object> decided = Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "DECIDE_FORMAT", UnitSigning.Vars.COMMITTEE_DECIDED_SCOPE.name(), "CLUSTER",
        UnitSigning.Vars.COMMITTEE_DECIDED_MODE.name(), "DIRECT");
    assertThatThrownBy(() -> d.complete("donganh.ldld", donganh, UnitSigning.Elements.COMMITTEE_OPINION, decided))
        .hasMessageContaining("thay cấp ủy");
    Map<String, Object> withReference = new HashMap<>(decided);
    withReference.put(UnitSigning.Vars.COMMITTEE_DOCUMENT_REFERENCE.name(), "Công văn số 120-CV/HU ngày 25/5/2022");
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.COMMITTEE_OPINION, withReference);
    // Đảng ủy các KCN: no cluster, by locality.
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    d.complete("dukcn.capuy", dukcn, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    // Sóc Sơn joins the cluster; as the last member to decide it completes the registration.
    d.complete("socson.ldld", socson, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("CLUSTER"));
    d.complete("socson.capuy", socson, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    d.executeJobs(campaign.getId());

    assertThat(gialam).isWaitingAt(UnitSigning.Elements.AWAIT_CLUSTER);
    assertThat(socson).isWaitingAt(UnitSigning.Elements.AWAIT_CLUSTER);
    assertThat(dukcn).isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL);
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.PROPOSE).hasPassed(ClusterCeremony.Elements.MEMBERS_DECIDED);

    // Sóc Sơn withdraws from the joint ceremony before it is scheduled.
    d.complete("socson.ldld", socson, UnitSigning.Elements.AWAIT_CLUSTER,
        Map.of(UnitSigning.Vars.WITHDRAW_FROM_CLUSTER.name(), true, UnitSigning.Vars.WITHDRAW_REASON.name(),
            "Huyện ủy tổ chức tại địa bàn"));
    d.executeJobs(campaign.getId());
    assertThat(socson).isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL);

    // The lead proposes; a Saturday is refused with the reason.
    Map<String, Object> saturday = Map.of(ClusterCeremony.Vars.JOINT_DATE.name(), "2022-06-11",
        ClusterCeremony.Vars.JOINT_TIME.name(), "14:00",
        ClusterCeremony.Vars.JOINT_VENUE.name(), "Hội trường Huyện ủy Gia Lâm",
            ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT");
    assertThatThrownBy(() -> d.complete("gialam.ldld", cluster, ClusterCeremony.Elements.PROPOSE, saturday))
        .hasMessageContaining("cuối tuần");
    d.complete("gialam.ldld", cluster, ClusterCeremony.Elements.PROPOSE, Map.of(ClusterCeremony.Vars.JOINT_DATE.name(),
        "2022-06-08",
        ClusterCeremony.Vars.JOINT_TIME.name(), "14:00", ClusterCeremony.Vars.JOINT_VENUE.name(),
            "Hội trường Huyện ủy Gia Lâm", ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT"));
    d.complete("thuongtruc", cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE,
        Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "Đồng chí Chủ tịch; các Phó Chủ tịch LĐLĐ Thành phố"));
    d.executeJobs(campaign.getId());
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.CEREMONY_DAY);
    d.fireTimer(cluster, ClusterCeremony.Elements.CEREMONY_DAY, campaign.getId());
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME);
    assertThat(gialam).isWaitingAt(UnitSigning.Elements.CLUSTER_OUTCOME);

    // Sóc Sơn's own date clashes with the joint ceremony the chairman attends.
    assertThatThrownBy(() -> d.complete("socson.ldld", socson, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-08", "14:30"))).hasMessageContaining("Trùng lịch");
    d.complete("socson.ldld", socson, UnitSigning.Elements.SCHEDULE_LOCAL, SigningDriver.schedule("2022-06-10", "09:00"));
    d.fireTimer(socson, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("socson.ldld", socson, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "POSTPONED", UnitSigning.Vars.POSTPONED_REASON.name(),
            "Đồng chí Bí thư đi công tác"));
    d.complete("socson.ldld", socson, UnitSigning.Elements.SCHEDULE_LOCAL,
        Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "NOT_HELD", UnitSigning.Vars.NOT_SIGNED_REASON.name(),
            "Không bố trí được thời gian trong quý II"));

    // Đảng ủy các KCN holds its own ceremony.
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.SCHEDULE_LOCAL, SigningDriver.schedule("2022-06-20", "09:00"));
    d.fireTimer(dukcn, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-20", UnitSigning.Vars.SIGNATORIES.name(),
            "Bí thư Đảng ủy; Chủ tịch LĐLĐ Thành phố"));
    d.complete("dukcn.ldld", dukcn, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
        "Đã ký kết."));

    // The joint ceremony's outcome per member: Gia Lâm signed, Đông Anh postponed.
    List<org.camunda.bpm.engine.task.Task> outcomes = engine.getTaskService().createTaskQuery()
        .processInstanceId(cluster.getId()).taskDefinitionKey(ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME).list();
    assertThat(outcomes).hasSize(2);
    for (org.camunda.bpm.engine.task.Task task : outcomes) {
      String member = (String) engine.getTaskService().getVariable(task.getId(),
          ClusterCeremony.Vars.MEMBER_UNIT_CODE.name());
      d.complete("gialam.ldld", task, "gialam".equals(member)
          ? Map.of(ClusterCeremony.Vars.MEMBER_OUTCOME.name(), "SIGNED",
              ClusterCeremony.Vars.MEMBER_SIGNATORIES.name(), "Bí thư Huyện ủy Gia Lâm; Chủ tịch LĐLĐ Thành phố")
          : Map.of(ClusterCeremony.Vars.MEMBER_OUTCOME.name(), "POSTPONED",
              ClusterCeremony.Vars.MEMBER_POSTPONED_REASON.name(), "Chưa hoàn thiện dự thảo"));
    }
    d.executeJobs(campaign.getId());
    assertThat(cluster).isEnded().hasPassed(ClusterCeremony.Elements.END_HELD);
    assertThat(donganh).isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL);

    assertThatThrownBy(() -> d.complete("gialam.ldld", gialam, UnitSigning.Elements.REPORT,
        Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(), "Đã ký kết.", UnitSigning.Vars.PRESS_LINKS.name(),
            "laodongthudo.vn/bai-viet")))
        .hasMessageContaining("đường dẫn web");
    d.complete("gialam.ldld", gialam, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(), "Đã ký kết.",
        UnitSigning.Vars.PRESS_LINKS.name(), "https://laodongthudo.vn/phoi-hop-lanh-dao-chi-dao-hoat-dong-cong-doan.html"));
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.SCHEDULE_LOCAL, SigningDriver.schedule("2022-06-15", "09:00"));
    d.fireTimer(donganh, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-15", UnitSigning.Vars.SIGNATORIES.name(),
            "Bí thư Huyện ủy Đông Anh; Chủ tịch LĐLĐ Thành phố"));
    d.complete("donganh.ldld", donganh, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
        "Đã ký kết."));
    d.executeJobs(campaign.getId());

    assertThat(gialam).isEnded().hasPassed(UnitSigning.Elements.END_SIGNED);
    assertThat(socson).isEnded().hasPassed(UnitSigning.Elements.END_NOT_SIGNED);
    assertThat(campaign).isEnded().hasPassed(SigningCampaign.Elements.END);

    CampaignStatus status = report.status(number).orElseThrow();
    assertThat(status.completed()).isTrue();
    assertThat(status.signed()).isEqualTo(3);
    assertThat(status.notSigned()).isEqualTo(1);
    UnitStatus gialamResult = status.unitStatuses().stream().filter(u -> u.unitCode().equals("gialam")).findFirst()
        .orElseThrow();
    assertThat(gialamResult.signedOn()).hasToString("2022-06-08");
    assertThat(gialamResult.signingScope()).isEqualTo("CLUSTER");
    assertThat(gialamResult.ceremonyTitle()).isEqualTo("Lễ ký kết chung của Cụm Thi đua số 3");
    UnitStatus socsonResult = status.unitStatuses().stream().filter(u -> u.unitCode().equals("socson")).findFirst()
        .orElseThrow();
    assertThat(socsonResult.reason()).isEqualTo("Không bố trí được thời gian trong quý II");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign.getId())
        .variableName(SigningCampaign.Vars.RESULT.name()).singleResult().getValue().toString()).contains("\"signed\":3");
  }

  @Test
  void aClusterWhoseMembersDoNotDecideInTimeHoldsNoJointCeremonyAndLateMembersSignByLocality() {
    String number = "9102/LĐLĐ";
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(number, List.of("tayho", "caugiay")));
    ProcessInstance campaign = d.campaign();
    ProcessInstance cluster = d.cluster("cum2");
    d.fireTimer(cluster, ClusterCeremony.Elements.CUT_OFF, campaign.getId());
    assertThat(cluster).isEnded().hasPassed(ClusterCeremony.Elements.CUT_OFF, ClusterCeremony.Elements.END_NO_MEMBERS);

    ProcessInstance tayho = d.unit("tayho");
    d.complete("tayho.ldld", tayho, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("CLUSTER"));
    d.complete("tayho.capuy", tayho, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    d.executeJobs(campaign.getId());
    assertThat(tayho).isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL).variables()
        .containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(),
            "LOCALITY").containsEntry(UnitSigning.Vars.CLUSTER_JOINED.name(), false);
    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }
}
