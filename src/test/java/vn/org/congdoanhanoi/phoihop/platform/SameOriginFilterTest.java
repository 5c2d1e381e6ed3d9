package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which changes count as coming from our own pages, behind a proxy too. */
class SameOriginFilterTest {

  private final SameOriginFilter filter = new SameOriginFilter("https://phoihop.congdoanhanoi.org.vn");

  @Test
  void ourPublicAddressAndTheAddressAskedForAreOursAnythingElseIsNot() throws Exception {
    assertThat(status(Map.of("Origin", "https://phoihop.congdoanhanoi.org.vn"))).isEqualTo(200);
    assertThat(status(Map.of("Origin", "https://PHOIHOP.congdoanhanoi.org.vn:443"))).isEqualTo(200);
    assertThat(status(Map.of("Origin", "http://app:8080"))).as("the request's own address").isEqualTo(200);
    assertThat(status(Map.of())).as("curl, other systems").isEqualTo(200);
    assertThat(status(Map.of("Origin", "http://phoihop.congdoanhanoi.org.vn"))).as("other scheme").isEqualTo(403);
    assertThat(status(Map.of("Origin", "https://phoihop.congdoanhanoi.org.vn.evil.example"))).isEqualTo(403);
    assertThat(status(Map.of("Referer", "https://evil.example/?next=https://phoihop.congdoanhanoi.org.vn")))
        .isEqualTo(403);
    assertThat(status(Map.of("Referer", "not a url"))).isEqualTo(403);
  }

  @Test
  void theRefusalSaysWhyInVietnameseWithoutEchoingALongValue() throws Exception {
    MockHttpServletResponse response = send("POST", Map.of("Origin", "https://" + "a".repeat(5000) + ".example"));
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("trang web khác", "https://phoihop.congdoanhanoi.org.vn").hasSizeLessThan(1000);
  }

  @Test
  void readsAreNeverRefused() throws Exception {
    assertThat(send("GET", Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")).getStatus())
        .isEqualTo(200);
  }

  private int status(Map<String, String> headers) throws Exception {
    return send("POST", headers).getStatus();
  }

  private MockHttpServletResponse send(String method, Map<String, String> headers) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/organization");
    request.setScheme("http");
    request.setServerName("app");
    request.setServerPort(8080);
    headers.forEach(request::addHeader);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> { });
    return response;
  }
}
