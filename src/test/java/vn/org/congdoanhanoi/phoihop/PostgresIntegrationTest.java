package vn.org.congdoanhanoi.phoihop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a real PostgreSQL server, on a random port, with the demo accounts. All tests using
 * it share one Spring context (and one engine), so each test uses its own business keys and units. Flow-node
 * coverage of every process is recorded and reported under target/process-test-coverage. Mail goes to an SMTP
 * server and webhooks to an HTTP server inside the test JVM ({@link NotificationTestServers}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "postgres"})
@ContextConfiguration(initializers = {PostgresTestDatabase.class, NotificationTestServers.class})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PostgresIntegrationTest {}
