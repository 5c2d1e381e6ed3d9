package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic authentication against Camunda's identity for every API: Camunda's REST API, our own /api and the
 * metrics. The authenticated user and groups are set on the engine for the request, so authorization checks
 * apply exactly as in Tasklist. The webapps keep their own session login.
 */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AuthenticateEveryRequestFilter());
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
   * webapps, so that a link in a Tasklist form (an attachment to download) works in the browser. Only reads: every
   * change still needs HTTP Basic credentials, so a webapp session cannot be ridden by another site.
   */
  static class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      Authentication sessionUser = "GET".equals(http.getMethod()) && path.startsWith("/api/")
          && http.getHeader("Authorization") == null ? WebappSessionUser.of(http) : null;
      if (sessionUser == null) {
        super.doFilter(request, response, chain);
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
}
