package vn.org.congdoanhanoi.phoihop.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where the pool (HikariCP) opens its physical connections: once the application has had the database, a connect
 * that fails because the database is unreachable is tried again every {@code retry} (250 ms) until it succeeds.
 * HikariCP retries too, but doubles its pause up to 5 s, so after an outage the first request waited up to 5 s
 * longer than needed; its single connection-adding thread now waits here instead and the pool has a connection
 * within {@code retry} of the database accepting them. Requests meanwhile wait the pool's connection timeout and
 * are answered 503, as before. Before the first connection (start-up) and for any other failure (a wrong password)
 * the failure is passed on at once, so a wrong configuration still stops the start-up; when the pool closes, the
 * retrying stops.
 */
final class ReconnectingDataSource extends DelegatingDataSource {

  private static final Logger LOG = LoggerFactory.getLogger(ReconnectingDataSource.class);

  @FunctionalInterface
  private interface Connect {
    Connection open() throws SQLException;
  }

  private final Duration retry;
  private final BooleanSupplier poolOpen;
  private volatile boolean connectedOnce;

  ReconnectingDataSource(DataSource driver, Duration retry, BooleanSupplier poolOpen) {
    super(driver);
    this.retry = retry;
    this.poolOpen = poolOpen;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connect(() -> super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connect(() -> super.getConnection(username, password));
  }

  private Connection connect(Connect connect) throws SQLException {
    long failedSince = 0;
    while (true) {
      try {
        Connection connection = connect.open();
        connectedOnce = true;
        if (failedSince != 0) {
          LOG.info("Database reachable again after {} ms of retrying", (System.nanoTime() - failedSince) / 1_000_000);
        }
        return connection;
      } catch (SQLException e) {
        if (!connectedOnce || !DatabaseOutage.isCause(e) || !poolOpen.getAsBoolean()) {
          throw e;
        }
        if (failedSince == 0) {
          failedSince = System.nanoTime();
          LOG.warn("Database unreachable ({}); connecting again every {} ms", e.getMessage(), retry.toMillis());
        }
        try {
          Thread.sleep(retry.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
