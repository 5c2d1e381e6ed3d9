package bench.stock;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/** Stock Camunda 7.24 as its Spring Boot starters configure it; nothing of phoihop. */
@SpringBootApplication
public class StockCamunda {

  public static void main(String[] args) {
    SpringApplication.run(StockCamunda.class, args);
  }

  /**
   * The "secure" configuration Camunda documents for the engine REST API: HTTP Basic authentication on every call,
   * so that the authorization checks (switched on in application-secure.yaml) apply to the caller.
   */
  @Bean
  @Profile("secure")
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
