package vn.org.congdoanhanoi.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.WebappSession;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWebhook;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The hostile-input suite: every kind of bad request found when the product was attacked (issue 9), against every
 * endpoint family — Camunda's REST API, the webapps' own API behind Tasklist, our {@code /api} — with the users who
 * tried them. Each request must be refused with a 4xx (never a 5xx) and leave the database exactly as it was. The
 * counts (tried, 4xx, 5xx, stored after a 4xx) are printed and written to {@code target/hostile-input-report.txt}.
 */
@PostgresIntegrationTest
class HostileInputSuiteTest {

  private static final String NUMBER = "HOSTILE-01/LĐLĐ";
  private static final String EVIL_ORIGIN = "http://evil.example";
  private static final Set<Integer> BAD_VALUE = Set.of(400);
  private static final Set<Integer> NOT_ALLOWED = Set.of(403);
  private static final Set<Integer> HIDDEN_OR_NOT_ALLOWED = Set.of(403, 404);
  private static final Set<Integer> UNAUTHENTICATED = Set.of(401);
  /** 0: the server closed the connection instead of reading a body it refuses. */
  private static final Set<Integer> TOO_LARGE = Set.of(401, 413, 0);
  private static final Set<Integer> CROSS_SITE = Set.of(403);

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  DataSource dataSource;

