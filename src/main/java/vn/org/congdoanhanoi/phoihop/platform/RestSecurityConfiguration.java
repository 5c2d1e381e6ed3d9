package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.org.congdoanhanoi.phoihop.kernel.access.IdentityChanges;
import vn.org.congdoanhanoi.phoihop.kernel.access.WebappSessionUser;

/**
 * HTTP Basic authentication against Camunda's identity for every API: Camunda's REST API, our own /api and the
 * metrics. The authenticated user and groups are set on the engine for the request, so authorization checks
 * apply exactly as in Tasklist. Good credentials are remembered for a few seconds ({@link
 * RememberedBasicAuthentication}). The webapps keep their own session login.
 */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(IdentityChanges identityChanges) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new AuthenticateEveryRequestFilter(new RememberedBasicAuthentication(identityChanges)));
    registration.setName("phoihop-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus", "/actuator/metrics",
        "/actuator/metrics/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /**
   * Camunda's filter lets {@code /engine} (the list of engines) through without credentials; we want no
   * anonymous answer at all.
   *
   * <p>One addition: a GET under {@code /api/} without credentials is answered for the user logged in to the
   * webapps, so that a link in a Tasklist form (an attachment to download) works in the browser. A change (POST, PUT,
   * DELETE) is answered for that user only when it carries the session's own CSRF token, as Tasklist's requests do
   * (header {@code X-XSRF-TOKEN}, Camunda's synchroniser token): an embedded form saves what its task's user edits
   * (a department's answers), and another site, which cannot read the token, still cannot ride the session.
   *
   * <p>A browser is not asked for HTTP Basic credentials (no {@code WWW-Authenticate} on its 401): after the login
   * dialog it would keep them and send them along with requests that other sites make it send. Browsers say they
   * are browsers ({@code Sec-Fetch-Mode}); other clients, which may wait for the challenge, still get it.
   */
  static class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {
    private final RememberedBasicAuthentication credentials;

    AuthenticateEveryRequestFilter(RememberedBasicAuthentication credentials) {
      this.credentials = credentials;
    }

    /** Camunda's HTTP Basic provider, named in the init parameters, gives way to the one that remembers logins. */
    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
      super.init(filterConfig);
      authenticationProvider = credentials;
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      Authentication sessionUser = path.startsWith("/api/") && http.getHeader("Authorization") == null
          && ("GET".equals(http.getMethod()) || carriesSessionCsrfToken(http)) ? WebappSessionUser.of(http) : null;
      if (sessionUser == null) {
        super.doFilter(request, http.getHeader("Sec-Fetch-Mode") == null ? response
            : new WithoutChallenge((HttpServletResponse) response), chain);
        return;
      }
      ProcessEngine engine = getAddressedEngine(WebappSessionUser.ENGINE);
      engine.getIdentityService().setAuthentication(sessionUser);
      try {
        chain.doFilter(request, response);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
  }

  /** Camunda's webapps keep their per-session CSRF token here and expect it back in this header. */
  static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

  /** Whether the request names the CSRF token of its webapp session (compared in constant time). */
  static boolean carriesSessionCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
    String given = request.getHeader(CSRF_TOKEN_HEADER);
    return expected instanceof String token && given != null && MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** A response that drops the Basic challenge. */
  static final class WithoutChallenge extends HttpServletResponseWrapper {
    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
