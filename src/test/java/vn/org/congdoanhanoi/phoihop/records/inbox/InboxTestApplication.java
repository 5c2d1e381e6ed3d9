package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * The intake as an application of its own: the real beans of {@code records.inbox} (properties from
 * application.yaml, the {@code petitions} mailbox pointed at GreenMail), Flyway's migrations on a PostgreSQL database
 * of these tests ({@link InboxTestServers#jdbcUrl()}) and a {@link RecordingHandler}; no engine and no web server,
 * so a test starts, stops and restarts it in a second or two, as often as the scenario needs.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({InboxConfiguration.class, MailIntake.class, InboxLedger.class, EngineClock.class})
class InboxTestApplication {

  static final String MAILBOX = "petitions";

  @Bean
  RecordingHandler recordingHandler(JdbcTemplate jdbc) {
    return new RecordingHandler(jdbc);
  }

  /** Starts the intake with the test mailbox; {@code overrides} are further properties (e.g. max-attempts). */
  static ConfigurableApplicationContext start(String... overrides) {
    Map<String, Object> properties = new LinkedHashMap<>();
    String prefix = "phoihop.inbox.mailboxes." + MAILBOX + ".";
    properties.put("spring.datasource.url", InboxTestServers.jdbcUrl());
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "");
    properties.put(prefix + "host", "127.0.0.1");
    properties.put(prefix + "port", InboxTestServers.imapPort());
    properties.put(prefix + "protocol", "imap");
    // GreenMail on the loopback speaks plain IMAP; production requires STARTTLS or imaps.
    properties.put(prefix + "starttls", "false");
    properties.put(prefix + "username", InboxTestServers.LOGIN);
    properties.put(prefix + "password", InboxTestServers.PASSWORD);
    // Tests poll by hand (MailIntake.poll): the schedule never comes round during a test.
    properties.put(prefix + "poll-interval", "1h");
    properties.put(prefix + "timeout", "20s");
    properties.put("phoihop.inbox.shutdown-wait", "2s");
    // As command-line arguments: they win over application.yaml (default properties would not).
    for (String override : overrides) {
      int equals = override.indexOf('=');
      properties.put(override.substring(0, equals), override.substring(equals + 1));
    }
    List<String> args = new ArrayList<>();
    properties.forEach((name, value) -> args.add("--" + name + "=" + value));
    return new SpringApplicationBuilder(InboxTestApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
