package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;

/**
 * Paper petitions imported from a spreadsheet: a good file is stored whole (channel IMPORT), the same file again stores
 * nothing twice, a bad file is refused with every problem by line and column and nothing stored, another district's
 * federation is refused.
 */
@PostgresIntegrationTest
class PaperPetitionImportTest {

  static final String NUMBER = "9530/KH-LĐLĐ";
  static final String IMPORT = DialogueDriver.PETITIONS + "/import";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  static boolean started;

  @BeforeEach
  void aConferenceCollectsPetitions() {
    if (!started) {
      DialogueDriver.clockAt("2023-04-24T09:00");
      DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, DialogueDriver.plan(NUMBER));
      started = true;
    }
    DialogueDriver.clockAt("2023-05-11T14:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, String> plan(String number) {
    return Map.of(DialogueConference.Vars.PLAN_NUMBER.name(), number,
        DialogueConference.Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON,
        DialogueConference.Vars.UNIT_CODE.name(), DialogueDriver.DISTRICT);
  }

  RestCaller.Response importAs(String user, String number, String csv) {
    return RestCaller.demo(port, user).postFile(IMPORT, plan(number), "kien-nghi-giay.csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  JsonNode page(String union) {
    return RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, "grassrootsUnitCode=" + union)).json();
  }

  long imported(String union) {
    return page(union).get("total").asLong();
  }

  @Test
  void aGoodFileIsStoredWholeAndTheSameFileAgainStoresNothingTwice() {
    String csv = """
        Mã CĐCS;Chủ đề;Nội dung
        gl-mayphuthi;4;Đề nghị xây nhà trẻ cho con công nhân khu công nghiệp Phú Thị
        gl-mayphuthi;Đời sống, việc làm, chế độ chính sách;Đề nghị hỗ trợ tiền thuê nhà trọ
        gl-gombattrang;OTHER;"Đề nghị tổ chức hội chợ gốm; quảng bá làng nghề"
        """;
    RestCaller.Response first = importAs(DialogueDriver.FEDERATION_USER, NUMBER, csv);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("received").asInt()).isEqualTo(3);
    assertThat(first.json().get("receivedBefore").asInt()).isZero();
    assertThat(imported("gl-mayphuthi")).isEqualTo(2);
    JsonNode stored = page("gl-gombattrang").get("items").get(0);
    assertThat(stored.get("channel").asText()).isEqualTo(PetitionChannel.IMPORT.name());
    assertThat(stored.get("text").asText()).isEqualTo("Đề nghị tổ chức hội chợ gốm; quảng bá làng nghề");
    assertThat(stored.get("receivedAt").asText()).startsWith("2023-05-11T14:00");

    RestCaller.Response again = importAs(DialogueDriver.FEDERATION_USER, NUMBER, csv);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("received").asInt()).isZero();
    assertThat(again.json().get("receivedBefore").asInt()).isEqualTo(3);
    assertThat(again.json().get("message").asText()).contains("không lưu lần thứ hai");
    assertThat(again.json().get("ids")).isEqualTo(first.json().get("ids"));
    assertThat(imported("gl-mayphuthi")).isEqualTo(2);
  }

  @Test
  void aBadFileIsRefusedWithEveryProblemByLineAndColumnAndNothingIsStored() {
    long before = imported("gl-thtrauquy");
    String csv = """
        Mã CĐCS,Chủ đề,Nội dung
        gl-thtrauquy,1,Đề nghị tăng phụ cấp cho giáo viên mầm non
        khongco,2,Kiến nghị của một công đoàn không có
        gl-thtrauquy,Nhà ở,Nhóm nội dung sai
        gl-thtrauquy,3,
        """;
    RestCaller.Response refused = importAs(DialogueDriver.FEDERATION_USER, NUMBER, csv);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Tệp kiến nghị không hợp lệ").contains("'khongco'").contains("không thuộc")
        .contains("chủ đề 'Nhà ở'").contains("không được để trống");
    assertThat(refused.json().findValuesAsText("line")).contains("3", "4", "5");
    assertThat(refused.json().findValuesAsText("column")).contains("A", "B", "C");
    assertThat(imported("gl-thtrauquy")).isEqualTo(before);

    RestCaller.Response noColumn = importAs(DialogueDriver.FEDERATION_USER, NUMBER,
        "Mã CĐCS,Nội dung\ngl-thtrauquy,Nhà ở\n");
    assertThat(noColumn.status()).isEqualTo(400);
    assertThat(noColumn.body()).contains("thiếu cột bắt buộc 'Chủ đề'");
    assertThat(imported("gl-thtrauquy")).isEqualTo(before);
  }

  @Test
  void anotherDistrictsFederationIsRefusedAndAnUnknownPlanIsNamed() {
    String csv = "Mã CĐCS,Chủ đề,Nội dung\ngl-bvdkgialam,4,Đề nghị mở rộng khoa nhi\n";
    RestCaller.Response otherDistrict = importAs("donganh.ldld", NUMBER, csv);
    assertThat(otherDistrict.status()).as(otherDistrict.body()).isEqualTo(403);
    assertThat(imported("gl-bvdkgialam")).isZero();

    RestCaller.Response unknownPlan = importAs(DialogueDriver.FEDERATION_USER, "1/KH-KHONGCO", csv);
    assertThat(unknownPlan.status()).as(unknownPlan.body()).isEqualTo(400);
    assertThat(unknownPlan.json().get("errors").findValuesAsText("field"))
        .containsExactly(DialogueConference.Vars.PLAN_NUMBER.name());
  }
}
