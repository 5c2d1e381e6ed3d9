package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Cross-site request forgery, played by a real browser: a hostile page on another origin (served by a small HTTP
 * server in this test, once as http://127.0.0.1:… — another site — and once as http://localhost:…— the same site on
 * another port) makes the browser send every state-changing request of /api and a selection of /engine-rest, as
 * auto-submitted forms (text/plain, url-encoded) and as fetches that need no preflight (text/plain, multipart), and
 * a cross-origin PUT. The browser holds the administrator's credentials: HTTP Basic (what a browser caches after the
 * login dialog, added to every request through Chrome DevTools) or a Tasklist session. Afterwards nothing may have
 * changed: the organisation, the register, the deadline, the processes, the task, the variables, the users.
 */
@PostgresIntegrationTest
class CrossSiteRequestBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATTACKER_MAILBOX = "hopthu@ke-tan-cong.example";
  private static final String FORGED_USER = "csrfattacker";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private HttpServer attacker;
  private volatile String attackPage = "";

  @BeforeEach
  void startTheHostileSite() throws IOException {
    attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] page = attackPage.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    attacker.start();
  }

  @AfterEach
  void stopTheHostileSite() {
    attacker.stop(0);
  }

  @Test
  void aPageOnAnotherOriginChangesNothingWithBasicCredentialsOrATasklistSession() throws Exception {
    SigningDriver campaign = SigningDriver.start(engine, SigningDriver.campaign("9801/LĐLĐ", List.of("danphuong")));
    campaign.runJobs();
    ProcessInstance unit = campaign.unit("danphuong");
    Task proposal = campaign.task(unit, UnitSigning.Elements.PROPOSAL);
    attackPage = page(campaign, unit, proposal);
    Snapshot before = snapshot(campaign, unit, proposal);

    Browser browser = browsers.open(port, "vi-VN");
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        (RestCaller.ADMIN + ":" + RestCaller.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", basic)));
    attackFrom(browser, "127.0.0.1");
    attackFrom(browser, "localhost");
    assertThat(snapshot(campaign, unit, proposal)).as("after the attacks with Basic credentials").isEqualTo(before);

    browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    browser.logIn("tasklist", RestCaller.ADMIN, RestCaller.ADMIN_PASSWORD);
    attackFrom(browser, "127.0.0.1");
    attackFrom(browser, "localhost");
    assertThat(snapshot(campaign, unit, proposal)).as("after the attacks with a Tasklist session").isEqualTo(before);
  }

  /** Opens the hostile page and waits until every forged request has been answered (or refused by the browser). */
  private void attackFrom(Browser browser, String host) {
    browser.driver.get("http://" + host + ":" + attacker.getAddress().getPort() + "/");
    browser.waitFor(d -> "done".equals(d.getTitle()) ? Boolean.TRUE : null);
    browser.screenshot("csrf-" + host);
  }

  private record Snapshot(String mailbox, Integer registerEntries, Object deadline, long forgedCampaigns,
                          String assignee, Object uploaded, long forgedUsers) {}

  private Snapshot snapshot(SigningDriver campaign, ProcessInstance unit, Task proposal) {
    return new Snapshot(
        jdbc.queryForObject("select email from org_unit where code = 'danphuong'", String.class),
        jdbc.queryForObject("select count(*) from doc_outgoing", Integer.class),
        engine.getRuntimeService().getVariable(campaign.campaign().getId(), DeadlineFollowUp.Vars.DEADLINE.name()),
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("9702/%").count()
            + engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("9802/LĐLĐ").count(),
        engine.getTaskService().createTaskQuery().taskId(proposal.getId()).singleResult().getAssignee(),
        engine.getRuntimeService().getVariable(unit.getId(), "csrfUpload"),
        engine.getIdentityService().createUserQuery().userId(FORGED_USER).count());
  }

  /** The hostile page: one forged request per entry, all at once; the title says "done" when all are answered. */
  private String page(SigningDriver campaign, ProcessInstance unit, Task proposal) throws Exception {
    String app = "http://localhost:" + port;
    String organisation = shippedOrganisationFile()
        .replace("email: danphuong@congdoanhanoi.org.vn", "email: " + ATTACKER_MAILBOX);
    assertThat(organisation).contains(ATTACKER_MAILBOX);
    String start = JSON.writeValueAsString(Map.of("businessKey", "9802/LĐLĐ", "variables", Map.of(
        SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", "9802/LĐLĐ"),
            SigningCampaign.Vars.ISSUED_ON.name(), Map.of("value", "2022-05-16"),
        SigningCampaign.Vars.DEADLINE.name(), Map.of("value", "2022-06-30"), SigningCampaign.Vars.TERM.name(),
            Map.of("value", "2022-2025"),
        SigningCampaign.Vars.SUBJECT.name(), Map.of("value", "Giả mạo"), SigningCampaign.Vars.UNIT_CODES.name(),
            Map.of("value", "[\"danphuong\"]", "type", "Json"))));
    String issue = JSON.writeValueAsString(Map.of("type", "BAO_CAO", SigningCampaign.Vars.SUBJECT.name(),
        "Văn bản giả mạo",
        SigningCampaign.Vars.ISSUED_ON.name(), "2022-06-30"));
    String user = JSON.writeValueAsString(Map.of("profile", Map.of("id", FORGED_USER, "firstName", "Kẻ",
        "lastName", "Tấn công", "email", ATTACKER_MAILBOX), "credentials", Map.of("password", "Matkhau@2022!")));
    String documents = app + "/api/reports/signing-campaign/documents?documentNumber="
        + java.net.URLEncoder.encode(campaign.documentNumber(), StandardCharsets.UTF_8);

    List<Map<String, Object>> attacks = new ArrayList<>();
    // /api: organisation import, report issue, register number, deadline change.
    attacks.add(form(app + "/api/organization", "text/plain", organisation));
    attacks.add(fetch("POST", app + "/api/organization", "text/plain", organisation));
    attacks.add(form(documents, "application/x-www-form-urlencoded", null));
    attacks.add(fetch("POST", documents, null, null));
    attacks.add(form(app + "/api/outgoing-documents", "text/plain", issue));
    attacks.add(fetch("POST", app + "/api/outgoing-documents", "text/plain", issue));
    String deadline = app + "/api/process-instances/" + campaign.campaign().getId() + "/deadline";
    attacks.add(fetch("PUT", deadline, "application/json", "{\"deadline\": \"2022-07-29\"}"));
    attacks.add(form(deadline, "text/plain", "{\"deadline\": \"2022-07-29\"}"));
    // /engine-rest: start a process, claim a task, upload a file variable, create a user.
    String startUrl = app + "/engine-rest/process-definition/key/signing-campaign/start";
    attacks.add(form(startUrl, "text/plain", start));
    attacks.add(fetch("POST", startUrl, "text/plain", start));
    String claim = app + "/engine-rest/task/" + proposal.getId() + "/claim";
    attacks.add(fetch("POST", claim, "text/plain", "{\"userId\": \"admin\"}"));
    attacks.add(form(claim, "text/plain", "{\"userId\": \"admin\"}"));
    Map<String, Object> upload = fetch("POST", app + "/engine-rest/process-instance/" + unit.getId()
        + "/variables/csrfUpload/data", null, "%PDF-1.4 giả mạo");
    upload.put("multipart", true);
    attacks.add(upload);
    attacks.add(form(app + "/engine-rest/user/create", "text/plain", user));
    attacks.add(fetch("POST", app + "/engine-rest/user/create", "text/plain", user));

    return """
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Quà tặng đoàn viên</title></head><body>
        <script>
        const attacks = %s;
        function timeout(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }
        function send(a, i) {
          if (a.form) {
            const frame = document.createElement('iframe');
            frame.name = 'f' + i;
            document.body.appendChild(frame);
            const form = document.createElement('form');
            form.method = 'POST';
            form.action = a.url;
            form.enctype = a.contentType;
            form.target = frame.name;
            if (a.name !== null) {
              const input = document.createElement('input');
              input.type = 'hidden';
              input.name = a.name;
              input.value = a.value;
              form.appendChild(input);
            }
            document.body.appendChild(form);
            const loaded = new Promise(resolve => frame.onload = resolve);
            form.submit();
            return Promise.race([loaded, timeout(20000)]);
          }
          const init = {method: a.method, credentials: 'include', mode: a.method === 'PUT' ? 'cors' : 'no-cors'};
          if (a.multipart) {
            const data = new FormData();
            data.append('data', new Blob([a.body], {type: 'application/pdf'}), 'gia-mao.pdf');
            data.append('valueType', 'File');
            init.body = data;
          } else if (a.body !== null) {
            init.body = a.body;
            init.headers = {'Content-Type': a.contentType};
          }
          return Promise.race([fetch(a.url, init), timeout(20000)]);
        }
        Promise.allSettled(attacks.map(send)).then(() => { document.title = 'done'; });
        </script></body></html>
        """.formatted(JSON.writeValueAsString(attacks));
  }

  /**
   * A form that sends the payload as its body. A text/plain form sends "name=value", so the payload is cut where an
   * "=" does no harm: inside an extra JSON member, or in a YAML comment at the end.
   */
  private static Map<String, Object> form(String url, String contentType, String payload) {
    Map<String, Object> attack = new LinkedHashMap<>();
    attack.put("form", true);
    attack.put("url", url);
    attack.put("contentType", contentType);
    if (payload == null) {
      attack.put("name", "x");
      attack.put("value", "1");
    } else if (payload.startsWith("{")) {
      attack.put("name", payload.substring(0, payload.lastIndexOf('}')) + ",\"x\":\"");
      attack.put("value", "\"}");
    } else {
      attack.put("name", payload + "\n#");
      attack.put("value", "");
    }
    return attack;
  }

  private static String shippedOrganisationFile() throws IOException {
    try (var in = CrossSiteRequestBrowserTest.class.getResourceAsStream("/organization/organization.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Object> fetch(String method, String url, String contentType, String body) {
    Map<String, Object> attack = new LinkedHashMap<>();
    attack.put("method", method);
    attack.put("url", url);
    attack.put("contentType", contentType);
    attack.put("body", body);
    return attack;
  }
}
