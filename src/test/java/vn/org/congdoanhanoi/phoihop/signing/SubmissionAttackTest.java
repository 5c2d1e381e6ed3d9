package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A hostile user's submissions (issue 9): variables the task's form does not declare, values of the wrong type,
 * direct variable writes, huge bodies, anonymous probes. Each is refused and leaves nothing stored.
 */
@PostgresIntegrationTest
class SubmissionAttackTest {

  static final String START = "/engine-rest/process-definition/key/signing-campaign/start";
  static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  private final List<String> started = new java.util.ArrayList<>();

  @AfterEach
  void removeCampaigns() {
    started.forEach(id -> {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "test finished");
      }
    });
  }

  /** A running campaign for the given units; returns the driver. */
  SigningDriver campaign(String number, List<String> units) {
    started.add(SigningDriver.startCampaign(engine, "vanphong", SigningDriver.campaign(number, units))
        .getId());
    return new SigningDriver(engine, number);
  }

  static Map<String, Object> string(Object value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    variable.put("type", "String");
    return variable;
  }

  static Map<String, Object> proposal() {
    return new LinkedHashMap<>(SigningDriver.restVariables(SigningDriver.proposal("LOCALITY")));
  }

  static Map<String, Object> body(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  void assertProposalUntouched(SigningDriver d, ProcessInstance unit, String taskId, String unitCode) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
    assertThat(variable(unit, UnitSigning.Vars.UNIT_CODE.name())).isEqualTo(unitCode);
    assertThat(variable(unit, UnitSigning.Vars.DEADLINE.name())).isEqualTo("2022-06-30");
    assertThat(variable(unit, UnitSigning.Vars.VENUE.name())).isNull();
  }

  @Test
  void aUnitCannotSendItsNextTaskToAnotherUnitNorMoveItsDeadlineOnAnyCompletionPath() throws Exception {
    SigningDriver d = campaign("9811/LĐLĐ", List.of("dongda"));
    ProcessInstance dongda = d.unit("dongda");
    String taskId = d.task(dongda, UnitSigning.Elements.PROPOSAL).getId();
    Map<String, Object> attack = proposal();
    attack.put(UnitSigning.Vars.UNIT_CODE.name(), string("hoankiem"));
    attack.put(UnitSigning.Vars.UNIT_NAME.name(), string("Liên đoàn Lao động quận Hoàn Kiếm"));
    attack.put(UnitSigning.Vars.DEADLINE.name(), string("2027-12-31"));
    RestCaller unit = RestCaller.demo(port, "dongda.ldld");

    for (String path : List.of("/engine-rest/task/" + taskId + "/complete",
        "/engine-rest/task/" + taskId + "/submit-form",
        "/engine-rest/task/" + taskId + "/resolve",
        "/engine-rest/engine/default/task/" + taskId + "/complete",
        "/engine-rest/task/" + taskId + "/complete/",
        "/engine-rest/task/" + taskId + "/%63omplete",
        "/engine-rest/task/" + taskId + ";x=y/complete")) {
      RestCaller.Response refused = unit.post(path, body(attack));
      assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(path)
          .contains(UnitSigning.Vars.UNIT_CODE.name(), UnitSigning.Vars.UNIT_NAME.name(),
              UnitSigning.Vars.DEADLINE.name());
      assertThat(refused.json().get("message").asText()).contains(UnitSigning.Vars.UNIT_CODE.name(), "không được");
      assertProposalUntouched(d, dongda, taskId, "dongda");
    }

    // Tasklist's own API, with the unit's webapp session.
    WebappSession tasklist = WebappSession.login(port, "dongda.ldld");
    HttpResponse<String> viaTasklist = tasklist.post(TASKLIST_API + "/task/" + taskId + "/submit-form", body(attack));
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(viaTasklist.body()).contains(UnitSigning.Vars.UNIT_CODE.name());
    assertProposalUntouched(d, dongda, taskId, "dongda");

    // What the embedded form really sends: its context variables unchanged, beside the proposal. Accepted, and the
    // unchanged context is not written again.
    Map<String, Object> asTasklistSends = proposal();
    asTasklistSends.put(UnitSigning.Vars.UNIT_CODE.name(), string("dongda"));
    asTasklistSends.put(UnitSigning.Vars.DEADLINE.name(), string("2022-06-30"));
    asTasklistSends.put(UnitSigning.Vars.DOCUMENT_NUMBER.name(), string("9811/LĐLĐ"));
    HttpResponse<String> accepted = tasklist.post(TASKLIST_API + "/task/" + taskId + "/submit-form",
        body(asTasklistSends));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(variable(dongda, UnitSigning.Vars.UNIT_CODE.name())).isEqualTo("dongda");
    assertThat(variable(dongda, UnitSigning.Vars.VENUE.name())).isEqualTo("Hội trường Huyện ủy");
  }

  @Test
  void aCamundaFormMayResendItsReadOnlyFieldsUnchangedButNeverChangeThem() {
    SigningDriver d = campaign("9812/LĐLĐ", List.of("hadong"));
    ProcessInstance hadong = d.unit("hadong");
    d.complete("hadong.ldld", hadong, UnitSigning.Elements.PROPOSAL,
        new HashMap<>(SigningDriver.proposal("LOCALITY")));
    String taskId = d.task(hadong, UnitSigning.Elements.COMMITTEE_OPINION).getId();
    RestCaller committee = RestCaller.demo(port, "hadong.capuy");

    Map<String, Object> moved = new LinkedHashMap<>();
    moved.put(UnitSigning.Vars.COMMITTEE_OPINION.name(), string("APPROVE"));
    moved.put(UnitSigning.Vars.VENUE.name(), string("Một nơi khác"));
    RestCaller.Response refused = committee.post("/engine-rest/task/" + taskId + "/complete", body(moved));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly(UnitSigning.Vars.VENUE.name());
    assertThat(variable(hadong, UnitSigning.Vars.VENUE.name())).isEqualTo("Hội trường Huyện ủy");

    // form-js sends every field of the form, read-only ones with the values it was shown.
    Map<String, Object> asFormJsSends = new LinkedHashMap<>();
    asFormJsSends.put(UnitSigning.Vars.COMMITTEE_OPINION.name(), Map.of("value", "APPROVE"));
    asFormJsSends.put(UnitSigning.Vars.VENUE.name(), Map.of("value", "Hội trường Huyện ủy"));
    asFormJsSends.put(UnitSigning.Vars.PROPOSED_DATE.name(), Map.of("value", "2022-06-08"));
    asFormJsSends.put(UnitSigning.Vars.UNIT_NAME.name(), Map.of("value", variable(hadong,
        UnitSigning.Vars.UNIT_NAME.name())));
    asFormJsSends.put(UnitSigning.Vars.COMMITTEE_COMMENT.name(), Map.of("value", ""));
    RestCaller.Response accepted = committee.post("/engine-rest/task/" + taskId + "/complete", body(asFormJsSends));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
  }

  @Test
  void valuesOfTheWrongTypeAreRefusedAndNothingIsStored() {
    SigningDriver d = campaign("9703/LĐLĐ", List.of("tayho"));
    ProcessInstance tayho = d.unit("tayho");
    String taskId = d.task(tayho, UnitSigning.Elements.PROPOSAL).getId();
    RestCaller unit = RestCaller.demo(port, "tayho.ldld");
    String complete = "/engine-rest/task/" + taskId + "/complete";

    Map<String, Map<String, Object>> attacks = new LinkedHashMap<>();
    attacks.put("object", Map.of("value", Map.of("city", "Hà Nội")));
    attacks.put("number", Map.of("value", 42));
    attacks.put("typed object", Map.of("value", "{\"city\":\"Hà Nội\"}", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
    attacks.put("jackson gadget", Map.of("value", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://x\"}]",
        "type", "Object", "valueInfo", Map.of("objectTypeName", "com.sun.rowset.JdbcRowSetImpl",
            "serializationDataFormat", "application/json")));
    attacks.put("java serialized", Map.of("value", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}),
        "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object")));
    attacks.put("json", Map.of("value", "{\"city\":", "type", "Json"));
    attacks.put("date", Map.of("value", "2022-06-08T00:00:00.000+0700", "type", "Date"));
    attacks.put("bytes", Map.of("value", "AAAA", "type", "Bytes"));
    for (Map.Entry<String, Map<String, Object>> attack : attacks.entrySet()) {
      Map<String, Object> variables = proposal();
      variables.put(UnitSigning.Vars.VENUE.name(), attack.getValue());
      RestCaller.Response refused = unit.post(complete, body(variables));
      assertThat(refused.status()).as(attack.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(attack.getKey())
          .containsExactly(UnitSigning.Vars.VENUE.name());
      assertThat(refused.json().get("message").asText()).as(attack.getKey()).contains(UnitSigning.Vars.VENUE.name(),
          "văn bản");
      assertProposalUntouched(d, tayho, taskId, "tayho");
    }
    Map<String, Object> dateTyped = proposal();
    dateTyped.put(UnitSigning.Vars.PROPOSED_DATE.name(), Map.of("value", "2022-06-08T00:00:00.000+0700", "type",
        "Date"));
    RestCaller.Response date = unit.post(complete, body(dateTyped));
    assertThat(date.status()).as(date.body()).isEqualTo(400);
    assertThat(date.body()).contains("2022-05-16");

    // A start: the document number as a number or an object, malformed JSON for the units.
    RestCaller office = RestCaller.demo(port, "vanphong");
    Map<String, Object> start = new LinkedHashMap<>(SigningDriver.restVariables(SigningDriver.letter("9704/LĐLĐ")));
    start.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", 9704));
    assertThat(office.post(START, body(start)).status()).isEqualTo(400);
    start.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", Map.of("number", "9704/LĐLĐ")));
    assertThat(office.post(START, body(start)).status()).isEqualTo(400);
    start.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), string("9704/LĐLĐ"));
    start.put(SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"hoankiem\"", "type", "Json"));
    RestCaller.Response json = office.post(START, body(start));
    assertThat(json.status()).as(json.body()).isEqualTo(400);
    assertThat(json.json().get("errors").findValuesAsText("field")).containsExactly(SigningCampaign.Vars.UNIT_CODES.name());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("9704/LĐLĐ").count())
        .isZero();
  }

  @Test
  void aStartTakesOnlyItsFormsVariablesAndTheDocumentedRestOnes() {
    RestCaller office = RestCaller.demo(port, "vanphong");
    Map<String, Object> start = new LinkedHashMap<>(SigningDriver.restVariables(SigningDriver.letter("9705/LĐLĐ")));
    start.put("campaignInitiator", string("hoankiem.ldld"));
    start.put(SigningCampaign.Vars.CAMPAIGN_YEAR.name(), Map.of("value", 2030));
    for (String path : List.of(START, "/engine-rest/process-definition/key/signing-campaign/submit-form",
        "/engine-rest/process-definition/" + latestCampaignDefinition() + "/start")) {
      RestCaller.Response refused = office.post(path, body(start));
      assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(path)
          .contains("campaignInitiator", SigningCampaign.Vars.CAMPAIGN_YEAR.name());
    }
    RestCaller.Response noSuchTenant = office.post("/engine-rest/process-definition/key/signing-campaign/tenant-id/x/start",
        body(start));
    assertThat(noSuchTenant.status()).as(noSuchTenant.body()).isEqualTo(404);
    Map<String, Object> skipping = new LinkedHashMap<>(body(SigningDriver.restVariables(
        SigningDriver.letter("9705/LĐLĐ"))));
    skipping.put("skipCustomListeners", true);
    RestCaller.Response skipped = office.post(START, skipping);
    assertThat(skipped.status()).as(skipped.body()).isEqualTo(400);
    assertThat(skipped.body()).contains("skipCustomListeners");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("9705/LĐLĐ").count())
        .isZero();

    Map<String, Object> withUnits = new LinkedHashMap<>(SigningDriver.restVariables(SigningDriver.letter("9705/LĐLĐ")));
    withUnits.put(SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"hoankiem\"]", "type", "Json"));
    RestCaller.Response accepted = office.post(START, body(withUnits));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    started.add(accepted.json().get("id").asText());
  }

  String latestCampaignDefinition() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SigningCampaign.KEY)
        .latestVersion().singleResult().getId();
  }

  @Test
  void noDistrictNorCityUserWritesVariablesDirectly() {
    SigningDriver d = campaign("9706/LĐLĐ", List.of("caugiay"));
    ProcessInstance caugiay = d.unit("caugiay");
    Task task = d.task(caugiay, UnitSigning.Elements.PROPOSAL);
    Map<String, Object> hoankiem = string("hoankiem");
    Map<String, Object> modifications = Map.of("modifications", Map.of(UnitSigning.Vars.UNIT_CODE.name(), hoankiem));
    for (String user : List.of("caugiay.ldld", "vanphong", "thuongtruc")) {
      RestCaller caller = RestCaller.demo(port, user);
      List<RestCaller.Response> answers = List.of(
          caller.put("/engine-rest/task/" + task.getId() + "/variables/unitCode", hoankiem),
          caller.post("/engine-rest/task/" + task.getId() + "/variables", modifications),
          caller.put("/engine-rest/task/" + task.getId() + "/localVariables/unitCode", hoankiem),
          caller.post("/engine-rest/task/" + task.getId() + "/localVariables", modifications),
          caller.put("/engine-rest/process-instance/" + caugiay.getId() + "/variables/unitCode", hoankiem),
          caller.post("/engine-rest/process-instance/" + caugiay.getId() + "/variables", modifications),
          caller.put("/engine-rest/execution/" + caugiay.getId() + "/localVariables/unitCode", hoankiem),
          caller.post("/engine-rest/execution/" + caugiay.getId() + "/localVariables", modifications),
          caller.put(TASKLIST_API + "/task/" + task.getId() + "/variables/unitCode", hoankiem));
      for (RestCaller.Response answer : answers) {
        assertThat(answer.status()).as(user + ": " + answer.body()).isIn(401, 403);
      }
      assertThat(variable(caugiay, UnitSigning.Vars.UNIT_CODE.name())).isEqualTo("caugiay");
      assertThat(engine.getTaskService().getVariablesLocal(task.getId())).isEmpty();
    }
  }

  @Test
  void aLongBadValueIsQuotedOnlyByItsBeginning() {
    SigningDriver d = campaign("9707/LĐLĐ", List.of("bavi"));
    String taskId = d.task(d.unit("bavi"), UnitSigning.Elements.PROPOSAL).getId();
    Map<String, Object> variables = proposal();
    variables.put(UnitSigning.Vars.PROPOSED_TIME.name(), string("9".repeat(1_000_000)));
    variables.put(UnitSigning.Vars.SIGNING_SCOPE.name(), string("X".repeat(1_000_000)));
    variables.put("y".repeat(10_000), string("z"));
    RestCaller.Response refused = RestCaller.demo(port, "bavi.ldld").post("/engine-rest/task/" + taskId + "/complete",
        body(variables));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().length()).isLessThan(3000);
    assertThat(refused.body()).contains("…");

    Map<String, Object> start = new LinkedHashMap<>(SigningDriver.restVariables(SigningDriver.letter("9708/LĐLĐ")));
    start.put(SigningCampaign.Vars.TERM.name(), string("2".repeat(1_000_000)));
    start.put(SigningCampaign.Vars.ISSUED_ON.name(), string("x".repeat(1_000_000)));
    start.put(SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"" + "h".repeat(1_000_000) + "\"]", "type", "Json"));
    RestCaller.Response startRefused = RestCaller.demo(port, "vanphong").post(START, body(start));
    assertThat(startRefused.status()).isEqualTo(400);
    assertThat(startRefused.body().length()).isLessThan(3000);
    assertThat(startRefused.body()).contains("hhhh…");
  }

  @Test
  void anAnonymousCallerLearnsNothingAndItsBodyIsNotRead() throws Exception {
    campaign("9709/LĐLĐ", List.of("sontay"));
    String path = TASKLIST_API + "/process-definition/key/signing-campaign/submit-form";
    RestCaller anonymous = RestCaller.anonymous(port);
    RestCaller.Response running = anonymous.post(path, body(SigningDriver.restVariables(
        SigningDriver.letter("9709/LĐLĐ"))));
    RestCaller.Response unknown = anonymous.post(path, body(SigningDriver.restVariables(
        SigningDriver.letter("9710/LĐLĐ"))));
    assertThat(running.status()).as(running.body()).isIn(401, 403);
    assertThat(unknown.status()).isEqualTo(running.status());
    assertThat(running.body()).doesNotContain("đang diễn ra");

    // 200 MB announced: answered at once, before the body is sent.
    for (String target : List.of(path, "/engine-rest/task/1/complete", "/api/organization")) {
      String answer = rawPost(target, "Content-Length: 209715200\r\nContent-Type: application/json\r\n", "{");
      assertThat(answer).as(target).startsWith("HTTP/1.1 413");
      assertThat(answer).as(target).contains("quá lớn");
    }
  }

  @Test
  void aBodyLargerThanTheLargestAttachmentIsRefusedEvenWithoutALength() throws Exception {
    SigningDriver d = campaign("9813/LĐLĐ", List.of("myduc"));
    String taskId = d.task(d.unit("myduc"), UnitSigning.Elements.PROPOSAL).getId();
    String auth = "Authorization: Basic " + Base64.getEncoder().encodeToString(
        ("myduc.ldld:" + RestCaller.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    // 16 MB of a venue, sent in chunks: more than a 10 MB file takes in base64.
    StringBuilder chunked = new StringBuilder();
    String prefix = "{\"variables\":{\"venue\":{\"value\":\"";
    chunked.append(Integer.toHexString(prefix.length())).append("\r\n").append(prefix).append("\r\n");
    String chunk = "a".repeat(1024 * 1024);
    for (int i = 0; i < 16; i++) {
      chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    String answer = rawPost("/engine-rest/task/" + taskId + "/complete",
        auth + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n", chunked.toString());
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void aYamlBombOrDeepNestingInTheOrganisationFileIsRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append("]\n");
    }
    bomb.append("units: *j\n");
    RestCaller admin = RestCaller.admin(port);
    RestCaller.Response refused = admin.postText("/api/organization", "application/yaml", bomb.toString());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("không có dữ liệu nào được nhập");
    String deep = "units: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    RestCaller.Response nested = admin.postText("/api/organization", "application/yaml", deep);
    assertThat(nested.status()).as(nested.body()).isEqualTo(400);
  }

  /** A request written by hand, so that the test controls what is (not) sent; returns the whole answer. */
  String rawPost(String path, String headers, String body) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
      try {
        out.write(body.getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException closedEarly) {
        // The server may answer and close before the whole body is sent; the answer is still there to read.
      }
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      StringBuilder answer = new StringBuilder();
      try {
        int read;
        while ((read = in.read(buffer)) > 0) {
          answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
          int headersEnd = answer.indexOf("\r\n\r\n");
          if (headersEnd > 0 && answer.lastIndexOf("}") > headersEnd) {
            break;
          }
        }
      } catch (IOException resetOrTimeout) {
        // what arrived is the answer
      }
      return answer.toString();
    }
  }

  /** Logged in to Tasklist as a person would be: session cookie and CSRF token. */
  record WebappSession(HttpClient client, String base, String xsrf) {

    static WebappSession login(int port, String user) throws Exception {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String base = "http://localhost:" + port;
      browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String xsrf = xsrf(browser);
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
              + URLEncoder.encode(RestCaller.DEMO_PASSWORD, StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // The token of the new session, as Tasklist fetches it.
      HttpResponse<Void> fetch = browser.send(HttpRequest.newBuilder(
          URI.create(base + "/camunda/api/engine/engine/default/task/count")).header("X-XSRF-TOKEN", "Fetch").GET()
          .build(), HttpResponse.BodyHandlers.discarding());
      return new WebappSession(browser, base, fetch.headers().firstValue("X-XSRF-TOKEN").orElse(xsrf(browser)));
    }

    private static String xsrf(HttpClient browser) {
      return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
      String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
