package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionIntake;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;

/**
 * The REST channel of the petition store: {@code POST /api/dialogue-conferences/petitions} → 201 with the id, 400
 * per field, 403 for whoever may not send for that union, 409 for an input sent twice, refused from another site;
 * and the paged, filtered list.
 */
@PostgresIntegrationTest
class PetitionRestTest {

  static final String NUMBER = "9410/KH-LĐLĐ";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  GrassrootsUnions unions;

  @Autowired
  Petitions petitions;

  /** The conference all tests send to, started by the first test (the coverage recorder needs a running test). */
  static String conferenceId;
  /** The unions taking part, and one of the district left out. */
  static List<String> gialam;
  static String left;

  @BeforeEach
  void aConferenceCollectsPetitions() {
    if (conferenceId != null) {
      DialogueDriver.clockAt("2023-05-02T10:15");
      return;
    }
    DialogueDriver.clockAt("2023-04-24T09:00");
    try {
      // Every union of Gia Lâm but the last one takes part.
      List<String> all = unions.of(DialogueDriver.DISTRICT).stream().map(GrassrootsUnions.Union::code).toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(3);
      gialam = all.subList(0, all.size() - 1);
      left = all.get(all.size() - 1);
      Map<String, Object> plan = DialogueDriver.plan(NUMBER);
      DialogueConference.Vars.GRASSROOTS_UNITS.putInto(plan, gialam);
      conferenceId = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan).getId();
    } finally {
      DialogueDriver.clockAt("2023-05-02T10:15");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  RestCaller.Response send(String user, Map<String, Object> body) {
    return RestCaller.demo(port, user).post(DialogueDriver.PETITIONS, body);
  }

  @Test
  void theFederationSendsAUnionsPetitionAndGetsItsId() {
    RestCaller.Response response = send(DialogueDriver.FEDERATION_USER, DialogueDriver.petition(NUMBER, gialam.get(0),
        PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name(), "Đề nghị xây nhà trẻ gần khu công nghiệp Phú Thị"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    long id = response.json().get("id").asLong();
    JsonNode page = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, PetitionIntake.UNION + "=" + gialam.get(0))).json();
    JsonNode stored = page.get("items").get(0);
    assertThat(stored.get("id").asLong()).isEqualTo(id);
    assertThat(stored.get("channel").asText()).isEqualTo(PetitionChannel.REST.name());
    assertThat(stored.get("state").asText()).isEqualTo("RECEIVED");
    assertThat(stored.get("stateLabel").asText()).isEqualTo("Đã tiếp nhận");
    assertThat(stored.get("receivedAt").asText()).startsWith("2023-05-02T10:15");
  }

  @Test
  void badFieldsAreNamedInVietnameseAndNothingIsStored() {
    long before = total("");
    RestCaller.Response empty = send(DialogueDriver.FEDERATION_USER, Map.of());
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.json().get("errors").findValuesAsText("field")).contains(PetitionIntake.UNION,
        PetitionIntake.TOPIC, PetitionIntake.TEXT);
    RestCaller.Response badTopic = send(DialogueDriver.FEDERATION_USER,
        DialogueDriver.petition(NUMBER, gialam.get(0), "HOUSING", "Nhà ở"));
    assertThat(badTopic.status()).isEqualTo(400);
    assertThat(badTopic.json().get("errors").findValuesAsText("field")).containsExactly(PetitionIntake.TOPIC);
    RestCaller.Response notInPlan = send(DialogueDriver.FEDERATION_USER,
        DialogueDriver.petition(NUMBER, left, PetitionTopic.OTHER.name(), "Ý kiến khác"));
    assertThat(notInPlan.status()).isEqualTo(400);
    assertThat(notInPlan.json().get("detail").asText()).contains("không gửi tới công đoàn cơ sở '" + left + "'");
    RestCaller.Response unknown = send(DialogueDriver.FEDERATION_USER,
        DialogueDriver.petition(NUMBER, "khongco", PetitionTopic.OTHER.name(), "Ý kiến khác"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asText()).contains("'khongco' không có trong dữ liệu tổ chức");
    RestCaller.Response tooLong = send(DialogueDriver.FEDERATION_USER,
        DialogueDriver.petition(NUMBER, gialam.get(0), PetitionTopic.OTHER.name(), "x".repeat(4001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("detail").asText()).contains("dài quá 4000 ký tự");
    assertThat(total("")).isEqualTo(before);
  }

  @Test
  void onlyTheUnionsPeopleItsDistrictFederationOrTheCitySendForIt() {
    long before = total("");
    Map<String, Object> body = DialogueDriver.petition(NUMBER, gialam.get(1), PetitionTopic.OTHER.name(),
        "Đề nghị tổ chức khám sức khỏe định kỳ");
    RestCaller.Response otherDistrict = send("donganh.ldld", body);
    assertThat(otherDistrict.status()).as(otherDistrict.body()).isEqualTo(403);
    assertThat(otherDistrict.json().get("detail").asText()).contains("Chỉ công đoàn cơ sở");
    assertThat(send("gialam.capuy", body).status()).isEqualTo(403);
    // gialam.cdcs is one union's people (gl-dienluc): it sends for its own union only.
    String own = DialogueDriver.UNION_USER_UNION;
    Map<String, Object> forOther = DialogueDriver.petition(NUMBER, gialam.stream().filter(u -> !u.equals(own))
        .findFirst().orElseThrow(), PetitionTopic.OTHER.name(), "Kiến nghị của công đoàn khác");
    assertThat(send(DialogueDriver.UNION_USER, forOther).status()).isEqualTo(403);
    assertThat(total("")).isEqualTo(before);
    assertThat(send(DialogueDriver.UNION_USER, DialogueDriver.petition(NUMBER, own, PetitionTopic.OTHER.name(),
        "Đề nghị tổ chức khám sức khỏe định kỳ")).status()).isEqualTo(201);
    assertThat(send("vanphong", body).status()).isEqualTo(201);
    // The union's people read their own union's petitions only, whatever they ask for.
    JsonNode ownPage = RestCaller.demo(port, DialogueDriver.UNION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, PetitionIntake.UNION + "=" + own)).json();
    assertThat(ownPage.get("items").findValuesAsText("unionCode")).containsOnly(own);
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER).get(DialogueDriver.petitionsOf(NUMBER, "")).status())
        .isEqualTo(404);
  }

