package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A cluster's joint ceremony never blocks its campaign: a date that can no longer be booked when the city confirms
 * (here another campaign's ceremony took the slot) goes back to the lead with the reason; a member excused after the
 * ceremony was booked leaves it and gets no outcome task; a unit's own ceremony and the cluster's both end HELD.
 */
@PostgresIntegrationTest
class ClusterCeremonyReschedulingTest {

  static final String NUMBER = "9821/LĐLĐ";
  static final String OTHER = "9822/LĐLĐ";

  @Autowired
  ProcessEngine engine;

  @Autowired
  Ceremonies registry;
  @Autowired
  MeetingDiary diary;

  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void freeTheDiary() {
    for (String number : List.of(NUMBER, OTHER)) {
      jdbc.sql("update signing_ceremony set status = 'CANCELLED' where document_number = ? and status = 'SCHEDULED'")
          .param(number).update();
    }
  }

  @Test
  void aSlotTakenBeforeTheCityConfirmsGoesBackToTheLeadAndAnExcusedMemberGetsNoOutcomeTask() {
    SigningDriver d = SigningDriver.start(engine,
        SigningDriver.campaign(NUMBER, List.of("gialam", "donganh", "socson")));
    ProcessInstance campaign = d.campaign();
    for (String unit : List.of("gialam", "donganh", "socson")) {
      d.propose(unit, "CLUSTER");
      d.complete(unit + ".capuy", d.unit(unit), UnitSigning.Elements.COMMITTEE_OPINION,
          Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE"));
    }
    d.executeJobs(campaign.getId());
    ProcessInstance cluster = d.cluster("cum3");
    d.complete("gialam.ldld", cluster, ClusterCeremony.Elements.PROPOSE, joint("10:00"));

    // Before the city confirms, a unit of another campaign books 10:30 that day: the chairman cannot attend both.
    SigningDriver o = SigningDriver.start(engine, SigningDriver.campaign(OTHER, List.of("thachthat")));
    ProcessInstance otherCampaign = o.campaign();
    ProcessInstance thachthat = o.unit("thachthat");
    o.complete("thachthat.ldld", thachthat, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    o.complete("thachthat.capuy", thachthat, UnitSigning.Elements.COMMITTEE_OPINION,
        Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE"));
    o.executeJobs(otherCampaign.getId());
    o.complete("thachthat.ldld", thachthat, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-27", "10:30", "Hội trường Huyện ủy Thạch Thất"));

    // The city's confirmation is accepted; the lead proposes again, told why.
    d.complete("thuongtruc", cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE, attendance());
    assertThat(cluster).hasPassed(ClusterCeremony.Elements.SCHEDULE_REFUSED)
        .isWaitingAt(ClusterCeremony.Elements.PROPOSE);
    Task again = d.task(cluster, ClusterCeremony.Elements.PROPOSE);
    assertThat((String) engine.getTaskService().getVariable(again.getId(), ClusterCeremony.Vars.JOINT_SCHEDULE_REFUSAL.name()))
        .contains("27/06/2022 lúc 10:00", "Trùng lịch", "văn bản số " + OTHER + " năm 2022", "hãy chọn giờ khác");
    assertThat(again.getDueDate()).as("due date").isNotNull();
    assertThat(again.getFollowUpDate()).as("follow-up date").isNotNull().isBeforeOrEqualTo(again.getDueDate());
    assertThat(registry.scheduled(new CampaignId(NUMBER, 2022))).isEmpty();

    d.complete("gialam.ldld", again, joint("14:00"));
    d.complete("thuongtruc", cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE, attendance());
    d.executeJobs(campaign.getId());
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.CEREMONY_DAY);
    assertThat(engine.getRuntimeService().getVariable(cluster.getId(),
        ClusterCeremony.Vars.JOINT_SCHEDULE_REFUSAL.name()))
        .isNull();
    Meeting ceremony = registry.scheduled(new CampaignId(NUMBER, 2022)).get(0);
    assertThat(registry.units(ceremony.id())).containsExactly("donganh", "gialam", "socson");

    // Đông Anh misses the deadline and the city office excuses it after the ceremony was booked.
    ProcessInstance donganh = d.unit("donganh");
    ProcessInstance watch = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DeadlineFollowUp.KEY).superProcessInstanceId(donganh.getId()).singleResult();
    for (String timer : List.of(DeadlineFollowUp.Elements.REMINDER_7, DeadlineFollowUp.Elements.REMINDER_3,
        DeadlineFollowUp.Elements.REMINDER_1, DeadlineFollowUp.Elements.DEADLINE_REACHED)) {
      d.fireTimer(watch, timer, campaign.getId());
    }
    Map<String, Object> excuse = new HashMap<>();
    excuse.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXCUSE");
    excuse.put(DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "Huyện ủy đề nghị lùi sang năm sau");
    d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP), excuse);
    d.executeJobs(campaign.getId());
    assertThat(donganh).isEnded().hasPassed(UnitSigning.Elements.END_NOT_SIGNED);
    assertThat(registry.units(ceremony.id())).containsExactly("gialam", "socson");

    d.fireTimer(cluster, ClusterCeremony.Elements.CEREMONY_DAY, campaign.getId());
    List<Task> outcomes = engine.getTaskService().createTaskQuery().processInstanceId(cluster.getId())
        .taskDefinitionKey(ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME).list();
    assertThat(outcomes).extracting(t -> engine.getTaskService().getVariable(t.getId(),
        ClusterCeremony.Vars.MEMBER_UNIT_CODE.name())).containsExactlyInAnyOrder("gialam", "socson");
    for (Task outcome : outcomes) {
      d.complete("gialam.ldld", outcome, Map.of(ClusterCeremony.Vars.MEMBER_OUTCOME.name(), "SIGNED",
          ClusterCeremony.Vars.MEMBER_SIGNATORIES.name(), "Bí thư Huyện ủy; Chủ tịch LĐLĐ Thành phố"));
    }
    d.executeJobs(campaign.getId());
    assertThat(cluster).isEnded().hasPassed(ClusterCeremony.Elements.END_HELD);
    assertThat(diary.find(ceremony.id()).orElseThrow().status()).isEqualTo(Meeting.Status.HELD);

    // A unit's own ceremony goes the same way: SCHEDULED until the unit records it signed, then HELD.
    o.fireTimer(thachthat, UnitSigning.Elements.CEREMONY_DAY, otherCampaign.getId());
    o.complete("thachthat.ldld", thachthat, UnitSigning.Elements.RECORD_OUTCOME, Map.of(
        UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED", UnitSigning.Vars.SIGNED_ON.name(), "2022-06-27",
        UnitSigning.Vars.SIGNATORIES.name(), "Bí thư Huyện ủy Thạch Thất; Chủ tịch LĐLĐ Thành phố"));
    assertThat(registry.all(new CampaignId(OTHER, 2022))).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(Meeting.Status.HELD));
  }

  private static Map<String, Object> joint(String time) {
    return Map.of(ClusterCeremony.Vars.JOINT_DATE.name(), "2022-06-27", ClusterCeremony.Vars.JOINT_TIME.name(), time,
        ClusterCeremony.Vars.JOINT_VENUE.name(), "Hội trường Huyện ủy Gia Lâm",
            ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(),
        "DIRECT");
  }

  private static Map<String, Object> attendance() {
    return Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "Đồng chí Chủ tịch; các Phó Chủ tịch LĐLĐ Thành phố");
  }
}
