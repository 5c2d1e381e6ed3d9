package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** PHOIHOP_TRUSTED_PROXIES: whose forwarded headers count, and what happens to everybody else's. */
class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.5, 172.18.0.0/16, ::1");

  @Test
  void addressesAndRangesAreTrustedAndNothingElse() {
    assertThat(proxies.contains("10.0.0.5")).isTrue();
    assertThat(proxies.contains("172.18.3.4")).isTrue();
    assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(proxies.contains("10.0.0.6")).isFalse();
    assertThat(proxies.contains("172.19.0.1")).isFalse();
    assertThat(proxies.contains("127.0.0.1")).isFalse();
    assertThat(proxies.contains("evil.example")).isFalse();
    assertThat(TrustedProxies.parse("").contains("127.0.0.1")).as("nobody by default").isFalse();
  }

  @Test
  void anEntryThatIsNotAnAddressStopsTheStartWithItsName() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.5, proxy.internal"))
        .hasMessageContaining("'proxy.internal'");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'");
  }

  @Test
  void forwardedHeadersApplyFromATrustedProxyAndAreRemovedFromAnyoneElse() throws Exception {
    TrustedProxyForwardedHeaderFilter filter = new TrustedProxyForwardedHeaderFilter(proxies);

    HttpServletRequest viaProxy = seen(filter, "172.18.0.9");
    assertThat(viaProxy.getServerName()).isEqualTo("phoihop.congdoanhanoi.org.vn");
    assertThat(viaProxy.getScheme()).isEqualTo("https");
    assertThat(viaProxy.getRemoteAddr()).isEqualTo("203.0.113.7");

    HttpServletRequest direct = seen(filter, "198.51.100.2");
    assertThat(direct.getServerName()).isEqualTo("localhost");
    assertThat(direct.getScheme()).isEqualTo("http");
    assertThat(direct.getRemoteAddr()).isEqualTo("198.51.100.2");
    assertThat(direct.getHeader("X-Forwarded-Host")).isNull();
  }

  private static HttpServletRequest seen(TrustedProxyForwardedHeaderFilter filter, String remoteAddress)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/");
    request.setRemoteAddr(remoteAddress);
    request.addHeader("X-Forwarded-Host", "phoihop.congdoanhanoi.org.vn");
    request.addHeader("X-Forwarded-Proto", "https");
    request.addHeader("X-Forwarded-For", "203.0.113.7");
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
    filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
    return seen.get();
  }
}
