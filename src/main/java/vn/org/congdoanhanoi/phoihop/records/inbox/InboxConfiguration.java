package vn.org.congdoanhanoi.phoihop.records.inbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration {}
