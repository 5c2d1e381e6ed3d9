package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The defences at the edge of the application, in the order a request meets them: forwarded headers only from our
 * proxies, security headers, no changes from other origins, then authentication (RestSecurityConfiguration,
 * ReportPageConfiguration). Also what /actuator/health shows and to whom.
 */
@Configuration
class PerimeterConfiguration {

  @Bean
  FilterRegistrationBean<Filter> trustedProxyForwardedHeaderFilter(
      @Value("${phoihop.trusted-proxies:}") String trustedProxies) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new TrustedProxyForwardedHeaderFilter(TrustedProxies.parse(trustedProxies)));
    registration.setName("phoihop-forwarded-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> pageSecurityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SecurityHeadersFilter.forPages());
    registration.setName("phoihop-page-security-headers");
    registration.addUrlPatterns("/bao-cao", "/bao-cao/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> dataSecurityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SecurityHeadersFilter.forData());
    registration.setName("phoihop-data-security-headers");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> sameOriginFilter(@Value("${phoihop.base-url}") String baseUrl) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new SameOriginFilter(baseUrl));
    registration.setName("phoihop-same-origin");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> healthViewerFilter(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HealthViewerFilter(identityService));
    registration.setName("phoihop-health-viewer");
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Replaces Spring Boot's mail health indicator (management.health.mail.enabled: false), which fails the status. */
  @Bean
  HealthIndicator mailHealthIndicator(ObjectProvider<JavaMailSenderImpl> sender,
                                      @Value("${phoihop.notification.mail-enabled:true}") boolean mailEnabled) {
    JavaMailSenderImpl mail = sender.getIfAvailable();
    return mail == null ? () -> Health.unknown().build() : new MailServerHealth(mail, mailEnabled);
  }
}
