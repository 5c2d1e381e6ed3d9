package vn.org.congdoanhanoi.phoihop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL server, on a random port, with the demo accounts. All tests using
 * it share one Spring context (and one engine), so each test uses its own business keys and units.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "postgres"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface PostgresIntegrationTest {}
