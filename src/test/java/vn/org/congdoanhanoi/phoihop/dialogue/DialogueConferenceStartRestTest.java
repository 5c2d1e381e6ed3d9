package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;

/**
 * The start contract of dialogue-conference over REST: every bad value answered with 400 naming its field and
 * nothing created; a district starts its own conference only; one start per plan.
 */
@PostgresIntegrationTest
class DialogueConferenceStartRestTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  GrassrootsUnions unions;

  @BeforeEach
  void onThePlansDay() {
    DialogueDriver.clockAt("2023-04-24T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  long instances(String number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DialogueConference.KEY)
        .variableValueEquals(Vars.PLAN_NUMBER.name(), number).count();
  }

  RestCaller.Response start(String user, Map<String, ?> values) {
    return DialogueDriver.startOverRest(port, user, values);
  }

  List<String> fields(RestCaller.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").findValuesAsText("field");
  }

  @Test
  void aStartWithoutVariablesNamesEveryMissingOneInVietnameseAndCreatesNothing() {
    RestCaller.Response response = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .post(DialogueDriver.START, Map.of("variables", Map.of()));
    assertThat(fields(response)).contains(Vars.PLAN_NUMBER.name(), Vars.ISSUED_ON.name(), Vars.UNIT_CODE.name(),
        Vars.CONFERENCE_DATE.name(), Vars.CONFERENCE_TIME.name(), Vars.VENUE.name(), Vars.PETITION_DEADLINE.name(),
        Vars.EXPECTED_ATTENDANCE.name());
    assertThat(response.json().get("message").asText()).contains("Thiếu số kế hoạch");
  }

  @Test
  void aDeadlineOnOrAfterTheConferenceIsRefused() {
    Map<String, Object> plan = DialogueDriver.plan("9401/KH-LĐLĐ");
    plan.put(Vars.PETITION_DEADLINE.name(), "2023-05-25");
    RestCaller.Response response = start(DialogueDriver.FEDERATION_USER, plan);
    assertThat(fields(response)).containsExactly(Vars.PETITION_DEADLINE.name());
    assertThat(response.json().get("message").asText()).contains("phải trước ngày tổ chức Hội nghị 25/05/2023");
    assertThat(instances("9401/KH-LĐLĐ")).isZero();
  }

  @Test
  void datesAlreadyPastByTheEnginesClockAndAWeekendConferenceAreRefused() {
    DialogueDriver.clockAt("2023-05-12T09:00");
    Map<String, Object> plan = DialogueDriver.plan("9402/KH-LĐLĐ");
    RestCaller.Response late = start(DialogueDriver.FEDERATION_USER, plan);
    assertThat(fields(late)).containsExactly(Vars.PETITION_DEADLINE.name());
    assertThat(late.json().get("message").asText()).contains("10/05/2023", "đã qua");

    DialogueDriver.clockAt("2023-04-24T09:00");
    plan.put(Vars.CONFERENCE_DATE.name(), "2023-05-27");
    RestCaller.Response saturday = start(DialogueDriver.FEDERATION_USER, plan);
    assertThat(fields(saturday)).containsExactly(Vars.CONFERENCE_DATE.name());
    assertThat(saturday.json().get("message").asText()).contains("cuối tuần");
    assertThat(instances("9402/KH-LĐLĐ")).isZero();
  }

  @Test
  void anUnknownUnionAndARepeatedOneAreRefusedByName() {
    String own = unions.of(DialogueDriver.DISTRICT).get(0).code();
    Map<String, Object> plan = DialogueDriver.plan("9403/KH-LĐLĐ");
    plan.put(Vars.GRASSROOTS_UNITS.name(), List.of(own, own, "khongco"));
    RestCaller.Response response = start(DialogueDriver.FEDERATION_USER, plan);
    assertThat(fields(response)).containsOnly(Vars.GRASSROOTS_UNITS.name()).hasSize(2);
    assertThat(response.json().get("message").asText())
        .contains("'" + own + "' bị lặp lại", "'khongco' không có trong dữ liệu tổ chức");
    assertThat(instances("9403/KH-LĐLĐ")).isZero();
  }

  @Test
  void aNonDistrictUnitAndAMalformedAttendanceAreRefused() {
    Map<String, Object> plan = DialogueDriver.plan("9404/KH-LĐLĐ");
    Vars.UNIT_CODE.putInto(plan, "dukcn");
    plan.put(Vars.EXPECTED_ATTENDANCE.name(), 0);
    RestCaller.Response response = start(DialogueDriver.FEDERATION_USER, plan);
    assertThat(fields(response)).containsOnly(Vars.UNIT_CODE.name(), Vars.EXPECTED_ATTENDANCE.name());
    assertThat(instances("9404/KH-LĐLĐ")).isZero();
  }

  @Test
  void anotherDistrictsFederationAndTheCityOfficeMayNotStartGiaLamsConference() {
    RestCaller.Response other = start("donganh.ldld", DialogueDriver.plan("9405/KH-LĐLĐ"));
    assertThat(other.status()).as(other.body()).isEqualTo(403);
    assertThat(other.json().get("message").asText()).contains("Chỉ Ban Thường vụ LĐLĐ 'gialam'");
    RestCaller.Response city = start("vanphong", DialogueDriver.plan("9405/KH-LĐLĐ"));
    assertThat(city.status()).as(city.body()).isEqualTo(403);
    assertThat(instances("9405/KH-LĐLĐ")).isZero();
  }

  @Test
  void aPlanIsStartedOnceWhileItRuns() {
    RestCaller.Response first = start(DialogueDriver.FEDERATION_USER, DialogueDriver.plan("9406/KH-LĐLĐ"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("businessKey").asText()).isEqualTo("9406/KH-LĐLĐ");
    try {
      RestCaller.Response second = start(DialogueDriver.FEDERATION_USER, DialogueDriver.plan("9406/KH-LĐLĐ"));
      assertThat(second.status()).as(second.body()).isEqualTo(409);
      assertThat(second.body()).contains("đang được thực hiện");
      assertThat(instances("9406/KH-LĐLĐ")).isOne();
    } finally {
      engine.getRuntimeService().deleteProcessInstance(first.json().get("id").asText(), "test finished");
    }
  }

  @Test
  void theFederationOpensTheVietnameseStartForm() {
    RestCaller.Response form = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get("/engine-rest/process-definition/key/" + DialogueConference.KEY + "/deployed-start-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.body()).contains("dialogue-conference-start", "Số kế hoạch", "Hạn gửi kiến nghị");
  }
}
