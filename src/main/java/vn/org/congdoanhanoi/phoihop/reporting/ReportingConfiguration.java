package vn.org.congdoanhanoi.phoihop.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.reporting.document.LoggingReportDistribution;
import vn.org.congdoanhanoi.phoihop.reporting.document.ReportDistribution;

@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

  /** Replaced by any other {@link ReportDistribution} bean, e.g. one that sends mail. */
  @Bean
  @ConditionalOnMissingBean(ReportDistribution.class)
  ReportDistribution loggingReportDistribution() {
    return new LoggingReportDistribution();
  }
}
