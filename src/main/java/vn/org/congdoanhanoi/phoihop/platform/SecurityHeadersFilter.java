package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for what we serve ourselves: the report pages (/bao-cao), their downloads and every answer of
 * the APIs, downloads included. Set before the request goes on, so that refusals (401 page, errors) carry them too.
 * The Camunda webapps set their own (camunda.bpm.webapp.header-security).
 *
 * <ul>
 *   <li>no framing by other sites (clickjacking): {@code frame-ancestors 'none'} and {@code X-Frame-Options};
 *   <li>no content sniffing: an uploaded file is never run as HTML or script;
 *   <li>{@code no-store}: reports and files hold personal and internal data and stay out of shared caches;
 *   <li>pages may only use inline styles (no script at all); API answers and files may use nothing, and run
 *       sandboxed if a browser opens one directly.
 * </ul>
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  private final String policy;

  private SecurityHeadersFilter(String policy) {
    this.policy = policy;
  }

  static SecurityHeadersFilter forPages() {
    return new SecurityHeadersFilter(PAGE_POLICY);
  }

  static SecurityHeadersFilter forData() {
    return new SecurityHeadersFilter(DATA_POLICY);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
