package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** Bad starts and bad completions over REST are refused with 400 and a message that says what to fix. */
@PostgresIntegrationTest
class SigningCampaignRestTest {

  static final String START = "/engine-rest/process-definition/key/signing-campaign/start";

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ProcessEngine engine;

  RestCaller.Response start(String user, Map<String, ?> values) {
    return SigningDriver.startOverRest(engine, port, user, values);
  }

  long instances(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey(SigningCampaign.KEY)
        .variableValueEquals(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), number).count();
  }

  @Test
  void aStartWithoutVariablesNamesEveryMissingOneAndCreatesNothing() {
    RestCaller.Response response = RestCaller.demo(port, "vanphong").post(START, Map.of("variables", Map.of()));
    assertThat(response.status()).isEqualTo(400);
    JsonNode body = response.json();
    assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.get("errors").findValuesAsText("field"))
        .contains(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), SigningCampaign.Vars.ISSUED_ON.name(),
            SigningCampaign.Vars.DEADLINE.name(), SigningCampaign.Vars.SUBJECT.name(),
            SigningCampaign.Vars.TERM.name());
    assertThat(body.get("message").asText()).contains("Thiếu số văn bản");
  }

  @Test
  void aDeadlineBeforeTheIssueDateIsRefused() {
    Map<String, Object> values = SigningDriver.letter("9201/LĐLĐ");
    values.put(DeadlineFollowUp.Vars.DEADLINE.name(), "2022-05-01");
    RestCaller.Response response = start("vanphong", values);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("trước ngày ban hành");
    assertThat(instances("9201/LĐLĐ")).isZero();
  }

  @Test
  void anUnknownUnitCodeAndAMalformedDateAreRefused() {
    Map<String, Object> values = SigningDriver.letter("9202/LĐLĐ");
    values.put(SigningCampaign.Vars.ISSUED_ON.name(), "16/05/2022");
    RestCaller.Response response = RestCaller.demo(port, "vanphong").post(START, Map.of("variables", Map.of(
        SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", "9202/LĐLĐ"),
            SigningCampaign.Vars.ISSUED_ON.name(), Map.of("value", "16/05/2022"),
        SigningCampaign.Vars.DEADLINE.name(), Map.of("value", "2022-06-30"), SigningCampaign.Vars.TERM.name(),
            Map.of("value", "2022-2025"),
        SigningCampaign.Vars.SUBJECT.name(), Map.of("value", "V/v ký kết"),
        SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"hoankiem\", \"khongco\"]", "type", "Json"))));
    assertThat(response.status()).isEqualTo(400);
    String message = response.json().get("message").asText();
    assertThat(message).contains("'khongco'", "năm-tháng-ngày");
    assertThat(instances("9202/LĐLĐ")).isZero();
  }

  @Test
  void aSecondRunningCampaignWithTheSameNumberIsRefused() {
    RestCaller.Response first = start("vanphong", SigningDriver.letter("9203/LĐLĐ"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    try {
      RestCaller.Response second = start("vanphong", SigningDriver.letter("9203/LĐLĐ"));
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SigningCampaign.KEY)
          .processInstanceBusinessKey("9203/LĐLĐ").count()).isOne();
      assertThat(second.body()).contains("đang diễn ra");
      // The letter is taken (409, like a lost race), decided by the matter's unique key in the start itself.
      assertThat(second.status()).isEqualTo(409);
    } finally {
      runtimeService.deleteProcessInstance(first.json().get("id").asText(), "test finished");
    }
  }

  @Test
  void theCityOfficeOpensTheStartForm() {
    RestCaller.Response form = RestCaller.demo(port, "vanphong")
        .get("/engine-rest/process-definition/key/signing-campaign/deployed-start-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("\"id\"", "signing-campaign-start", "Số văn bản");
  }

  @Test
  void aCancelledCampaignCanBeLaunchedAgainUnderItsNumber() {
    RestCaller.Response first = start("vanphong", SigningDriver.letter("9207/LĐLĐ"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    runtimeService.deleteProcessInstance(first.json().get("id").asText(), "Hủy để phát động lại");
    RestCaller.Response again = start("vanphong", SigningDriver.letter("9207/LĐLĐ"));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    runtimeService.deleteProcessInstance(again.json().get("id").asText(), "test finished");
  }

  @Test
  void aDistrictCannotLaunchACampaign() {
    assertThat(start("hoankiem.ldld", SigningDriver.letter("9204/LĐLĐ")).status()).isEqualTo(403);
    assertThat(instances("9204/LĐLĐ")).isZero();
  }

  @Test
  void aBadProposalIsRefusedNamingTheFieldsAndTheTaskStaysOpen() {
    Map<String, Object> values = SigningDriver.letter("9205/LĐLĐ");
    RestCaller.Response started = start("vanphong", values);
    assertThat(started.status()).isEqualTo(200);
    try {
      SigningDriver.Rest d = new SigningDriver(engine, "9205/LĐLĐ").rest(port);
      String task = d.taskId("thanhxuan.ldld", UnitSigning.businessKey("9205/LĐLĐ", "thanhxuan"),
          UnitSigning.Elements.PROPOSAL);
      RestCaller.Response form = RestCaller.demo(port, "thanhxuan.ldld").get("/engine-rest/task/" + task + "/form");
      assertThat(form.status()).as("the form of the task is known to its unit").isEqualTo(200);
      String key = form.json().get("key").asText();
      // The form comes from the model's own deployment (versioned with it), not from the web server's files.
      assertThat(key).isEqualTo("embedded:deployment:forms/signing/unit-signing-proposal.html");
      RestCaller.Response deployed = RestCaller.demo(port, "thanhxuan.ldld")
          .get("/engine-rest/task/" + task + "/deployed-form");
      assertThat(deployed.status()).isEqualTo(200);
      assertThat(deployed.body()).contains("data-form-variables");
      // A task of a version deployed before (key "embedded:/forms/…") is still shown the packaged form.
      RestCaller.Response legacy = RestCaller.anonymous(port).get("/forms/unit-signing-proposal.html");
      assertThat(legacy.status()).isEqualTo(200);
      assertThat(legacy.body()).isEqualTo(deployed.body());
      RestCaller.Response refused = d.tryComplete("thanhxuan.ldld", task, Map.of(UnitSigning.Vars.PROPOSED_DATE.name(),
          "2022-07-15",
          UnitSigning.Vars.PROPOSED_TIME.name(), "25:00", UnitSigning.Vars.VENUE_ARRANGED_BY.name(), "UNIT",
              UnitSigning.Vars.SIGNING_MODE.name(), "DIRECT", UnitSigning.Vars.SIGNING_SCOPE.name(), "SOMEWHERE",
          UnitSigning.Vars.ATTENDEES.name(), "Ban Thường vụ"));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field"))
          .contains(UnitSigning.Vars.PROPOSED_DATE.name(), UnitSigning.Vars.PROPOSED_TIME.name(),
              UnitSigning.Vars.VENUE.name(), UnitSigning.Vars.SIGNING_SCOPE.name());
      assertThat(refused.json().get("message").asText()).contains("sau hạn hoàn thành", "Thiếu địa điểm");
      assertThat(d.taskIds("thanhxuan.ldld", UnitSigning.businessKey("9205/LĐLĐ", "thanhxuan"),
          UnitSigning.Elements.PROPOSAL)).containsExactly(task);
    } finally {
      runtimeService.deleteProcessInstance(started.json().get("id").asText(), "test finished");
    }
  }
}