  private final List<Outcome> outcomes = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyHostileRequestIsRefusedWithA4xxAndLeavesNothingBehind() throws IOException {
    // The campaign's own days, so that no timer of any test falls due while the suite compares the database.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2022-05-17T09:00:00").atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(NUMBER, List.of("dongda", "hoankiem"), "2022-05-16", "2022-06-30"));
    Task dongda = awaitProposal("dongda");
    Task hoankiem = awaitProposal("hoankiem");
    taskService.claim(dongda.getId(), "dongda.ldld");
    Job cleanup = historyCleanupJob();

    RestCaller dongdaRest = RestCaller.demo(port, "dongda.ldld");
    RestCaller office = RestCaller.demo(port, "vanphong");
    RestCaller admin = RestCaller.admin(port);
    RestCaller anonymous = RestCaller.anonymous(port);
    String complete = "/engine-rest/task/" + dongda.getId() + "/complete";
    String start = "/engine-rest/process-definition/key/" + SigningCampaign.KEY + "/start";
    Map<String, Object> proposal = SigningDriver.restVariables(SigningDriver.proposal("LOCALITY"));

    // Camunda's REST API: variables the form does not declare, values of the wrong type.
    attack("engine-rest", "completion sets the unit, its name and its deadline", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(
            UnitSigning.Vars.UNIT_CODE.name(), text("hoankiem"), UnitSigning.Vars.UNIT_NAME.name(), text("Hoàn Kiếm"),
            UnitSigning.Vars.DEADLINE.name(), text("2027-12-31"))))));
    attack("engine-rest", "venue as an object", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(UnitSigning.Vars.VENUE.name(),
            Map.of("value", Map.of("street", "Phố Huế")))))));
    attack("engine-rest", "a Date-typed date", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(UnitSigning.Vars.PROPOSED_DATE.name(),
            Map.of("value", "2022-06-08T00:00:00.000+0700", "type", "Date"))))));
    attack("engine-rest", "a Jackson gadget type", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(UnitSigning.Vars.VENUE.name(), Map.of("value", "{}",
            "type", "Object", "valueInfo", Map.of("objectTypeName", "com.sun.rowset.JdbcRowSetImpl",
                "serializationDataFormat", "application/json")))))));
    attack("engine-rest", "an explicit serialized Java object", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(UnitSigning.Vars.VENUE.name(), Map.of(
            "value", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 't', 0, 1, 'x'}),
            "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String",
                "serializationDataFormat", "application/x-java-serialized-object")))))));
    attack("engine-rest", "malformed Json", BAD_VALUE,
        () -> dongdaRest.post(complete, body(with(proposal, Map.of(UnitSigning.Vars.ATTENDEES.name(),
            Map.of("value", "{not json", "type", "Json"))))));
    attack("engine-rest", "start with the document number as a number", BAD_VALUE,
        () -> office.post(start, body(with(SigningDriver.restCampaign("HOSTILE-02/LĐLĐ", List.of("dongda")),
            Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", 222, "type", "Integer"))))));
    attack("engine-rest", "start with the document number as an object", BAD_VALUE,
        () -> office.post(start, body(with(SigningDriver.restCampaign("HOSTILE-02/LĐLĐ", List.of("dongda")),
            Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", Map.of("so", 222)))))));
    String megabyte = "x".repeat(1024 * 1024);
    RestCaller.Response[] echoed = new RestCaller.Response[1];
    attack("engine-rest", "a 1 MB bad value", BAD_VALUE, () -> echoed[0] = office.post(start,
        body(with(SigningDriver.restCampaign("HOSTILE-03/LĐLĐ", List.of("dongda")), Map.of(SigningCampaign.Vars.TERM.name(), text(megabyte))))));
    attack("engine-rest", "another unit's task", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.post("/engine-rest/task/" + hoankiem.getId() + "/complete", body(proposal)));
    RestCaller.Response[] missing = new RestCaller.Response[1];
    attack("engine-rest", "a task that no longer exists", Set.of(404), () -> missing[0] = dongdaRest.post(
        "/engine-rest/task/00000000-dead-beef-0000-000000000000/complete", body(proposal)));
    attack("engine-rest", "claiming a task another user holds", Set.of(409),
        () -> admin.post("/engine-rest/task/" + dongda.getId() + "/claim", Map.of("userId", "admin")));
    for (String key : List.of(NotificationMail.KEY, NotificationWebhook.KEY, UnitSigning.KEY, ClusterCeremony.KEY,
        DeadlineFollowUp.KEY)) {
      attack("engine-rest", "the city office starts " + key, NOT_ALLOWED,
          () -> office.post("/engine-rest/process-definition/key/" + key + "/start", body(Map.of())));
    }
    attack("engine-rest", "the city office correlates the mail start message", Set.of(400, 403),
        () -> office.post("/engine-rest/message", Map.of("messageName", NotificationMail.Messages.MAIL_REQUESTED,
            "processVariables", Map.of("to", text("attacker@evil.example")))));
    attack("engine-rest", "the city office pushes a ceremony outcome message into a unit's process",
        Set.of(400, 403, 404),
        () -> office.post("/engine-rest/message", Map.of("messageName",
            UnitSigning.Messages.CLUSTER_CEREMONY_OUTCOME, "businessKey", NUMBER + "/dongda",
            "processVariables", Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), text("SIGNED")))));
    attack("engine-rest", "a district sets a variable of its task", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.put("/engine-rest/task/" + dongda.getId() + "/variables/" + UnitSigning.Vars.UNIT_CODE.name(),
            text("hoankiem")));
    attack("engine-rest", "a district moves its process instance's deadline", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.put("/engine-rest/process-instance/" + dongda.getProcessInstanceId() + "/variables/"
            + UnitSigning.Vars.DEADLINE.name(), text("2027-12-31")));
    attack("engine-rest", "a district executes the history cleanup job", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.post("/engine-rest/job/" + cleanup.getId() + "/execute", Map.of()));
    attack("engine-rest", "a district suspends the history cleanup job", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.put("/engine-rest/job/" + cleanup.getId() + "/suspended", Map.of("suspended", true)));
    attack("engine-rest", "a district re-dates the history cleanup job", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.put("/engine-rest/job/" + cleanup.getId() + "/duedate",
            Map.of("duedate", "2030-01-01T00:00:00.000+0700")));
    attack("engine-rest", "a district zeroes the history cleanup job's retries", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaRest.put("/engine-rest/job/" + cleanup.getId() + "/retries", Map.of("retries", 0)));
    attack("engine-rest", "a district reads every unit's instance counts", NOT_ALLOWED,
        () -> dongdaRest.get("/engine-rest/process-definition/statistics"));
    attack("engine-rest", "a new user whose password fails the policy", BAD_VALUE,
        () -> admin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "hostile01", "firstName", "A",
            "lastName", "B", "email", "a@b.vn"), "credentials", Map.of("password", "123"))));
    attack("engine-rest", "anonymous start naming a running campaign", UNAUTHENTICATED,
        () -> anonymous.post(start, body(SigningDriver.restCampaign(NUMBER, List.of("dongda")))));

    // The webapps' API, with a Tasklist session and its CSRF token, as the browser sends it.
    WebappSession dongdaSession = WebappSession.login(port, "dongda.ldld", RestCaller.DEMO_PASSWORD);
    WebappSession officeSession = WebappSession.login(port, "vanphong", RestCaller.DEMO_PASSWORD);
    String webappTask = "/camunda/api/engine/engine/default/task/" + dongda.getId();
    attack("camunda-api", "completion sets the unit and the deadline", BAD_VALUE,
        () -> dongdaSession.post(webappTask + "/submit-form", json(body(with(proposal, Map.of(
            UnitSigning.Vars.UNIT_CODE.name(), text("hoankiem"), UnitSigning.Vars.DEADLINE.name(),
                text("2027-12-31")))))));
    attack("camunda-api", "venue as an object", BAD_VALUE,
        () -> dongdaSession.post(webappTask + "/complete", json(body(with(proposal,
            Map.of(UnitSigning.Vars.VENUE.name(),
            Map.of("value", Map.of("street", "Phố Huế"))))))));
    attack("camunda-api", "the city office starts notification-mail from Tasklist", NOT_ALLOWED,
        () -> officeSession.post("/camunda/api/engine/engine/default/process-definition/key/" + NotificationMail.KEY
            + "/submit-form", json(body(Map.of()))));
    attack("camunda-api", "another unit's task", HIDDEN_OR_NOT_ALLOWED,
        () -> dongdaSession.post("/camunda/api/engine/engine/default/task/" + hoankiem.getId() + "/submit-form",
            json(body(proposal))));
    String webappStart = "/camunda/api/engine/engine/default/process-definition/key/" + SigningCampaign.KEY
        + "/submit-form";
    RestCaller.Response[] anonymousAnswers = new RestCaller.Response[2];
    attack("camunda-api", "anonymous submission naming a running campaign", Set.of(401, 403),
        () -> anonymousAnswers[0] = raw("POST", webappStart, "application/json",
            json(body(SigningDriver.restCampaign(NUMBER, List.of("dongda")))).getBytes(StandardCharsets.UTF_8), Map.of()));
    attack("camunda-api", "anonymous submission naming no campaign", Set.of(401, 403),
        () -> anonymousAnswers[1] = raw("POST", webappStart, "application/json",
            json(body(SigningDriver.restCampaign("KHONG-CO/LĐLĐ", List.of("dongda")))).getBytes(StandardCharsets.UTF_8), Map.of()));
    byte[] huge = new byte[30 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    attack("camunda-api", "anonymous 30 MB body", TOO_LARGE,
        () -> raw("POST", webappStart, "application/json", huge, Map.of()));
    attack("engine-rest", "a district's 30 MB completion", Set.of(413, 0),
        () -> raw("POST", complete, "application/json", huge, basic("dongda.ldld")));

    // Our own API.
    String organizationFile = organizationFile();
    attack("api", "organisation import with a YAML alias bomb", BAD_VALUE,
        () -> admin.postText("/api/organization", "application/yaml", aliasBomb()));
    attack("api", "organisation import nested 5,000 levels deep", BAD_VALUE,
        () -> admin.postText("/api/organization", "application/yaml", "units: " + "[".repeat(5000)
            + "]".repeat(5000)));
    attack("api", "cross-site organisation import (text/plain, Basic credentials)", CROSS_SITE,
        () -> raw("POST", "/api/organization", "text/plain", organizationFile
            .replace("vanphong@congdoanhanoi.org.vn", "attacker@evil.example").getBytes(StandardCharsets.UTF_8),
            withOrigin(basic("admin"))));
    attack("api", "cross-site register number (text/plain, Basic credentials)", CROSS_SITE,
        () -> raw("POST", "/api/outgoing-documents", "text/plain",
            "{\"type\":\"BAO_CAO\",\"subject\":\"Giả mạo\"}".getBytes(StandardCharsets.UTF_8),
            withOrigin(basic("vanphong"))));
    attack("api", "cross-site consolidated report", CROSS_SITE,
        () -> raw("POST", "/api/reports/" + SigningCampaign.KEY + "/documents?documentNumber=" + encode(NUMBER),
            "text/plain", new byte[0], withOrigin(basic("vanphong"))));
    attack("api", "cross-site deadline change", CROSS_SITE,
        () -> raw("PUT", "/api/process-instances/" + campaign.getId() + "/deadline", "text/plain",
            "{\"deadline\":\"2022-07-15\"}".getBytes(StandardCharsets.UTF_8), withOrigin(basic("vanphong"))));
    attack("api", "a district moves the campaign deadline", NOT_ALLOWED,
        () -> dongdaRest.put("/api/process-instances/" + campaign.getId() + "/deadline",
            Map.of(SigningCampaign.Vars.DEADLINE.name(), "2027-12-31")));
    attack("api", "an impossible deadline", BAD_VALUE,
        () -> office.put("/api/process-instances/" + campaign.getId() + "/deadline",
            Map.of(SigningCampaign.Vars.DEADLINE.name(), "2022-13-45")));
    attack("api", "a register number of an unknown document type", BAD_VALUE,
        () -> office.post("/api/outgoing-documents", Map.of("type", "NOPE", SigningCampaign.Vars.SUBJECT.name(),
            "Thử")));
    attack("api", "a district issues a register number", NOT_ALLOWED,
        () -> dongdaRest.post("/api/outgoing-documents", Map.of("type", "BAO_CAO", SigningCampaign.Vars.SUBJECT.name(),
            "Thử")));

    // The control: without the hostile part, the same completion is accepted, so each refusal above was for it.
    RestCaller.Response control = dongdaRest.post(complete, body(proposal));
    report();
    assertThat(control.status()).as("the proposal without hostile variables: %s", control.body()).isEqualTo(204);
    assertThat(echoed[0].body().length()).as("a 1 MB bad value is not echoed back").isLessThan(20_000);
    assertThat(missing[0].json().get("type").asText()).as("a missing task is not a bad value").isEqualTo("NotFound");
    assertThat(anonymousAnswers[0].status()).as("an anonymous caller learns nothing about running campaigns")
        .isEqualTo(anonymousAnswers[1].status());
    assertThat(withoutTimestamp(anonymousAnswers[0].body()))
        .isEqualTo(withoutTimestamp(anonymousAnswers[1].body()));
    assertThat(outcomes).filteredOn(o -> o.status >= 500).as("answers 5xx").isEmpty();
    assertThat(outcomes).filteredOn(o -> !o.changed.isEmpty()).as("requests that changed something").isEmpty();
    assertThat(outcomes).filteredOn(o -> !o.expected.contains(o.status)).as("answers other than expected").isEmpty();
  }

  private void attack(String family, String name, Set<Integer> expected, Supplier<RestCaller.Response> request) {
    // The test profile runs no job executor: between the two readings nothing moves but the request itself.
    StateFingerprint fingerprint = new StateFingerprint(dataSource);
    Map<String, String> before = fingerprint.take();
    RestCaller.Response response = request.get();
    List<String> changed = StateFingerprint.changed(before, fingerprint.take());
    String answer = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
    outcomes.add(new Outcome(family, name, expected, response.status(), changed, answer));
  }

  private void report() throws IOException {
    StringBuilder text = new StringBuilder("Hostile-input suite\n");
    Map<String, int[]> perFamily = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      int[] counts = perFamily.computeIfAbsent(o.family, f -> new int[4]);
      counts[0]++;
      boolean refused = o.status == 0 || o.status >= 400 && o.status < 500;
      counts[1] += refused ? 1 : 0;
      counts[2] += o.status >= 500 ? 1 : 0;
      counts[3] += refused && !o.changed.isEmpty() ? 1 : 0;
      text.append(String.format("  %-12s %3d %s%s%s%n", o.family, o.status, o.name,
          o.expected.contains(o.status) ? " — " + shorten(o.answer, 160)
              : " (expected " + o.expected + ": " + o.answer + ")",
          o.changed.isEmpty() ? "" : " CHANGED " + o.changed));
    }
    int[] total = new int[4];
    perFamily.forEach((family, c) -> {
      text.append(String.format("%-12s tried %3d, 4xx %3d, 5xx %d, stored after 4xx %d%n", family, c[0], c[1], c[2],
          c[3]));
      for (int i = 0; i < 4; i++) {
        total[i] += c[i];
      }
    });
    text.append(String.format("%-12s tried %3d, 4xx %3d, 5xx %d, stored after 4xx %d%n", "all", total[0], total[1],
        total[2], total[3]));
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "hostile-input-report.txt"), text, StandardCharsets.UTF_8);
  }

  private static String withoutTimestamp(String body) {
    return body.replaceAll("\"timestamp\":\"[^\"]*\"", "");
  }

  private static String shorten(String text, int length) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > length ? line.substring(0, length) + "…" : line;
  }

  private Task awaitProposal(String unit) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(NUMBER + "/" + unit)
          .taskDefinitionKey(UnitSigning.Elements.PROPOSAL).singleResult();
      if (task != null) {
        return task;
      }
      pause();
    }
    throw new AssertionError("No proposal task for " + unit);
  }

  private Job historyCleanupJob() {
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    if (jobs.isEmpty()) {
      historyService.cleanUpHistoryAsync(false);
      jobs = historyService.findHistoryCleanupJobs();
    }
    assertThat(jobs).as("history cleanup job").isNotEmpty();
    return jobs.get(0);
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> with(Map<String, Object> variables, Map<String, Object> extra) {
    Map<String, Object> result = new LinkedHashMap<>(variables);
    result.putAll(extra);
    return result;
  }

  private static Map<String, Object> body(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> basic(String user) {
    String password = "admin".equals(user) ? RestCaller.ADMIN_PASSWORD : RestCaller.DEMO_PASSWORD;
    return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8)));
  }

  /** What a hostile page's form submission looks like: another origin, the browser's cached credentials. */
  private static Map<String, String> withOrigin(Map<String, String> headers) {
    Map<String, String> result = new LinkedHashMap<>(headers);
    result.put("Origin", EVIL_ORIGIN);
    result.put("Referer", EVIL_ORIGIN + "/trang-doc-hai.html");
    result.put("Sec-Fetch-Site", "cross-site");
    return result;
  }

  private RestCaller.Response raw(String method, String path, String contentType, byte[] body,
                                  Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    try {
      HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new RestCaller.Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      // A server may close the connection on a body it refuses to read: a refusal, recorded as status 0.
      return new RestCaller.Response(0, "connection closed: " + e.getMessage(), "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String organizationFile() throws IOException {
    try (InputStream in = HostileInputSuiteTest.class.getResourceAsStream("/organization/organization.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** "Billion laughs": nine levels of aliases, each nine times the one below. */
  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
    for (int level = 1; level < 10; level++) {
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("units: *a9\n").toString();
  }

  private record Outcome(String family, String name, Set<Integer> expected, int status, List<String> changed,
                         String answer) {}
}
