package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.WebappSession;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;

/**
 * The answer sheet's REST API on PostgreSQL, attacked: another department, a union, another district, another site,
 * a stale version, an unknown template, no text, a petition not on the sheet, a save while the sheet is under review,
 * a completion while answers are missing; each refused with its status and Vietnamese message, nothing written. A
 * Tasklist session saves only with its CSRF token. Each test has its own plan.
 */
@PostgresIntegrationTest
class DepartmentAnswersRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Consolidation consolidation;

  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onlyTheDepartmentItsFederationAndItsReviewerReachTheSheet() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9760/KH-LĐLĐ");
    String page = AnswersDriver.page(sheet.number(), AnswersDriver.DEPARTMENT, "size=1");
    RestCaller.Response own = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER).get(page);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("total").asInt()).as("the merged duplicate is not on the sheet").isEqualTo(2);
    assertThat(own.json().get("items")).hasSize(1);
    assertThat(own.json().get("unanswered").asInt()).isEqualTo(2);
    assertThat(own.json().get("items").get(0).get("merged").asInt()).isEqualTo(1);
    assertThat(own.json().get("items").get(0).get("unionName").asText()).isEqualTo("Công đoàn Điện lực Gia Lâm");
    assertThat(RestCaller.demo(port, AnswersDriver.REVIEWER).get(page).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(page).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER).get(page).status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get(page).status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER).get(AnswersDriver.page(sheet.number(),
        "gl-noivu", "")).status()).as("a department of the district without petitions has no sheet").isEqualTo(403);
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(AnswersDriver.page(sheet.number(),
        "gl-noivu", "")).status()).isEqualTo(404);
    RestCaller.Response badFilter = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER)
        .get(AnswersDriver.page(sheet.number(), AnswersDriver.DEPARTMENT, "answerState=XONG&size=0"));
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(fields(badFilter)).contains("answerState", "size");

    Map<String, Object> save = AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT,
        DepartmentAnswersProcessTest.seen(sheet.petitionIds(), 0), "Phòng tiếp thu kiến nghị.", null);
    for (String stranger : List.of(AnswersDriver.REVIEWER, DialogueDriver.UNION_USER, "hoankiem.ldld")) {
      RestCaller.Response refused = RestCaller.demo(port, stranger).post(AnswersDriver.SAVE, save);
      assertThat(refused.status()).as("%s: %s", stranger, refused.body()).isEqualTo(403);
    }
    RestCaller.Response crossSite = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER).post(AnswersDriver.SAVE, save,
        Map.of("Origin", "https://ke-gia-mao.example"));
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(drafts(sheet)).as("nothing written").isZero();
  }

  @Test
  void badAnswersAreRefusedPerFieldAndAStaleVersionIsAConflict() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9761/KH-LĐLĐ");
    RestCaller department = RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER);
    Map<Long, Integer> both = DepartmentAnswersProcessTest.seen(sheet.petitionIds(), 0);

    RestCaller.Response unknownTemplate = department.post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, both, null, "KHONG-CO"));
    assertThat(unknownTemplate.status()).isEqualTo(400);
    assertThat(message(unknownTemplate, "templateCode")).contains("Không có mẫu trả lời 'KHONG-CO'");
    RestCaller.Response empty = department.post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, both, "   ", null));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(message(empty, "text")).contains("Hãy nhập nội dung trả lời");
    RestCaller.Response tooLong = department.post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, both, "x".repeat(4001), null));
    assertThat(fields(tooLong)).containsExactly("text");
    RestCaller.Response merged = department.post(AnswersDriver.SAVE, AnswersDriver.save(sheet.number(),
        AnswersDriver.DEPARTMENT, Map.of(sheet.merged(), 0), "Trả lời", null));
    assertThat(merged.status()).isEqualTo(400);
    assertThat(message(merged, "selected")).contains("không có trong phiếu trả lời");
    Map<String, Object> malformed = AnswersDriver.sheetFields(sheet.number(), AnswersDriver.DEPARTMENT);
    malformed.put("selected", List.of(Map.of("id", "một", "version", -1)));
    malformed.put("text", "Trả lời");
    assertThat(fields(department.post(AnswersDriver.SAVE, malformed))).containsExactly("selected");
    Map<String, Object> noPlan = new LinkedHashMap<>(AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT,
        both, "Trả lời", null));
    noPlan.remove(DialogueConference.Vars.PLAN_NUMBER.name());
    assertThat(fields(department.post(AnswersDriver.SAVE, noPlan))).contains(DialogueConference.Vars.PLAN_NUMBER.name());
    assertThat(drafts(sheet)).isZero();

    // The completion is refused over Camunda's REST API too while the sheet has no answers.
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    String task = DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS).getId();
    RestCaller.Response early = department.post("/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of()));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("Còn 2 kiến nghị chưa có câu trả lời");

    // Two people save the same answer: the second saw version 0 too and is refused, nothing of its request written.
    AnswersDriver.answer(port, sheet.number(), both, "Phòng tiếp thu kiến nghị.");
    RestCaller.Response stale = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, both, "Câu trả lời khác", null));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().get("detail").asText()).contains("vừa được người khác lưu");
    assertThat(jdbc.sql("select count(*) from dialogue_answer_draft where petition_id in (:ids) and body = :body")
        .param("ids", sheet.petitionIds()).param("body", "Phòng tiếp thu kiến nghị.").query(Long.class).single())
        .isEqualTo(2);

    // Once the sheet is sent for review, the department cannot change it until it comes back.
    assertThat(department.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of())).status())
        .isEqualTo(204);
    RestCaller.Response underReview = department.post(AnswersDriver.SAVE,
        AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT, DepartmentAnswersProcessTest.seen(
            sheet.petitionIds(), 1), "Sửa sau khi gửi", null));
    assertThat(underReview.status()).isEqualTo(409);
    assertThat(RestCaller.demo(port, AnswersDriver.DEPARTMENT_USER).get(AnswersDriver.ANSWERS + "templates").json())
        .extracting(t -> t.get("code").asText()).contains("OTHER-RECEIVED", "LJP-INSPECTION");
  }

  @Test
  void onceTheSheetsAreOpenConsolidationCannotMoveAPetitionAway() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9763/KH-LĐLĐ");
    Map<String, Object> body = new LinkedHashMap<>(AnswersDriver.sheetFields(sheet.number(), AnswersDriver.DEPARTMENT));
    body.remove(DialogueConference.Vars.DEPARTMENT_CODE.name());
    body.put("selected", List.of(Map.of("id", sheet.petitionIds().get(0), "version", 1)));
    body.put(DialogueConference.Vars.DEPARTMENT_CODE.name(), "gl-vanphong");
    RestCaller.Response moved = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .post("/api/dialogue-conferences/petitions/assign", body);
    assertThat(moved.status()).as(moved.body()).isEqualTo(409);
    assertThat(moved.body()).contains("việc tổng hợp đã kết thúc");
    assertThat(jdbc.sql("select department_code from dialogue_petition where id = ?")
        .params(sheet.petitionIds().get(0)).query(String.class).single()).isEqualTo(AnswersDriver.DEPARTMENT);
  }

  @Test
  void aTasklistSessionSavesOnlyWithItsCsrfToken() throws Exception {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, "9762/KH-LĐLĐ");
    WebappSession session = WebappSession.login(port, AnswersDriver.DEPARTMENT_USER, RestCaller.DEMO_PASSWORD);
    String body = JSON.writeValueAsString(AnswersDriver.save(sheet.number(), AnswersDriver.DEPARTMENT,
        DepartmentAnswersProcessTest.seen(sheet.petitionIds(), 0), "Phòng tiếp thu kiến nghị.", null));
    assertThat(session.postWithoutToken(AnswersDriver.SAVE, body).status()).isEqualTo(401);
    assertThat(drafts(sheet)).isZero();
    RestCaller.Response saved = session.post(AnswersDriver.SAVE, body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(drafts(sheet)).isEqualTo(2);
  }

  private long drafts(AnswersDriver.Sheet sheet) {
    return jdbc.sql("select count(*) from dialogue_answer_draft where petition_id in (:ids)")
        .param("ids", sheet.petitionIds()).query(Long.class).single();
  }

  private static List<String> fields(RestCaller.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").findValuesAsText("field");
  }

  private static String message(RestCaller.Response response, String field) {
    for (JsonNode error : response.json().get("errors")) {
      if (error.get("field").asText().equals(field)) {
        return error.get("message").asText();
      }
    }
    throw new AssertionError("no error on " + field + ": " + response.body());
  }
}
