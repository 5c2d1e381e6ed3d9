package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Replays the 2022 campaign of letter 222/LĐLĐ for all 32 units over REST alone, each action by the acting unit's
 * own account: the 10/5/2022 ceremony the city held for the five cluster leads and the two Party committees under
 * the City committee, the 31/5/2022 joint ceremony of cluster 1 (Đống Đa, Hoàn Kiếm, Hai Bà Trưng, Long Biên,
 * Hoàng Mai), and every other unit by locality in June, before the 30/6/2022 deadline.
 */
@PostgresIntegrationTest
class Campaign2022ReplayTest {

  static final String NUMBER = "222/LĐLĐ";
  static final List<String> CITY_CEREMONY = List.of("badinh", "tayho", "gialam", "phuctho", "unghoa", "dukhoicoquan",
      "dukcn");
  static final List<String> CLUSTER_1 = List.of("dongda", "hoankiem", "haibatrung", "longbien", "hoangmai");
  static final List<String> BY_LOCALITY = List.of("caugiay", "thanhxuan", "namtuliem", "bactuliem", "hadong", "sontay",
      "bavi", "chuongmy", "danphuong", "donganh", "hoaiduc", "melinh", "myduc", "phuxuyen", "quocoai", "socson",
      "thachthat", "thanhoai", "thanhtri", "thuongtin");
  static final String CITY_VENUE = "Trụ sở Liên đoàn Lao động thành phố Hà Nội, 89 Quán Sứ";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Ceremonies ceremonies;

  @Test
  void theWholeCampaignOf2022RunsOverRestAndItsConsolidatedResultIsRight() {
    Map<String, Object> letter = SigningDriver.letter(NUMBER);
    letter.put(SigningCampaign.Vars.SUBJECT.name(), "V/v tổ chức Lễ ký Chương trình phối hợp công tác giữa Đảng đoàn, "
        + "Thường trực Liên đoàn Lao động Thành phố với Ban Thường vụ các Quận, Huyện, Thị ủy, giai đoạn 2022-2025");
    RestCaller.Response started = SigningDriver.startOverRest(engine, port, "vanphong", letter);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("businessKey").asText()).isEqualTo(NUMBER);
    String campaignId = started.json().get("id").asText();
    SigningDriver driver = new SigningDriver(engine, NUMBER);
    SigningDriver.Rest d = driver.rest(port);

    Map<String, String[]> slots = new HashMap<>();
    CITY_CEREMONY.forEach(u -> slots.put(u, new String[] {"2022-05-10", "09:00", CITY_VENUE}));
    CLUSTER_1.forEach(u -> slots.put(u, new String[] {"2022-05-31", "14:00", "Hội trường Quận ủy Đống Đa"}));
    LocalDate day = LocalDate.of(2022, 6, 6);
    for (int i = 0; i < BY_LOCALITY.size(); i++) {
      String unit = BY_LOCALITY.get(i);
      slots.put(unit, new String[] {day.plusDays(i / 2 + (i / 10) * 2).toString(), i % 2 == 0 ? "07:00" : "12:30",
          "Hội trường " + unit});
    }
    List<String> units = new ArrayList<>(slots.keySet());
    assertThat(units).hasSize(32);

