package vn.org.congdoanhanoi.phoihop.reporting;

import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {}
