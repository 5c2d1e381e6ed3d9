package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * Requests Spring MVC refuses itself, most of them before any controller of ours is chosen (wrong content type,
 * method or accepted type, an unknown path) or while it binds parameters: each answered in Vietnamese as a problem
 * detail saying what to fix, with the right status and no English text or class names of the framework.
 */
@PostgresIntegrationTest
class FrameworkErrorsTest {

  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Test
  void aContentTypeTheEndpointDoesNotTakeIs415NamingWhatItTakes() throws Exception {
    HttpResponse<String> answer = send(request("/api/organization").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("units: []")));
    JsonNode problem = problem(answer, 415);
    assertThat(problem.get("detail").asText()).contains("text/plain", "application/yaml");
    assertThat(answer.headers().firstValue("Accept")).hasValueSatisfying(v -> assertThat(v).contains("yaml"));
  }

  @Test
  void aMethodThePathDoesNotTakeIs405NamingTheMethodsItTakes() throws Exception {
    HttpResponse<String> answer = send(request("/api/organization").DELETE());
    JsonNode problem = problem(answer, 405);
    assertThat(problem.get("detail").asText()).contains("DELETE", "GET", "POST");
    assertThat(answer.headers().firstValue("Allow")).isPresent();
  }

  @Test
  void anAcceptedTypeTheEndpointCannotGiveIs406() throws Exception {
    HttpResponse<String> answer = send(request("/api/organization").header("Accept", "text/csv").GET());
    JsonNode problem = problem(answer, 406);
    assertThat(problem.get("detail").asText()).contains("application/json");
  }

  @Test
  void aMissingRequiredParameterIs400NamingIt() throws Exception {
    JsonNode problem = problem(send(request("/api/signing-campaigns").GET()), 400);
    assertThat(problem.get("detail").asText()).contains(SigningCampaign.Vars.DOCUMENT_NUMBER.name());
  }

  @Test
  void aParameterOfTheWrongTypeIs400NamingItWithoutEchoingALongValue() throws Exception {
    String value = "x".repeat(500);
    JsonNode problem = problem(send(request("/api/outgoing-documents?year=" + value).GET()), 400);
    assertThat(problem.get("detail").asText()).contains("year", "số").doesNotContain(value);
  }

  @Test
  void anUnknownApiPathIs404InVietnamese() throws Exception {
    JsonNode problem = problem(send(request("/api/khong-co-duong-dan-nay").GET()), 404);
    assertThat(problem.get("detail").asText()).contains("đường dẫn");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/khong-co-duong-dan-nay");
  }

  private JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    String text = problem.get("title").asText() + " " + problem.get("detail").asText();
    // Vietnamese, and nothing of the framework's own wording or classes.
    assertThat(text).as(answer.body()).containsPattern("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]")
        .doesNotContainIgnoringCase("not supported").doesNotContainIgnoringCase("required")
        .doesNotContainIgnoringCase("failed to").doesNotContainIgnoringCase("no static resource")
        .doesNotContainIgnoringCase("not acceptable").doesNotContain("Exception", "org.springframework", "java.");
    return problem;
  }

  private HttpRequest.Builder request(String path) {
    String token = Base64.getEncoder().encodeToString((RestCaller.ADMIN + ":" + RestCaller.ADMIN_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
        "Basic " + token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
