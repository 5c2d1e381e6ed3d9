package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery: a page on another site can make the browser send a change to us with whatever the
 * browser holds for our address (cached HTTP Basic credentials, a Tasklist session). Browsers say where such a
 * request comes from ({@code Sec-Fetch-Site}, {@code Origin}, else {@code Referer}); a change coming from any
 * origin other than ours ({@code phoihop.base-url}, or the address the request was sent to) is refused with 403
 * before anything reads its body. Other systems (curl, servers) send none of these headers and pass unchanged.
 * Reads are not checked: another site cannot read our answers (no CORS), and links into reports must work.
 */
final class SameOriginFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final int SHOWN = 80;

  private final String publicOrigin;

  SameOriginFilter(String baseUrl) {
    this.publicOrigin = origin(baseUrl);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String foreign = READS.contains(request.getMethod()) ? null : foreignOrigin(request);
    if (foreign == null) {
      chain.doFilter(request, response);
      return;
    }
    refuse(response, foreign);
  }

  /** Where a request from a browser on another origin comes from; null for our own pages and for non-browsers. */
  private String foreignOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    // "same-site" is another origin too: a sibling host of our domain, or our host on another port.
    if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
      String origin = request.getHeader("Origin");
      return origin != null ? origin : "Sec-Fetch-Site: " + site;
    }
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return isOurs(origin, request) ? null : origin;
    }
    String referer = request.getHeader("Referer");
    if (referer != null) {
      return isOurs(origin(referer), request) ? null : referer;
    }
    return null;
  }

  private boolean isOurs(String origin, HttpServletRequest request) {
    String normalized = origin(origin);
    if (normalized == null) {
      return false;
    }
    return normalized.equals(publicOrigin)
        || normalized.equals(origin(request.getScheme() + "://" + request.getServerName() + ":"
        + request.getServerPort()));
  }

  /** scheme://host:port in lower case with the port always given, or null for "null" and anything unreadable. */
  static String origin(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void refuse(HttpServletResponse response, String foreign) throws IOException {
    String shown = foreign.length() > SHOWN ? foreign.substring(0, SHOWN) + "…" : foreign;
    String detail = "Yêu cầu thay đổi dữ liệu này được gửi từ một trang web khác (" + shown + ") nên bị từ chối, để"
        + " không trang nào lợi dụng được đăng nhập của bạn. Hãy thao tác ngay trên " + displayedOrigin() + "; hệ"
        + " thống khác gọi API thì không gửi tiêu đề Origin, Referer hay Sec-Fetch-Site.";
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Yêu cầu từ trang web khác bị từ chối\","
        + "\"status\":403,\"detail\":\"" + json(detail) + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private String displayedOrigin() {
    return publicOrigin == null ? "trang của hệ thống" : publicOrigin.replaceFirst(":(80|443)$", "");
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
