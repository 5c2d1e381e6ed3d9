package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.Filter;
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
   */
  static class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
