package vn.org.congdoanhanoi.phoihop.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;

@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {}
