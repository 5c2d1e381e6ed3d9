package bench.driver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one scenario against one running app over its engine REST API and prints the figures as one JSON object.
 *
 * <p>Usage: {@code LoadDriver <scenario> <base-url> <user> <password> <clients> <warm-up s> <measured s>}. Each
 * client is a thread that repeats the scenario's lifecycle back to back; only lifecycles that start and end inside
 * the measured window count, and only the requests they made enter the latencies.
 *
 * <p>Scenarios are the extension point for the rest of issue 14 item 1 (signing campaign, timers, large
 * campaigns): each is one {@link Scenario} constant with its own lifecycle.
 */
public final class LoadDriver {

  /** One kind of work the driver can repeat. */
  enum Scenario {
    /** Start the minimal flow, find its user task as the candidate-group user, complete it. */
    MINIMAL {
      @Override
      void lifecycle(Client client) throws Exception {
        String instance = client.idOf(client.post(Step.START,
            "/process-definition/key/benchmark-minimal/start", "{}"));
        // Paged: phoihop (query-max-results-limit) refuses unbounded list queries; the same request for every app.
        String task = client.idOf(client.get(Step.FIND_TASK,
            "/task?processInstanceId=" + instance + "&firstResult=0&maxResults=1"));
        client.post(Step.COMPLETE, "/task/" + task + "/complete", "{}");
      }
    };

    abstract void lifecycle(Client client) throws Exception;
  }

  enum Step { START, FIND_TASK, COMPLETE }

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  /** One simulated user: its own connection, its latencies per step, in microseconds. */
  static final class Client {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    final Map<Step, List<Long>> micros = new EnumMap<>(Step.class);
    final Map<Step, List<Long>> pending = new EnumMap<>(Step.class);

    Client(String base, String user, String password) {
      this.base = base;
      this.authorization = "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      for (Step step : Step.values()) {
        micros.put(step, new ArrayList<>());
        pending.put(step, new ArrayList<>());
      }
    }

    String get(Step step, String path) throws Exception {
      return send(step, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String post(Step step, String path, String json) throws Exception {
      return send(step, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(Step step, HttpRequest.Builder request) throws Exception {
      long started = System.nanoTime();
      HttpResponse<String> response = http.send(request.header("Authorization", authorization)
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      pending.get(step).add((System.nanoTime() - started) / 1_000);
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(step + " answered " + response.statusCode() + ": "
            + abbreviate(response.body()));
      }
      return response.body();
    }

    String idOf(String json) {
      Matcher matcher = ID.matcher(json);
      if (!matcher.find()) {
        throw new IllegalStateException("no id in " + abbreviate(json));
      }
      return matcher.group(1);
    }

    /** The lifecycle counted: its requests' latencies join the figures. */
    void keepPending() {
      pending.forEach((step, values) -> micros.get(step).addAll(values));
      discardPending();
    }

    void discardPending() {
      pending.values().forEach(List::clear);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println("usage: LoadDriver <scenario> <base-url> <user> <password> <clients> <warm-up s> "
          + "<measured s>");
      System.exit(2);
    }
    Scenario scenario = Scenario.valueOf(args[0].toUpperCase(Locale.ROOT));
    int clients = Integer.parseInt(args[4]);
    long warmUpNanos = Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
    long measuredNanos = Duration.ofSeconds(Long.parseLong(args[6])).toNanos();

    long origin = System.nanoTime();
    long windowStart = origin + warmUpNanos;
    long windowEnd = windowStart + measuredNanos;
    AtomicLong lifecycles = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Client> all = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch finished = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      Client client = new Client(args[1], args[2], args[3]);
      all.add(client);
      Thread thread = new Thread(() -> {
        try {
          while (System.nanoTime() < windowEnd) {
            long started = System.nanoTime();
            try {
              scenario.lifecycle(client);
              if (started >= windowStart && System.nanoTime() <= windowEnd) {
                lifecycles.incrementAndGet();
                client.keepPending();
              } else {
                client.discardPending();
              }
            } catch (Exception e) {
              client.discardPending();
              if (started >= windowStart) {
                errors.incrementAndGet();
              }
              firstError.compareAndSet(null, e.toString());
            }
          }
        } finally {
          finished.countDown();
        }
      }, "client-" + i);
      thread.start();
    }
    finished.await();

    double seconds = measuredNanos / 1e9;
    List<Long> every = new ArrayList<>();
    StringBuilder steps = new StringBuilder();
    for (Step step : Step.values()) {
      List<Long> values = new ArrayList<>();
      all.forEach(c -> values.addAll(c.micros.get(step)));
      every.addAll(values);
      Collections.sort(values);
      steps.append(steps.length() == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "\"%s\":{\"p50Ms\":%.1f,\"p95Ms\":%.1f}", step.name().toLowerCase(Locale.ROOT),
          percentile(values, 50), percentile(values, 95)));
    }
    Collections.sort(every);
    System.out.println(String.format(Locale.ROOT,
        "{\"scenario\":\"%s\",\"clients\":%d,\"warmUpSeconds\":%s,\"measuredSeconds\":%s,\"instances\":%d,"
            + "\"instancesPerSecond\":%.1f,\"requests\":%d,\"errors\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,"
            + "\"steps\":{%s},\"firstError\":%s}",
        scenario.name().toLowerCase(Locale.ROOT), clients, args[5], args[6], lifecycles.get(),
        lifecycles.get() / seconds, every.size(), errors.get(), percentile(every, 50), percentile(every, 95),
        steps, firstError.get() == null ? "null" : quote(firstError.get())));
  }

  /** Nearest-rank percentile of sorted microseconds, in milliseconds. */
  static double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1000.0;
  }

  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  static String quote(String text) {
    return "\"" + abbreviate(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }
}
