package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresTestDatabase;
import vn.org.congdoanhanoi.phoihop.SmtpGate;

/**
 * kill -9 in the middle of a mail: a node (a child JVM running the application on its own database of the test
 * PostgreSQL server) sends a mail to three recipients; the SMTP server takes it for two and hangs on the third,
 * and the node is killed with SIGKILL right then. A second node started on the same database finishes the mail
 * within a minute, and every recipient has the mail exactly once.
 */
class NotificationCrashRecoveryTest {

  static final String KEY = "crash-recovery-test.9801";
  static final String DATABASE = "phoihop_crash";

  final SmtpGate smtp = NotificationTestServers.smtpGate();
  final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() throws InterruptedException {
    smtp.forward();
    for (Process node : nodes) {
      node.destroy();
      if (!node.waitFor(30, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  @Test
  void aNodeKilledMidMailIsTakenOverWithinAMinuteAndEveryRecipientGetsTheMailOnce() throws Exception {
    String url = freshDatabase();
    smtp.forwardThenHang(2);

    Process first = start(url, 1, "--crash-test.mail-key=" + KEY);
    waitFor("the first node sent to two recipients and hangs on the third", Duration.ofMinutes(4),
        () -> smtp.heldConnections() == 1 || !first.isAlive());
    assertThat(first.isAlive()).as("first node running").isTrue();
    first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback, no unlock
    Instant killed = Instant.now();

    // The third recipient has no SENT row: the server never answered for it, so it is sent again.
    assertThat(ledger(url)).isEqualTo(Map.of(
        CrashTestNode.RECIPIENTS.get(0), "SENT",
        CrashTestNode.RECIPIENTS.get(1), "SENT"));
    assertThat(copiesPerRecipient()).containsExactly(1, 1, 0);

    smtp.forward();
    Process second = start(url, 2);
    waitFor("the second node is up", Duration.ofMinutes(4), () -> output(2).contains(CrashTestNode.READY));
    Instant ready = Instant.now();
    waitFor("the second node finished the mail", Duration.ofMinutes(2), () -> mailEnded(url));
    Instant done = Instant.now();
    System.out.printf("kill -9 recovery: mail finished %d s after the kill, %d s after the second node was up%n",
        Duration.between(killed, done).toSeconds(), Duration.between(ready, done).toSeconds());

    assertThat(Duration.between(ready, done)).as("work resumed after the restart").isLessThan(Duration.ofMinutes(1));
    assertThat(copiesPerRecipient()).as("copies per recipient").containsExactly(1, 1, 1);
    assertThat(ledger(url)).allSatisfy((recipient, state) -> assertThat(state).isEqualTo("SENT"));
    assertThat(second.isAlive()).isTrue();
  }

  /** Copies of the mail in each recipient's mailbox. */
  private List<Integer> copiesPerRecipient() {
    return CrashTestNode.RECIPIENTS.stream().map(to -> ReceivedMail.copiesFor(ReceivedMail.messageIdOf(KEY), to))
        .toList();
  }

  private Process start(String url, int number, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh",
        "-cp", classpath(), CrashTestNode.class.getName(),
        "--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--server.port=0",
        "--phoihop.notification.mail-enabled=true",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.port(),
        "--phoihop.notification.webhook.url="));
    command.addAll(List.of(extra));
    File log = logFile(number);
    // Run from target/: the classpath may name the working directory, and the models at the top of the project
    // (bpmn/) would be deployed a second time from there.
    Process node = new ProcessBuilder(command).directory(Path.of("target").toAbsolutePath().toFile())
        .redirectErrorStream(true).redirectOutput(log).start();
    nodes.add(node);
    return node;
  }

  private static File logFile(int number) {
    return Path.of("target", "crash-test-node-" + number + ".log").toAbsolutePath().toFile();
  }

  private static String output(int number) {
    try {
      return Files.readString(logFile(number).toPath());
    } catch (IOException e) {
      return "";
    }
  }

  /** The test classpath (Surefire may start this JVM from a manifest-only jar). */
  private static String classpath() throws IOException {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    String own = System.getProperty("java.class.path");
    if (!own.contains(File.pathSeparator) && own.endsWith(".jar")) {
      try (JarFile jar = new JarFile(own)) {
        String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
        if (manifest != null) {
          List<String> entries = new ArrayList<>();
          for (String entry : manifest.trim().split("\\s+")) {
            entries.add(Path.of(URI.create(entry)).toString());
          }
          return String.join(File.pathSeparator, entries);
        }
      }
    }
    return own;
  }

  private static String freshDatabase() throws SQLException {
    String shared = PostgresTestDatabase.jdbcUrl();
    try (Connection c = DriverManager.getConnection(shared, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE);
      s.execute("create database " + DATABASE + " encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
    }
    return shared.replace("/" + PostgresTestDatabase.DATABASE + "?", "/" + DATABASE + "?");
  }

  private static Map<String, String> ledger(String url) throws SQLException {
    Map<String, String> states = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
         PreparedStatement s = c.prepareStatement(
             "select recipient, state from notification_mail_delivery where mail_key = ? order by recipient")) {
      s.setString(1, KEY);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          states.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return states;
  }

  private static boolean mailEnded(String url) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
         PreparedStatement s = c.prepareStatement("select count(*) from notification_mail_outbox where mail_key = ? "
             + "and state = 'SENT'")) {
      s.setString(1, KEY);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private static void waitFor(String what, Duration limit, BooleanSupplier condition) {
    Instant until = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(until);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