    for (String unit : units) {
      String[] slot = slots.get(unit);
      Map<String, Object> proposal = new HashMap<>(Map.of(UnitSigning.Vars.PROPOSED_DATE.name(), slot[0],
          UnitSigning.Vars.PROPOSED_TIME.name(), slot[1],
          UnitSigning.Vars.VENUE.name(), slot[2], UnitSigning.Vars.VENUE_ARRANGED_BY.name(),
              CITY_CEREMONY.contains(unit) ? "CITY" : "UNIT",
          UnitSigning.Vars.SIGNING_MODE.name(), "DIRECT", UnitSigning.Vars.SIGNING_SCOPE.name(),
              CLUSTER_1.contains(unit) ? "CLUSTER" : "LOCALITY",
          UnitSigning.Vars.ATTENDEES.name(),
              "Ban Thường vụ cấp ủy; lãnh đạo các Ban Đảng; Ban Thường vụ LĐLĐ; phóng viên"));
      d.complete(unit + ".ldld", key(unit), UnitSigning.Elements.PROPOSAL, proposal);
      d.complete(unit + ".capuy", key(unit), UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    }
    driver.executeJobs(campaignId);

    for (String unit : units) {
      if (!CLUSTER_1.contains(unit)) {
        String[] slot = slots.get(unit);
        d.complete(unit + ".ldld", key(unit), UnitSigning.Elements.SCHEDULE_LOCAL,
            Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(),
            "SCHEDULE", UnitSigning.Vars.CEREMONY_DATE.name(), slot[0], UnitSigning.Vars.CEREMONY_TIME.name(), slot[1],
                UnitSigning.Vars.CEREMONY_VENUE.name(), slot[2]));
      }
    }
    String cluster1 = ClusterCeremony.businessKey(NUMBER, "cum1");
    d.complete("badinh.ldld", cluster1, ClusterCeremony.Elements.PROPOSE,
        Map.of(ClusterCeremony.Vars.JOINT_DATE.name(), "2022-05-31",
        ClusterCeremony.Vars.JOINT_TIME.name(), "14:00", ClusterCeremony.Vars.JOINT_VENUE.name(),
            "Hội trường Quận ủy Đống Đa", ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT"));
    d.complete("thuongtruc", cluster1, ClusterCeremony.Elements.CONFIRM_ATTENDANCE,
        Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(),
        "Đồng chí Nguyễn Phi Thường, Chủ tịch; các Phó Chủ tịch Phạm Bá Vĩnh, Lê Đình Hùng, Nguyễn Chính Hữu"));
    driver.executeJobs(campaignId);
    driver.ceremonyDaysCome(campaignId);

    for (String unit : units) {
      if (!CLUSTER_1.contains(unit)) {
        d.complete(unit + ".ldld", key(unit), UnitSigning.Elements.RECORD_OUTCOME,
            Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
            UnitSigning.Vars.SIGNED_ON.name(), slots.get(unit)[0], UnitSigning.Vars.SIGNATORIES.name(),
                "Bí thư cấp ủy; Chủ tịch LĐLĐ Thành phố"));
      }
    }
    for (String taskId : d.taskIds("badinh.ldld", cluster1, ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME)) {
      d.completeTask("badinh.ldld", taskId, Map.of(ClusterCeremony.Vars.MEMBER_OUTCOME.name(), "SIGNED",
          ClusterCeremony.Vars.MEMBER_SIGNATORIES.name(), "Bí thư Quận ủy; Chủ tịch LĐLĐ Thành phố"));
    }
    driver.executeJobs(campaignId);
    for (String unit : units) {
      d.complete(unit + ".ldld", key(unit), UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
          "Đã tổ chức Lễ ký kết Quy chế phối hợp công tác giai đoạn 2022-2025."));
    }
    driver.executeJobs(campaignId);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaignId)
        .singleResult().getEndTime()).isNotNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    JsonNode result = RestCaller.demo(port, "thuongtruc")
        .get("/api/signing-campaigns?documentNumber=" + SigningDriver.encode(NUMBER)).json();
    assertThat(result.get("completed").asBoolean()).isTrue();
    assertThat(result.get("units").asInt()).isEqualTo(32);
    assertThat(result.get("signed").asInt()).isEqualTo(32);
    for (JsonNode unit : result.get("unitStatuses")) {
      String code = unit.get(UnitSigning.Vars.UNIT_CODE.name()).asText();
      assertThat(unit.get("stage").asText()).isEqualTo("Đã ký kết");
      if (CITY_CEREMONY.contains(code)) {
        assertThat(unit.get(UnitSigning.Vars.CEREMONY_STARTS_AT.name()).asText()).isEqualTo("2022-05-10T09:00:00");
        assertThat(unit.get("ceremonyTitle").asText())
            .isEqualTo("Lễ ký kết chung do Liên đoàn Lao động thành phố Hà Nội tổ chức");
      } else if (CLUSTER_1.contains(code)) {
        assertThat(unit.get(UnitSigning.Vars.SIGNED_ON.name()).asText()).isEqualTo("2022-05-31");
        assertThat(unit.get(UnitSigning.Vars.SIGNING_SCOPE.name()).asText()).isEqualTo("CLUSTER");
        assertThat(unit.get("ceremonyTitle").asText()).isEqualTo("Lễ ký kết chung của Cụm Thi đua số 1");
      } else {
        assertThat(unit.get(UnitSigning.Vars.SIGNING_SCOPE.name()).asText()).isEqualTo("LOCALITY");
        assertThat(LocalDate.parse(unit.get(UnitSigning.Vars.SIGNED_ON.name()).asText())).isBefore(LocalDate.of(2022,
            6, 30));
      }
    }

    Meeting cityCeremony = ceremonies.all(new CampaignId(NUMBER, 2022)).stream().filter(CeremonyKind.CITY::of)
        .findFirst().orElseThrow();
    assertThat(ceremonies.units(cityCeremony.id())).containsExactlyInAnyOrderElementsOf(CITY_CEREMONY);

    JsonNode own = RestCaller.demo(port, "hoankiem.ldld")
        .get("/api/signing-campaigns?documentNumber=" + SigningDriver.encode(NUMBER)).json();
    assertThat(own.get("unitStatuses").findValuesAsText(MatterVariables.UNIT_CODE.name())).containsExactly("hoankiem");
  }

  private static String key(String unit) {
    return UnitSigning.businessKey(NUMBER, unit);
  }
}
