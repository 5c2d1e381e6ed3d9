package bench.driver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The large-campaign scenarios of the benchmark (issue 14): a campaign of N units started over REST, and the same
 * campaign driven to its end by simulated users. Prints one JSON object per command.
 *
 * <ul>
 *   <li>{@code orgfile <units> <organization.yaml> <people.yaml>}: an organisation of N district units in clusters of
 *   ten (clusters of the campaign's year), and demo accounts {@code uNNNNN.ldld} / {@code uNNNNN.capuy} per unit
 *   plus the city's.</li>
 *   <li>{@code launch <engine-rest url> <api url> <number> <units> <pid>}: starts the campaign (every active unit)
 *   as the city office, measures the start's answer, the time until every unit's first task exists, the app's RSS
 *   while that happens and after, and the compliance matrix as JSON and XLSX.</li>
 *   <li>{@code drive <engine-rest url> <number> <units> <clients> <pid>}: each unit's people complete its five tasks
 *   (proposal by locality, the committee's approval, the same ceremony for all, signed, reported) from
 *   {@code clients} threads; then waits for the campaign to end; counts 5xx answers and incidents.</li>
 * </ul>
 */
public final class CampaignDriver {

  static final String PASSWORD = "Demo@phoihop2022";
  static final String ISSUED_ON = "2026-11-02";
  static final String DEADLINE = "2027-03-31";
  /** A past working day: every unit's ceremony (one, shared) falls due at once. */
  static final String CEREMONY_DAY = "2026-11-20";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
  private static final Pattern PLANNED = Pattern.compile("\"planned\"\\s*:\\s*(\\d+)");
  private static final Pattern STARTED = Pattern.compile("\"started\"\\s*:\\s*(\\d+)");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "orgfile" -> orgFile(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "launch" -> launch(args[1], args[2], args[3], Integer.parseInt(args[4]), Long.parseLong(args[5]),
          args.length > 6 ? Long.parseLong(args[6]) : 0);
      case "drive" -> drive(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Long.parseLong(args[5]));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static String code(int i) {
    return String.format(Locale.ROOT, "u%05d", i);
  }

  // ---- the organisation

  static void orgFile(int units, Path organization, Path people) throws IOException {
    StringBuilder org = new StringBuilder("units:\n  - code: thanhpho\n    kind: CITY\n    name: Thành phố Hà Nội\n"
        + "    federation: Liên đoàn Lao động thành phố Hà Nội\n    email: vanphong@bench.example\n");
    StringBuilder accounts = new StringBuilder("people:\n");
    accounts.append(person("vanphong", "thanhpho", "CITY_OFFICE")).append(person("thuongtruc", "thanhpho",
        "CITY_STANDING"));
    for (int i = 1; i <= units; i++) {
      String code = code(i);
      org.append("  - code: ").append(code).append("\n    kind: DISTRICT\n    localityType: HUYEN\n    name: Đơn vị ")
          .append(i).append("\n    federation: Liên đoàn Lao động đơn vị ").append(i)
          .append("\n    partyCommittee: Huyện ủy đơn vị ").append(i).append("\n    email: ").append(code)
          .append("@bench.example\n");
      accounts.append(person(code + ".ldld", code, "FEDERATION")).append(person(code + ".capuy", code,
          "PARTY_COMMITTEE"));
    }
    org.append("clusters:\n");
    for (int first = 1, n = 1; first <= units; first += 10, n++) {
      List<String> members = new ArrayList<>();
      for (int i = first; i < Math.min(first + 10, units + 1); i++) {
        members.add(code(i));
      }
      org.append("  - year: 2026\n    code: c").append(n).append("\n    name: Cụm Thi đua số ").append(n)
          .append("\n    lead: ").append(members.get(0)).append("\n    members: [").append(String.join(", ", members))
          .append("]\n");
    }
    Files.writeString(organization, org, StandardCharsets.UTF_8);
    Files.writeString(people, accounts, StandardCharsets.UTF_8);
  }

  private static String person(String username, String unit, String role) {
    return "  - username: " + username + "\n    fullName: Cán bộ " + username + "\n    email: " + username
        + "@bench.example\n    unit: " + unit + "\n    roles: [" + role + "]\n";
  }

  // ---- launch

  static void launch(String engine, String api, String number, int units, long pid, long postgresPid)
      throws Exception {
    Http office = new Http("vanphong");
    // A campaign of one unit first, with its matrix: the measured start and reports do not pay for a cold JVM.
    String warmUp = "W" + number;
    start(office, engine, warmUp, "\"unitCodes\":{\"value\":\"[\\\"" + code(1) + "\\\"]\",\"type\":\"Json\"},");
    waitForFirstTasks(engine, 0, 1);
    office.get(api + "/reports/signing-campaign/matrix?documentNumber=" + encode(warmUp));
    office.getBytes(api + "/reports/signing-campaign/matrix.xlsx?documentNumber=" + encode(warmUp));

    long before = proposals(new Http("admin", "Quantri@2022"), engine);
    RssSampler rss = new RssSampler(pid);
    rss.start();
    long appCpu = CpuTime.of(pid);
    long databaseCpu = CpuTime.ofCluster(postgresPid);
    long started = System.nanoTime();
    String campaign = start(office, engine, number, "");
    long startMs = (System.nanoTime() - started) / 1_000_000;
    waitForEveryChild(office, api, campaign);
    long firstTasksMs = (System.nanoTime() - started) / 1_000_000;
    long lastCount = proposals(new Http("admin", "Quantri@2022"), engine) - before;
    appCpu = CpuTime.of(pid) - appCpu;
    databaseCpu = CpuTime.ofCluster(postgresPid) - databaseCpu;
    int peakDuring = rss.finish();
    String heapAfterFirstTasks = LiveHeap.of(pid, 12);
    String matrixUrl = api + "/reports/signing-campaign/matrix?documentNumber=" + encode(number);
    long m0 = System.nanoTime();
    HttpResponse<String> matrix = office.get(matrixUrl);
    long matrixMs = (System.nanoTime() - m0) / 1_000_000;
    long p0 = System.nanoTime();
    HttpResponse<String> page = office.get(matrixUrl + "&page=0&size=100");
    long pageMs = (System.nanoTime() - p0) / 1_000_000;
    long x0 = System.nanoTime();
    HttpResponse<byte[]> xlsx = office.getBytes(api + "/reports/signing-campaign/matrix.xlsx?documentNumber="
        + encode(number));
    long xlsxMs = (System.nanoTime() - x0) / 1_000_000;
    System.out.println(String.format(Locale.ROOT, "{\"units\":%d,\"campaign\":\"%s\",\"startAnswerMs\":%d,"
            + "\"everyFirstTaskMs\":%d,\"firstTasks\":%d,\"msPerUnit\":%.2f,\"appCpuMsPerUnit\":%.2f,"
            + "\"databaseCpuMsPerUnit\":%.2f,\"rssPeakDuringMb\":%d,"
            + "\"rssAfterMb\":%d,\"matrixJsonMs\":%d,\"matrixJsonStatus\":%d,\"matrixJsonBytes\":%d,"
            + "\"matrixPageMs\":%d,\"matrixPageStatus\":%d,\"matrixXlsxMs\":%d,\"matrixXlsxStatus\":%d,\"matrixXlsxBytes\":%d,"
            + "\"liveHeapAfterFirstTasks\":%s,\"liveHeapAfterReports\":%s}",
        units, campaign, startMs, firstTasksMs, lastCount, (double) firstTasksMs / units, (double) appCpu / units,
        (double) databaseCpu / units, peakDuring,
        RssSampler.rssMb(pid), matrixMs, matrix.statusCode(), matrix.body().length(), pageMs, page.statusCode(), xlsxMs, xlsx.statusCode(),
        xlsx.body().length, heapAfterFirstTasks, LiveHeap.of(pid, 12)));
  }

  /** Starts a campaign of every active unit (or of the units given as a JSON variable) as the city office. */
  private static String start(Http office, String engine, String number, String unitCodes) throws Exception {
    String body = "{\"variables\":{" + unitCodes + "\"documentNumber\":{\"value\":\"" + number + "\"},"
        + "\"issuedOn\":{\"value\":\"" + ISSUED_ON + "\"},\"deadline\":{\"value\":\"" + DEADLINE + "\"},"
        + "\"term\":{\"value\":\"2026-2030\"},\"subject\":{\"value\":\"V/v tổ chức Lễ ký kết Quy chế phối hợp "
        + "(đo tải)\"}}}";
    HttpResponse<String> answer = office.post(engine + "/process-definition/key/signing-campaign/start", body);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("start answered " + answer.statusCode() + ": " + answer.body());
    }
    return id(answer.body());
  }

  /**
   * Polls once a second until every unit of the campaign has its first task (or 30 minutes passed): the count of
   * proposal tasks reached {@code before + units}. Counted by process and task definition only: a filter on the
   * business key (a LIKE over the executions), four times a second, took about a second of the database per poll at
   * 3,000 units, more than the work being measured; even the plain count took 0.1 s per poll at 10,000 tasks.
   */
  private static long waitForFirstTasks(String engine, long before, int units) throws Exception {
    Http admin = new Http("admin", "Quantri@2022");
    long count = -1;
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (count < units && System.nanoTime() < deadline) {
      count = proposals(admin, engine) - before;
      if (count < units) {
        Thread.sleep(1000);
      }
    }
    return count;
  }

  /**
   * Polls the campaign's fan-out progress (GET /api/fan-outs, one indexed count) once a second until every planned
   * child has started. A unit's first task is created in the transaction that marks its child started, so this is
   * the moment every unit has its first task; the task count (checked once afterwards, as {@code firstTasks}) took
   * up to five seconds of the database per poll at 10,000 tasks, most of the database's work during the run.
   */
  private static void waitForEveryChild(Http office, String api, String campaign) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < deadline) {
      String progress = office.get(api + "/fan-outs?processInstanceId=" + encode(campaign)).body();
      long planned = sum(PLANNED, progress);
      if (planned > 0 && sum(STARTED, progress) >= planned) {
        return;
      }
      Thread.sleep(1000);
    }
  }

  private static long sum(Pattern field, String json) {
    long total = 0;
    for (Matcher m = field.matcher(json); m.find(); ) {
      total += Long.parseLong(m.group(1));
    }
    return total;
  }

  private static long proposals(Http admin, String engine) throws Exception {
    return count(admin.get(engine + "/task/count?processDefinitionKey=unit-signing&taskDefinitionKey="
        + "Task_Proposal").body());
  }

  // ---- drive

  static void drive(String engine, String number, int units, int clients, long pid) throws Exception {
    RssSampler rss = new RssSampler(pid);
    rss.start();
    AtomicLong requests = new AtomicLong();
    AtomicLong serverErrors = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicReference<String> heapMidDrive = new AtomicReference<>("null");
    List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 1; i <= units; i++) {
      String code = code(i);
      work.add(pool.submit(() -> {
        try {
          new UnitUser(engine, number, code, requests, serverErrors, micros).signs();
          if (done.incrementAndGet() == units / 2) {
            heapMidDrive.set(LiveHeap.of(pid, 12));
          }
        } catch (Exception e) {
          firstError.compareAndSet(null, code + ": " + e);
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    long usersMs = (System.nanoTime() - started) / 1_000_000;
    Http admin = new Http("admin", "Quantri@2022");
    String campaignQuery = engine + "/history/process-instance/count?processDefinitionKey=signing-campaign"
        + "&processInstanceBusinessKey=" + encode(number) + "&finished=true";
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    boolean ended = false;
    while (!ended && System.nanoTime() < deadline) {
      ended = count(admin.get(campaignQuery).body()) == 1;
      if (!ended) {
        Thread.sleep(500);
      }
    }
    long endMs = (System.nanoTime() - started) / 1_000_000;
    long incidents = count(admin.get(engine + "/incident/count").body());
    int peak = rss.finish();
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    System.out.println(String.format(Locale.ROOT, "{\"units\":%d,\"clients\":%d,\"unitsDone\":%d,"
            + "\"usersMs\":%d,\"campaignEndedMs\":%d,\"campaignEnded\":%s,\"unitsPerSecond\":%.1f,\"msPerUnit\":%.1f,"
            + "\"requests\":%d,\"serverErrors\":%d,\"incidents\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,"
            + "\"rssPeakMb\":%d,\"rssAfterMb\":%d,\"firstError\":%s,\"liveHeapMidDrive\":%s,"
            + "\"liveHeapAfterEnd\":%s}",
        units, clients, done.get(), usersMs, endMs, ended, units / (endMs / 1000.0), (double) endMs / units,
        requests.get(), serverErrors.get(), incidents, LoadDriver.percentile(sorted, 50),
        LoadDriver.percentile(sorted, 95), peak, RssSampler.rssMb(pid),
        firstError.get() == null ? "null" : LoadDriver.quote(firstError.get()), heapMidDrive.get(),
        LiveHeap.of(pid, 12)));
  }

  /** The people of one unit: its federation and its Party committee, each with their own account. */
  static final class UnitUser {
    private final String engine;
    private final String businessKey;
    private final Http federation;
    private final Http committee;
    private final AtomicLong requests;
    private final AtomicLong serverErrors;
    private final List<Long> micros;

    UnitUser(String engine, String number, String code, AtomicLong requests, AtomicLong serverErrors,
             List<Long> micros) {
      this.engine = engine;
      this.businessKey = number + "/" + code;
      this.federation = new Http(code + ".ldld");
      this.committee = new Http(code + ".capuy");
      this.requests = requests;
      this.serverErrors = serverErrors;
      this.micros = micros;
    }

    void signs() throws Exception {
      complete(federation, "Task_Proposal", "\"proposedDate\":{\"value\":\"" + CEREMONY_DAY + "\"},"
          + "\"proposedTime\":{\"value\":\"14:00\"},\"venue\":{\"value\":\"Hội trường Huyện ủy\"},"
          + "\"venueArrangedBy\":{\"value\":\"UNIT\"},\"signingMode\":{\"value\":\"DIRECT\"},"
          + "\"signingScope\":{\"value\":\"LOCALITY\"},\"attendees\":{\"value\":\"Ban Thường vụ\"}");
      complete(committee, "Task_CommitteeOpinion", "\"committeeOpinion\":{\"value\":\"APPROVE\"}");
      complete(federation, "Task_ScheduleLocalCeremony", "\"localScheduleAction\":{\"value\":\"SCHEDULE\"},"
          + "\"ceremonyDate\":{\"value\":\"" + CEREMONY_DAY + "\"},\"ceremonyTime\":{\"value\":\"14:00\"},"
          + "\"ceremonyVenue\":{\"value\":\"Hội trường Thành phố\"}");
      complete(federation, "Task_RecordCeremonyOutcome", "\"ceremonyOutcome\":{\"value\":\"SIGNED\"},"
          + "\"signedOn\":{\"value\":\"" + CEREMONY_DAY + "\"},\"signatories\":{\"value\":\"Bí thư; Chủ tịch\"}");
      complete(federation, "Task_ReportResult", "\"reportSummary\":{\"value\":\"Đã ký kết.\"}");
    }

    /** Waits for the task (the job executor may still be on its way to it), then completes it. */
    private void complete(Http user, String taskKey, String variables) throws Exception {
      String query = engine + "/task?processInstanceBusinessKey=" + encode(businessKey) + "&taskDefinitionKey="
          + taskKey + "&firstResult=0&maxResults=1";
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      String task = null;
      while (task == null) {
        HttpResponse<String> found = timed(() -> user.get(query));
        Matcher m = ID.matcher(found.body());
        if (m.find()) {
          task = m.group(1);
        } else if (System.nanoTime() > deadline) {
          throw new IllegalStateException(taskKey + " of " + businessKey + " never came");
        } else {
          Thread.sleep(200);
        }
      }
      String id = task;
      HttpResponse<String> answer = timed(() -> user.post(engine + "/task/" + id + "/complete",
          "{\"variables\":{" + variables + "}}"));
      if (answer.statusCode() != 204) {
        throw new IllegalStateException(taskKey + " of " + businessKey + " answered " + answer.statusCode() + ": "
            + LoadDriver.abbreviate(answer.body()));
      }
    }

    private HttpResponse<String> timed(Call call) throws Exception {
      long t0 = System.nanoTime();
      HttpResponse<String> response = call.run();
      micros.add((System.nanoTime() - t0) / 1_000);
      requests.incrementAndGet();
      if (response.statusCode() >= 500) {
        serverErrors.incrementAndGet();
      }
      return response;
    }
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  // ---- plumbing

  static final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    Http(String user) {
      this(user, PASSWORD);
    }

    Http(String user, String password) {
      authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
          .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String url) throws Exception {
      return CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String url) throws Exception {
      return CLIENT.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String url, String json) throws Exception {
      return CLIENT.send(request(url).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String url, String json) throws Exception {
      return CLIENT.send(request(url).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String url) {
      return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
          .timeout(Duration.ofMinutes(5));
    }
  }

  /** The app's resident memory, sampled every 250 ms: the peak while a phase runs. */
  static final class RssSampler extends Thread {
    private final long pid;
    private volatile boolean running = true;
    private volatile int peak;

    RssSampler(long pid) {
      this.pid = pid;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, rssMb(pid));
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    int finish() throws InterruptedException {
      running = false;
      join();
      return Math.max(peak, rssMb(pid));
    }

    static int rssMb(long pid) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return (int) (Long.parseLong(line.replaceAll("\\D", "")) / 1024);
          }
        }
      } catch (IOException e) {
        return 0;
      }
      return 0;
    }
  }

  static String id(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + LoadDriver.abbreviate(json));
    }
    return m.group(1);
  }

  static long count(String json) {
    Matcher m = COUNT.matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
