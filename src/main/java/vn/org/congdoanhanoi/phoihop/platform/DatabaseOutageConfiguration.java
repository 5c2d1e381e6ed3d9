package vn.org.congdoanhanoi.phoihop.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.time.Duration;
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

  /** How often the pool tries to connect while the database is unreachable (see {@link ReconnectingDataSource}). */
  static final Duration RECONNECT_EVERY = Duration.ofMillis(250);

  /** Static: a post-processor must not wait for this configuration's other beans. */
  @Bean
  static BeanPostProcessor outageAwareDataSource() {
    return new BeanPostProcessor() {
      /**
       * Before the pool starts (it starts on its first connection), its physical connections are routed through
       * {@link ReconnectingDataSource}, opened by HikariCP's own driver data source with the configured URL,
       * driver, properties and credentials, exactly as HikariCP would open them itself.
       */
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getDataSource() == null && hikari.getJdbcUrl() != null
            && !hikari.isRunning()) {
          DataSource driver = new DriverDataSource(hikari.getJdbcUrl(), hikari.getDriverClassName(),
              hikari.getDataSourceProperties(), hikari.getUsername(), hikari.getPassword());
          hikari.setDataSource(new ReconnectingDataSource(driver, RECONNECT_EVERY, () -> !hikari.isClosed()));
        }
        return bean;
      }

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
