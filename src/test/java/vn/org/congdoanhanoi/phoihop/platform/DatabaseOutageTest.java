package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.org.congdoanhanoi.phoihop.PhoihopApplication;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * A PostgreSQL outage as operators live it: the application runs in a JVM of its own (as in production, and so that
 * Camunda's process-wide state never meets the shared test application) on a PostgreSQL server of this test's own
 * (never the shared test server). The server is stopped: every API and page answers 503 with {@code Retry-After}
 * and a Vietnamese message within seconds, readiness is DOWN, liveness UP. The server is started again: the
 * application answers 200 again by itself, without a restart.
 */
class DatabaseOutageTest {

  /** Hikari's connection timeout is 3 s; the rest is a request's own work on a busy 2-core machine. */
  static final Duration FAST = Duration.ofSeconds(8);
  static final Duration RECOVERY = Duration.ofSeconds(10);
  /**
   * The pool connects again every 250 ms while the database is away (ReconnectingDataSource), so the first 200
   * comes within about that of the database accepting connections; 1.5 s leaves room for a loaded 2-core machine.
   * Before, HikariCP's own pause (doubling up to 5 s) made it 2.5–2.9 s.
   */
  static final Duration RECOVERED_WITHIN = Duration.ofMillis(1500);
  static final Duration START_UP = Duration.ofMinutes(5);

  @TempDir
  static Path directory;

  static File dataDirectory;
  static int databasePort;
  static EmbeddedPostgres database;
  static Process application;
  static String base;
  static final HttpClient CLIENT = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTheDatabaseAndTheApplication() throws Exception {
    dataDirectory = directory.resolve("pgdata").toFile();
    databasePort = freePort();
    database = startDatabase();
    try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database phoihop encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
    }
    int port = freePort();
    base = "http://localhost:" + port;
    Path log = Path.of("target", "database-outage-application.log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh",
        "-cp", classPath(),
        PhoihopApplication.class.getName(),
        "--spring.profiles.active=test,demo,postgres",
        "--server.port=" + port,
        "--spring.datasource.url=" + database.getJdbcUrl("postgres", "phoihop"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--spring.jmx.enabled=false"));
    // Its own working directory: from the project's, the models under bpmn/ would be deployed twice.
    File workingDirectory = Files.createDirectories(directory.resolve("app")).toFile();
    application = new ProcessBuilder(command).directory(workingDirectory).redirectErrorStream(true)
        .redirectOutput(log.toAbsolutePath().toFile()).start();
    long until = System.nanoTime() + START_UP.toNanos();
    while (statusOrNone("/actuator/health/readiness") != 200) {
      if (!application.isAlive()) {
        fail("The application stopped during start-up; see " + log.toAbsolutePath());
      }
      if (System.nanoTime() > until) {
        fail("The application was not ready after " + START_UP + "; see " + log.toAbsolutePath());
      }
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (application != null) {
      application.destroy();
      if (!application.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        application.destroyForcibly().waitFor();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aDatabaseOutageIsAnswered503FastReadinessGoesDownAndTheApplicationRecoversByItself() throws Exception {
    String session = loggedInToTheWebapps("vanphong");
    assertThat(status(get("/engine-rest/task?maxResults=1", "vanphong"))).isEqualTo(200);
    assertThat(status(get("/camunda/api/engine/engine/default/task/count", null))).as(session).isEqualTo(200);

    database.close();
    database = null;

    List<String> calls = List.of("/engine-rest/task?maxResults=1", "/camunda/api/engine/engine/default/task/count",
        "/api/signing-campaigns?documentNumber=222%2FL%C4%90L%C4%90");
    for (String path : calls) {
      long started = System.nanoTime();
      HttpResponse<String> answer = get(path, path.startsWith("/camunda/") ? null : "vanphong");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(503);
      assertThat(took).as(path).isLessThan(FAST);
      assertThat(answer.headers().firstValue("Retry-After")).as(path).hasValue("10");
      assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answer.body()).as(path).contains("không kết nối được cơ sở dữ liệu", "thử lại");
    }
    // A page (Basic credentials, as a browser bookmark would not have; the check itself needs the database).
    long started = System.nanoTime();
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/bao-cao")).header("Accept", "text/html")
        .header("Authorization", basic("vanphong")).GET());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(page.body()).contains("<html lang=\"vi\"", "Cơ sở dữ liệu tạm thời không truy cập được");

    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).contains("\"DOWN\"");
    HttpResponse<String> liveness = get("/actuator/health/liveness");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(liveness.body()).contains("\"UP\"");

    database = startDatabase();
    long back = System.nanoTime();
    while (status(get("/engine-rest/task?maxResults=1", "vanphong")) != 200) {
      if (System.nanoTime() - back > RECOVERY.toNanos()) {
        fail("No 200 within " + RECOVERY + " of the database coming back");
      }
      Thread.sleep(100);
    }
    Duration recovered = Duration.ofNanos(System.nanoTime() - back);
    System.out.printf("First 200 %d ms after the database came back%n", recovered.toMillis());
    assertThat(recovered).as("first 200 after the database came back").isLessThanOrEqualTo(RECOVERED_WITHIN);
    assertThat(status(get("/camunda/api/engine/engine/default/task/count", null))).isEqualTo(200);
    assertThat(status(get("/actuator/health/readiness"))).isEqualTo(200);
  }

  /** This JVM's class path, absolute, without the project directory itself (the test runs from there). */
  static String classPath() {
    Path project = Path.of("").toAbsolutePath();
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry.isEmpty() ? "." : entry).toAbsolutePath().normalize();
      if (!path.equals(project)) {
        entries.add(path.toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Same data directory and port: the server comes back as it was, like a restarted database host. */
  static EmbeddedPostgres startDatabase() throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
        .setPort(databasePort).setRegisterShutdownHook(false).start();
  }

  static String loggedInToTheWebapps(String user) throws Exception {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/default/")).GET());
    String xsrf = ((CookieManager) CLIENT.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/welcome"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
            + URLEncoder.encode(RestCaller.DEMO_PASSWORD, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return login.body();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return get(path, null);
  }

  /** With a demo user's HTTP Basic credentials, or (null) the webapp session of this client. */
  static HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return send(request.GET());
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    // Far above the 503 budget: a request hanging like before the fix fails the assertions, not the test run.
    return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** 0 while the application does not listen yet. */
  static int statusOrNone(String path) throws Exception {
    try {
      return get(path).statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + RestCaller.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