  @Test
  void theSameInputSentTwiceIsStoredOnceAndTheSecondIsAConflictNamingTheFirst() {
    Map<String, Object> body = DialogueDriver.petition(NUMBER, gialam.get(0), PetitionTopic.SKILLED_WORKERS.name(),
        "Đề nghị khen thưởng công nhân giỏi cấp huyện hằng năm");
    Map<String, String> key = Map.of("Idempotency-Key", "bao-cao-cdcs-0001");
    RestCaller.Response first = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .post(DialogueDriver.PETITIONS, body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    RestCaller.Response again = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .post(DialogueDriver.PETITIONS, body, key);
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("số " + first.json().get("id").asLong());
    assertThat(total(PetitionIntake.TOPIC + "=" + PetitionTopic.SKILLED_WORKERS.name())).isOne();
  }

  @Test
  void aPetitionPostedFromAnotherSiteIsRefusedBeforeItIsRead() {
    long before = total("");
    RestCaller.Response forged = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(NUMBER, gialam.get(0), PetitionTopic.OTHER.name(), "Giả mạo"),
        Map.of("Origin", "https://ke-gia-mao.example"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(total("")).isEqualTo(before);
  }

  @Test
  void theListIsPagedAndFilteredAndAnotherDistrictSeesNothing() {
    for (int i = 0; i < 5; i++) {
      assertThat(send(DialogueDriver.FEDERATION_USER, DialogueDriver.petition(NUMBER, gialam.get(1),
          PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY.name(), "Kiến nghị về bảo hiểm xã hội số " + i)).status())
          .isEqualTo(201);
    }
    String filter = PetitionIntake.TOPIC + "=" + PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY.name();
    JsonNode first = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, filter + "&page=0&size=2")).json();
    assertThat(first.get("total").asLong()).isEqualTo(5);
    assertThat(first.get("items")).hasSize(2);
    JsonNode last = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, filter + "&page=2&size=2")).json();
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.get("items").get(0).get("topicLabel").asText()).contains("bảo hiểm xã hội");
    RestCaller.Response badPage = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, "page=mot"));
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(RestCaller.demo(port, "donganh.ldld").get(DialogueDriver.petitionsOf(NUMBER, "")).status())
        .isEqualTo(404);
    assertThat(RestCaller.demo(port, "vanphong").get(DialogueDriver.petitionsOf(NUMBER, filter)).json()
        .get("total").asLong()).isEqualTo(5);
  }

  long total(String filter) {
    RestCaller.Response page = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, filter));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().get("total").asLong();
  }
}
