package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * The perimeter as a hostile client sees it, over plain HTTP: forged cross-origin changes, the Basic challenge
 * that makes browsers cache credentials, missing security headers on reports and downloads, forwarded headers
 * from anyone, and what anonymous callers learn from /actuator/health (which must not go DOWN because of mail).
 */
@PostgresIntegrationTest
class PerimeterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
      (RestCaller.ADMIN + ":" + RestCaller.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  JavaMailSenderImpl mailSender;

  @Test
  void aChangeFromAnotherOriginIsRefusedWhileOtherSystemsAndOurOwnPagesStillWork() throws Exception {
    String issue = "{\"type\": \"BAO_CAO\", \"subject\": \"Văn bản kiểm tra nguồn gốc\", \"issuedOn\": \"2022-06-30\"}";
    int before = registerEntries();

    for (Map<String, String> foreign : List.of(
        Map.of("Origin", "http://evil.example"),
        Map.of("Origin", "null"),
        Map.of("Referer", "http://evil.example/trang.html"),
        Map.of("Sec-Fetch-Site", "cross-site"),
        Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-site"))) {
      HttpResponse<String> refused = send("POST", "/api/outgoing-documents", ADMIN, "application/json", issue,
          foreign);
      assertThat(refused.statusCode()).as("%s", foreign).isEqualTo(403);
      assertThat(refused.body()).as("%s", foreign).contains("trang web khác");
    }
    HttpResponse<String> forgedStart = send("POST", "/engine-rest/process-definition/key/signing-campaign/start",
        ADMIN, "application/json", "{}", Map.of("Origin", "http://evil.example"));
    assertThat(forgedStart.statusCode()).isEqualTo(403);
    assertThat(registerEntries()).isEqualTo(before);

    // Other systems send no Origin; our own pages send our own.
    assertThat(send("POST", "/api/outgoing-documents", ADMIN, "application/json", issue, Map.of()).statusCode())
        .isEqualTo(201);
    assertThat(send("POST", "/api/outgoing-documents", ADMIN, "application/json", issue,
        Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(201);
    assertThat(send("POST", "/api/outgoing-documents", ADMIN, "application/json", issue,
        Map.of("Referer", "http://localhost:" + port + "/camunda/app/tasklist/")).statusCode()).isEqualTo(201);
    assertThat(registerEntries()).isEqualTo(before + 3);
  }

  @Test
  void theOrganisationImportTakesOnlyYamlNotWhatAFormCanSend() throws Exception {
    HttpResponse<String> plain = send("POST", "/api/organization", ADMIN, "text/plain", "units: []", Map.of());
    assertThat(plain.statusCode()).isEqualTo(415);
  }

  @Test
  void browsersAreNotAskedForBasicCredentialsSoTheyNeverCacheThem() throws Exception {
    for (String path : List.of("/api/organization", "/engine-rest/task")) {
      HttpResponse<String> script = send("GET", path, null, null, null, Map.of());
      assertThat(script.statusCode()).isEqualTo(401);
      assertThat(script.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          v -> assertThat(v).startsWith("Basic"));

      HttpResponse<String> browser = send("GET", path, null, null, null,
          Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Site", "none"));
      assertThat(browser.statusCode()).isEqualTo(401);
      assertThat(browser.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
  }

  @Test
  void reportPagesDownloadsAndTheApiCarrySecurityHeaders() throws Exception {
    RestCaller.Response started = RestCaller.demo(port, "vanphong").post(
        "/engine-rest/process-definition/key/signing-campaign/start", Map.of("variables", Map.of(
            SigningCampaign.Vars.DOCUMENT_NUMBER.name(), Map.of("value", "9831/LĐLĐ"),
                SigningCampaign.Vars.ISSUED_ON.name(), Map.of("value", "2022-05-16"),
            SigningCampaign.Vars.DEADLINE.name(), Map.of("value", "2022-06-30"), SigningCampaign.Vars.TERM.name(),
                Map.of("value", "2022-2025"),
            SigningCampaign.Vars.SUBJECT.name(), Map.of("value", "Kiểm tra tiêu đề bảo mật"),
            SigningCampaign.Vars.UNIT_CODES.name(), Map.of("value", "[\"hoaiduc\"]", "type", "Json"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String so = URLEncoder.encode("9831/LĐLĐ", StandardCharsets.UTF_8);

    for (String path : List.of("/bao-cao", "/bao-cao/ky-ket?so=" + so, "/bao-cao/ky-ket/ma-tran.xlsx?so=" + so,
        "/api/reports/signing-campaign/matrix.xlsx?documentNumber=" + so,
        "/api/reports/signing-campaign/matrix?documentNumber=" + so)) {
      HttpResponse<String> response = send("GET", path, ADMIN, null, null, Map.of());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertSecurityHeaders(path, response);
    }
    HttpResponse<String> login = send("GET", "/bao-cao", null, null, null, Map.of());
    assertThat(login.statusCode()).isEqualTo(401);
    assertSecurityHeaders("/bao-cao anonymous", login);
  }

  private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValueSatisfying(
        v -> assertThat(v).contains("no-store"));
    assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(
        v -> assertThat(v).contains("frame-ancestors 'none'", "default-src 'none'"));
  }

  @Test
  void forwardedHeadersFromAnUntrustedClientDoNotChangeRedirects() throws Exception {
    for (Map<String, String> forged : List.of(
        Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
        Map.of("Forwarded", "host=evil.example;proto=https"))) {
      HttpResponse<String> response = send("GET", "/camunda/", null, null, null, forged);
      assertThat(response.statusCode()).as("%s", forged).isBetween(300, 399);
      assertThat(response.headers().firstValue("Location")).as("%s", forged).hasValueSatisfying(
          location -> assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:"));
    }
  }

  @Test
  void anonymousHealthShowsOnlyTheStatusAndAMailOutageDoesNotTakeItDown() throws Exception {
    int smtpPort = mailSender.getPort();
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    mailSender.setPort(closed);
    try {
      HttpResponse<String> anonymous = send("GET", "/actuator/health", null, null, null, Map.of());
      assertThat(anonymous.statusCode()).isEqualTo(200);
      JsonNode status = JSON.readTree(anonymous.body());
      assertThat(status.get("status").asText()).isEqualTo("UP");
      assertThat(status.has("components")).as(anonymous.body()).isFalse();

      HttpResponse<String> admin = send("GET", "/actuator/health", ADMIN, null, null, Map.of());
      assertThat(admin.statusCode()).isEqualTo(200);
      JsonNode components = JSON.readTree(admin.body()).get("components");
      assertThat(components).as(admin.body()).isNotNull();
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("mail").get("status").asText()).isNotEqualTo("UP");
      assertThat(JSON.readTree(admin.body()).get("status").asText()).isEqualTo("UP");

      for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
        HttpResponse<String> response = send("GET", probe, null, null, null, Map.of());
        assertThat(response.statusCode()).as(probe).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asText()).as(probe).isEqualTo("UP");
      }
    } finally {
      mailSender.setPort(smtpPort);
    }
  }

  private int registerEntries() {
    return jdbc.queryForObject("select count(*) from doc_outgoing", Integer.class);
  }

  private HttpResponse<String> send(String method, String path, String authorization, String contentType,
                                    String body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
