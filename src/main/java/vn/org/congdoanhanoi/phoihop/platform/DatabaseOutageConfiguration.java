package vn.org.congdoanhanoi.phoihop.platform;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A database outage is answered 503 with {@code Retry-After} within seconds (the pool's connection timeout,
 * {@code PHOIHOP_DB_CONNECTION_TIMEOUT_MS}), on every API and page, and the application recovers by itself when
 * the database is back. Readiness goes DOWN meanwhile (health group {@code readiness} includes {@code db}).
 */
@Configuration
class DatabaseOutageConfiguration {

  /** Static: a post-processor must not wait for this configuration's other beans. */
  @Bean
  static BeanPostProcessor outageAwareDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof OutageAwareDataSource)
            ? new OutageAwareDataSource(dataSource) : bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter());
    registration.setName("phoihop-database-outage");
    registration.addUrlPatterns("/*");
    // Outermost: authentication filters reach the database too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
