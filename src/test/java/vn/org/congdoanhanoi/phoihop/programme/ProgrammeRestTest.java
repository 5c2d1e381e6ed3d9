package vn.org.congdoanhanoi.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;

/**
 * The REST contract of coordination-programme: seed 002 replayed as other systems and Tasklist do it (Hà Nội hosts
 * 2022's review, Nghệ An 2023's, each yearly report numbered in the register), bad starts refused with 400 and the
 * fields and nothing created, who may start, one programme per number, and the office's change of the term.
 */
@PostgresIntegrationTest
class ProgrammeRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = ProgrammeDriver.OFFICE;

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void seed002OverRestHanoiHosts2022AndNgheAn2023WithNumberedReports() throws Exception {
    String number = "9301/CTPH-LĐLĐ";
    ProgrammeDriver.clockAt(LocalDateTime.of(2022, 5, 20, 15, 0));
    RestCaller.Response started = start(OFFICE, rest(ProgrammeDriver.seed002(number)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    ProgrammeDriver d = new ProgrammeDriver(engine, number);
    ProcessInstance programme = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(started.json().get("id").asText()).singleResult();
    d.follow(programme);
    assertThat(programme.getBusinessKey()).isEqualTo(number);

    for (int year : List.of(2022, 2023)) {
      ProcessInstance review = d.openYear(year);
      String expectedHost = year == 2022 ? "thanhpho" : "nghean";
      assertThat(d.variables(review).get(Vars.REVIEW_HOST.name())).isEqualTo(expectedHost);
      assertThat((String) d.variables(review).get(InstanceNames.VARIABLE.name())).contains("năm " + year);
      String key = ProgrammeReview.businessKey(number, year);
      // Both reports are entered by the city office: Nghệ An has no accounts.
      for (String taskId : taskIds(OFFICE, key, ProgrammeReview.Elements.REPORT_RESULTS)) {
        complete(OFFICE, taskId, Map.of(ProgrammeReview.Vars.AREA_RESULTS.name(),
            (String) ProgrammeDriver.results("rest", year).values().iterator().next()));
      }
      d.runJobs();
      LocalDate day = LocalDate.of(year, 12, 12);
      while (!calendar.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      complete(OFFICE, taskId(OFFICE, key, ProgrammeReview.Elements.PROPOSE_REVIEW), Map.of(
          ProgrammeReview.Vars.REVIEW_DATE.name(), day.toString(), ProgrammeReview.Vars.REVIEW_TIME.name(), "08:20",
          ProgrammeReview.Vars.REVIEW_VENUE.name(), year == 2022 ? "Hà Nội" : "Thành phố Vinh, Nghệ An"));
      d.runJobs();
      d.reviewDayComes(review);
      complete(OFFICE, taskId(OFFICE, key, ProgrammeReview.Elements.RECORD_CONCLUSIONS), Map.of(
          ProgrammeReview.Vars.CONCLUSIONS.name(), "Kết luận năm " + year,
          ProgrammeReview.Vars.NEXT_YEAR_PLAN.name(), "Kế hoạch năm " + (year + 1)));
      d.runJobs();
      JsonNode issued = RestCaller.demo(port, OFFICE).get("/api/outgoing-documents?sourceReference="
          + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&year=" + year).json();
      assertThat(issued.findValuesAsText("symbol")).singleElement().asString().matches("\\d+/BC-LĐLĐ");
    }
    d.openYear(2024);
    assertThat(d.variables(d.review(2024)).get(Vars.REVIEW_HOST.name())).isEqualTo("thanhpho");
  }

  @Test
  void badStartsAreRefusedWith400NamingTheFieldAndCreateNothing() throws Exception {
    String number = "9302/CTPH-LĐLĐ";
    Map<String, Object> good = rest(ProgrammeDriver.seed002(number));
    assertRefused(with(good, Vars.TERM_END.name(), typed(2021, "Integer")), Vars.TERM_END.name(), "trước khi bắt đầu");
    assertRefused(with(good, Vars.FIRST_HOST.name(), typed("hoankiem", "String")), Vars.FIRST_HOST.name(),
        "một trong hai bên");
    assertRefused(with(good, Vars.PARTY_B.name(), typed("hanam", "String")), Vars.PARTY_B.name(),
        "không có trong danh sách");
    assertRefused(with(good, Vars.PARTY_B.name(), typed("thanhpho", "String")), Vars.PARTY_B.name(),
        "hai đơn vị khác nhau");
    assertRefused(with(good, Vars.PARTY_B.name(), typed("dukcn", "String")), Vars.PARTY_B.name(),
        "không phải một Liên đoàn Lao động");
    assertRefused(with(good, Vars.CONTENT_AREAS.name(), typed("[]", "Json")), Vars.CONTENT_AREAS.name(),
        "ít nhất một nội dung");
    assertRefused(with(good, Vars.CONTENT_AREAS.name(), typed("[\"A\", \"a\"]", "Json")), Vars.CONTENT_AREAS.name(),
        "lặp lại");
    assertRefused(with(good, Vars.TERM_START.name(), typed("2022", "String")), Vars.TERM_START.name(), null);
    assertRefused(with(good, Vars.TERM_END.name(), typed(2040, "Integer")), Vars.TERM_END.name(), "dài hơn");
    Map<String, Object> missing = new LinkedHashMap<>(good);
    missing.remove(Vars.PROGRAMME_NUMBER.name());
    assertRefused(missing, Vars.PROGRAMME_NUMBER.name(), null);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CoordinationProgramme.KEY).processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  void onlyTheCityOfficeStartsAProgrammeAndANumberStartsOneProgramme() throws Exception {
    String number = "9303/CTPH-LĐLĐ";
    ProgrammeDriver.clockAt(LocalDateTime.of(2023, 6, 1, 9, 0));
    Map<String, Object> programme = rest(ProgrammeDriver.programme(number, "2023-06-01", 2023, 2025));
    assertThat(start("hoankiem.ldld", programme).status()).isEqualTo(403);
    RestCaller.Response first = start(OFFICE, programme);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    RestCaller.Response second = start(OFFICE, programme);
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    String id = first.json().get("id").asText();

    String path = "/api/coordination-programmes/" + id + "/agreement";
    String reason = ProgrammeChanges.REASON_FIELD;
    assertThat(RestCaller.demo(port, "hoankiem.ldld").put(path, Map.of(Vars.TERM_END.name(), 2026, reason, "x"))
        .status()).isEqualTo(403);
    RestCaller.Response shortened = RestCaller.demo(port, OFFICE).put(path,
        Map.of(Vars.TERM_END.name(), 2022, reason, "x"));
    assertThat(shortened.status()).as(shortened.body()).isEqualTo(400);
    assertThat(shortened.body()).contains(Vars.TERM_END.name());
    RestCaller.Response extended = RestCaller.demo(port, OFFICE).put(path,
        Map.of(Vars.TERM_END.name(), 2026, reason, "Văn bản thống nhất số 20/LĐLĐ"));
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().getVariable(id, Vars.TERM_END.name())).isEqualTo(2026);
    assertThat(engine.getRuntimeService().getVariable(id, Vars.AGREEMENT_CHANGES.name()).toString())
        .contains("20/LĐLĐ").contains(OFFICE);
    engine.getRuntimeService().deleteProcessInstance(id, "test");
  }

  private void assertRefused(Map<String, Object> variables, String field, String messagePart) throws Exception {
    RestCaller.Response response = start(OFFICE, variables);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonNode errors = response.json().get("errors");
    assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
    if (messagePart != null) {
      assertThat(response.body()).contains(messagePart);
    }
  }

  private RestCaller.Response start(String user, Map<String, Object> variables) {
    return RestCaller.demo(port, user).post("/engine-rest/process-definition/key/" + CoordinationProgramme.KEY
        + "/start", Map.of("variables", variables));
  }

  private List<String> taskIds(String user, String businessKey, String taskKey) {
    return EngineActions.taskIds(port, user, businessKey, taskKey);
  }

  private String taskId(String user, String businessKey, String taskKey) {
    return EngineActions.taskId(port, user, businessKey, taskKey);
  }

  private void complete(String user, String taskId, Map<String, String> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, typed(value, "String")));
    RestCaller.Response response = RestCaller.demo(port, user).post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  /** Camunda's REST form of a programme's start values: years as Integer, the content areas as Json. */
  private static Map<String, Object> rest(Map<String, Object> values) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Integer) {
        result.put(entry.getKey(), typed(value, "Integer"));
      } else if (entry.getKey().equals(Vars.CONTENT_AREAS.name())) {
        result.put(entry.getKey(), typed(JSON.writeValueAsString(ProgrammeDriver.SEED_002_AREAS), "Json"));
      } else {
        result.put(entry.getKey(), typed(value.toString(), "String"));
      }
    }
    return result;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(variables);
    changed.put(name, value);
    return changed;
  }
}
