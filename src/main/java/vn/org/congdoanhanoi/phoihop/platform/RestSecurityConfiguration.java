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
   * webapps, so that a link in a Tasklist form (an attachment to download) works in the browser. A change (POST,
   * PUT, …) under {@code /api/} is answered for that user only when it carries the webapps' CSRF token of the
   * session ({@link WebappSessionUser#sentByItsPage}), as Tasklist's own pages send it (a consolidation page calling
   * the consolidation endpoints); other changes still need HTTP Basic credentials, so a webapp session cannot be
   * ridden by another site.
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
      boolean fromOurPage = "GET".equals(http.getMethod()) || WebappSessionUser.sentByItsPage(http);
      Authentication sessionUser = fromOurPage && path.startsWith("/api/")
          && http.getHeader("Authorization") == null ? WebappSessionUser.of(http) : null;
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
