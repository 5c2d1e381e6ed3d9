package bench.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timers falling due at once: starts {@code count} instances of {@code benchmark-timers} (deployed by the script
 * with a timer date already past) while the flow's job definitions are suspended, so that every timer waits however
 * long the starts take; then activates them in one request, the moment they all fall due, waits until every timer
 * has fired, and prints one JSON object: how long after that moment the first and the last timer fired (their
 * activity's end in the history) and the drain rate between them. The job executor finds them by polling, as it
 * finds timers that fell due while it was idle.
 *
 * <p>Usage: {@code TimerDriver <engine-rest-url> <user> <password> <count> <clients>}.
 */
public final class TimerDriver {

  private static final Pattern END_TIME = Pattern.compile("\"endTime\"\\s*:\\s*\"([^\"]+)\"");
  /** Camunda REST's date format. */
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private TimerDriver() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: TimerDriver <engine-rest-url> <user> <password> <count> <clients>");
      System.exit(2);
    }
    String engine = args[0];
    CampaignDriver.Http http = new CampaignDriver.Http(args[1], args[2]);
    int count = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    String suspension = engine + "/job-definition/suspended";
    String flow = "{\"processDefinitionKey\":\"benchmark-timers\",\"includeJobs\":true,\"suspended\":";
    requireNoContent(http.put(suspension, flow + "true}"));

    long t0 = System.nanoTime();
    AtomicInteger started = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      work.add(pool.submit(() -> {
        var answer = http.post(engine + "/process-definition/key/benchmark-timers/start", "{}");
        if (answer.statusCode() == 200) {
          started.incrementAndGet();
        } else {
          firstError.compareAndSet(null, answer.statusCode() + ": " + LoadDriver.abbreviate(answer.body()));
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    long startMs = (System.nanoTime() - t0) / 1_000_000;
    Instant dueAt = Instant.now();
    requireNoContent(http.put(suspension, flow + "false}"));

    String ended = engine + "/history/activity-instance?processDefinitionKey=benchmark-timers&activityId=due"
        + "&finished=true&sortBy=endTime&firstResult=0&maxResults=1&sortOrder=";
    String endedCount = engine + "/history/activity-instance/count?processDefinitionKey=benchmark-timers"
        + "&activityId=due&finished=true";
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    long fired = 0;
    while (fired < started.get() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      fired = CampaignDriver.count(http.get(endedCount).body());
    }
    Instant first = endTime(http.get(ended + "asc").body());
    Instant last = endTime(http.get(ended + "desc").body());
    long firstMs = first == null ? -1 : Duration.between(dueAt, first).toMillis();
    long lastMs = last == null ? -1 : Duration.between(dueAt, last).toMillis();
    double drainSeconds = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
    System.out.println(String.format(Locale.ROOT, "{\"timers\":%d,\"started\":%d,\"clients\":%d,\"startMs\":%d,"
            + "\"fired\":%d,\"firstAfterDueMs\":%d,\"lastAfterDueMs\":%d,"
            + "\"jobsPerSecond\":%.1f,\"firstError\":%s}",
        count, started.get(), clients, startMs, fired, firstMs, lastMs,
        drainSeconds > 0 ? (fired - 1) / drainSeconds : 0,
        firstError.get() == null ? "null" : LoadDriver.quote(firstError.get())));
  }

  private static void requireNoContent(java.net.http.HttpResponse<String> answer) {
    if (answer.statusCode() != 204) {
      throw new IllegalStateException("suspending or activating the timers answered " + answer.statusCode() + ": "
          + LoadDriver.abbreviate(answer.body()));
    }
  }

  private static Instant endTime(String json) {
    Matcher m = END_TIME.matcher(json);
    return m.find() ? OffsetDateTime.parse(m.group(1), REST_DATE).toInstant() : null;
  }
}
