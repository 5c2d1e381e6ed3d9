package vn.org.congdoanhanoi.phoihop.signing.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SigningReportProperties.class)
class SigningReportConfiguration {}
