package vn.org.congdoanhanoi.phoihop.reporting.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ReportPageConfiguration {

  @Bean
  FilterRegistrationBean<ReportPageAuthenticationFilter> reportPageAuthenticationFilter(IdentityService identity) {
    FilterRegistrationBean<ReportPageAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ReportPageAuthenticationFilter(identity));
    registration.setName("phoihop-report-page-authentication");
    registration.addUrlPatterns(ReportPageController.ROOT, ReportPageController.ROOT + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
