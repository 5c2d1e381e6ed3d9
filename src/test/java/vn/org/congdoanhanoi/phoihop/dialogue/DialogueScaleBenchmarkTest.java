package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.SqlStatementCounter;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionIntake;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxProperties;
import vn.org.congdoanhanoi.phoihop.records.inbox.MailIntake;
import vn.org.congdoanhanoi.phoihop.records.inbox.PollResult;

/**
 * The dialogue conference at scale (issue 12 item 8), measured through the product's real doors on PostgreSQL: a
 * district's grassroots unions and departments imported from spreadsheets ({@code PUT /api/organization/districts/…}),
 * a conference over all of them started over REST and its unions invited batch by batch, petitions over REST by several
 * clients and over IMAP (GreenMail's petitions mailbox, read by {@link MailIntake}), each offered a second time; then
 * the consolidation page's list (first and deep page, filters), a bulk assignment of every petition 200 at a time, the
 * department page's list, and memory. Checks no duplicate and no loss; times and memory are written as JSON and a
 * table, never asserted (the machine is shared).
 *
 * <p>The normal suite runs it at smoke size (20 unions, 50 + 50 petitions) so it never rots;
 * {@code benchmark/dialogue/run} runs it at full size (2,000 unions, 5,000 + 5,000 petitions) through the system
 * properties {@code dialogue.benchmark.*}.
 */
@PostgresIntegrationTest
class DialogueScaleBenchmarkTest {

  static final int UNIONS = Integer.getInteger("dialogue.benchmark.unions", 20);
  /** Petitions per channel: as many over REST as over IMAP. */
  static final int PETITIONS = Integer.getInteger("dialogue.benchmark.petitions", 50);
  static final int CLIENTS = Integer.getInteger("dialogue.benchmark.clients", 4);
  /** Calls per measured query. */
  static final int CALLS = Integer.getInteger("dialogue.benchmark.calls", 5);
  static final Path OUTPUT = Path.of(System.getProperty("dialogue.benchmark.output",
      "target/dialogue-benchmark/dialogue-benchmark.json"));

  /** A district no other test gives grassroots unions to, and its federation's demo account. */
  static final String DISTRICT = "unghoa";
  static final String FEDERATION = "unghoa.ldld";
  static final String NUMBER = "9870/KH-LĐLĐ";
  static final String MAIL_DOMAIN = "@unghoa.benchmark.example";
  static final int PAGE = 50;
  static final int ASSIGN_BATCH = 200;
  static final PetitionTopic[] TOPICS = PetitionTopic.values();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MailIntake intake;

  @Autowired
  InboxProperties inbox;

  @Autowired
  DataSource dataSource;

  final Map<String, Object> figures = new LinkedHashMap<>();
  final List<String[]> table = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDistrictsConferenceTakesEveryPetitionOnceAndItsPagesStayBounded() throws Exception {
    figures.put("unions", UNIONS);
    figures.put("petitionsPerChannel", PETITIONS);
    figures.put("clients", CLIENTS);
    figures.put("callsPerQuery", CALLS);
    memory("afterStart");
    List<String> unions = importDistrict();
    conferenceOverEveryUnion(unions);
    write();

    DialogueDriver.clockAt("2023-05-02T10:15");
    restIntake(unions);
    write();
    imapIntake(unions);
    write();
    int total = 2 * PETITIONS;
    assertThat(count("")).as("every petition once, none lost").isEqualTo(total);
    assertThat(jdbc.queryForObject("select count(distinct body) from dialogue_petition where " + PLAN, Integer.class,
        planParams())).as("no petition stored twice").isEqualTo(total);
    assertThat(openUnionTasks()).as("a petition from another channel ended every union's task").isZero();
    memory("afterIntake");

    consolidationPage(total);
    write();
    assignEverything(total);
    departmentPage();
    memory("afterPages");
    System.out.print(write());
  }

  // --- the district and its conference

  /** The district's unions and departments through its federation's spreadsheet import. */
  List<String> importDistrict() {
    RestCaller federation = RestCaller.demo(port, FEDERATION);
    StringBuilder unionSheet = new StringBuilder("Mã,Tên,Hộp thư,Ngành/khối\n");
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= UNIONS; i++) {
      String code = String.format("uh-cd%05d", i);
      codes.add(code);
      unionSheet.append(code).append(",Công đoàn cơ sở Công ty số ").append(i).append(',').append(mailbox(code))
          .append(",Doanh nghiệp ngoài nhà nước\n");
    }
    long started = System.nanoTime();
    RestCaller.Response imported = federation.putFile(districtList("grassroots-unions"), "cdcs.csv",
        unionSheet.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    record("unionImportMs", millisSince(started), "Import of " + UNIONS + " unions (PUT, CSV)", "ms");
    StringBuilder departments = new StringBuilder("Mã,Tên,Hộp thư,Chủ đề\n");
    for (PetitionTopic topic : TOPICS) {
      departments.append(department(topic)).append(",Phòng trả lời nhóm ").append(topic.ordinal() + 1).append(',')
          .append(department(topic)).append(MAIL_DOMAIN).append(',').append(topic.name()).append('\n');
    }
    RestCaller.Response answered = federation.putFile(districtList("departments"), "phongban.csv",
        departments.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    return codes;
  }

  /**
   * The conference over every union of the district, started over REST; its invitation batches then run as the job
   * executor would run them, one after the other (the tests' engine has no job executor of its own).
   */
  void conferenceOverEveryUnion(List<String> unions) {
    DialogueDriver.clockAt("2023-04-24T09:00");
    Map<String, Object> plan = DialogueDriver.plan(NUMBER);
    Vars.UNIT_CODE.putInto(plan, DISTRICT);
    long started = System.nanoTime();
    RestCaller.Response start = DialogueDriver.startOverRest(port, FEDERATION, plan);
    assertThat(start.status()).as(start.body()).isEqualTo(200);
    record("conferenceStartAnswerMs", millisSince(started), "Conference start over REST: answer", "ms");
    long invited = System.nanoTime();
    try (SqlStatementCounter statements = SqlStatementCounter.start(dataSource)) {
      EngineActions.executeJobs(engine, start.json().get("id").asText());
      record("statementsPerUnionInvited", round((double) statements.count() / unions.size()),
          "SQL statements per union invited", "");
    }
    record("everyUnionsTaskMs", millisSince(started), "Until every union has its task (batches)", "ms");
    figures.put("invitationJobsMs", millisSince(invited));
    assertThat(openUnionTasks()).as("every union has its task").isEqualTo(unions.size());
  }

  // --- intake

  /** {@code PETITIONS} petitions over REST by {@code CLIENTS} clients, each with its Idempotency-Key; some again. */
  void restIntake(List<String> unions) throws InterruptedException {
    RestCaller federation = RestCaller.demo(port, FEDERATION);
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    IntFunction<RestCaller.Response> send = i -> federation.post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(NUMBER, unions.get(i % unions.size()), TOPICS[i % TOPICS.length].name(),
            "Kiến nghị qua REST số " + i + ": đề nghị hỗ trợ nhà ở cho công nhân."),
        Map.of("Idempotency-Key", "benchmark-9870-" + i));
    long started = System.nanoTime();
    Latencies posts = inParallel(PETITIONS, i -> statuses.merge(send.apply(i).status(), 1, Integer::sum));
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(statuses).as("every REST petition stored").containsExactly(Map.entry(201, PETITIONS));
    record("restPetitionsPerSecond", round(PETITIONS / seconds), "REST intake (" + CLIENTS + " clients)",
        "petitions/s");
    figures.put("restPost", posts.asMap());
    table.add(new String[] {"REST petition POST: p50 / p95 / max", posts.toString(), "ms"});

    int again = Math.min(PETITIONS, 100);
    Map<Integer, Integer> repeated = new ConcurrentHashMap<>();
    inParallel(again, i -> repeated.merge(send.apply(i).status(), 1, Integer::sum));
    assertThat(repeated).as("the same Idempotency-Key again is 409, never a copy")
        .containsExactly(Map.entry(409, again));
    figures.put("restOfferedAgain", again);
    assertThat(count("and channel = 'REST'")).isEqualTo(PETITIONS);
  }

  /** {@code PETITIONS} mails from the unions' mailboxes read by the real intake; then the same mails once more. */
  void imapIntake(List<String> unions) throws Exception {
    String mailbox = petitionMailbox();
    GreenMailUser user = NotificationTestServers.mail().getUserManager()
        .getUserByEmail(NotificationTestServers.PETITION_MAILBOX);
    Session session = Session.getInstance(new Properties());
    List<MimeMessage> mails = new ArrayList<>();
    for (int i = 0; i < PETITIONS; i++) {
      mails.add(mail(session, i, unions.get(i % unions.size())));
    }
    for (MimeMessage message : mails) {
      user.deliver(message);
    }
    long started = System.nanoTime();
    int polls;
    try (SqlStatementCounter statements = SqlStatementCounter.start(dataSource);
         ImapWaits waits = new ImapWaits(Thread.currentThread())) {
      polls = drain(mailbox);
      record("statementsPerMailPetition", round((double) statements.count() / PETITIONS),
          "SQL statements per mail petition", "");
      record("imapServerWaitPercent", waits.percent(), "IMAP intake: share of samples waiting for the IMAP server",
          "%");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(count("and channel = 'EMAIL'")).as("every mail one petition").isEqualTo(PETITIONS);
    record("imapPetitionsPerSecond", round(PETITIONS / seconds), "IMAP intake (" + polls + " polls)",
        "petitions/s");

    // The same messages delivered again (a restored mailbox, a server that lost its flags), into a folder emptied of
    // the first copies: GreenMail, in this JVM, slows down with every message it holds, far more than a real server;
    // the intake must recognise every one by its Message-ID and store nothing.
    NotificationTestServers.mail().getManagers().getImapHostManager().getInbox(user).deleteAllMessages();
    for (MimeMessage message : mails) {
      user.deliver(message);
    }
    started = System.nanoTime();
    drain(mailbox);
    record("imapSecondOfferMessagesPerSecond", round(PETITIONS / ((System.nanoTime() - started) / 1e9)),
        "IMAP: the same mails offered again (marked only)", "mails/s");
    assertThat(count("and channel = 'EMAIL'")).as("the same mails again store nothing").isEqualTo(PETITIONS);
  }

  /** Polls until a poll takes nothing more (another test's unreadable mail may stay pending for good). */
  int drain(String mailbox) throws MessagingException {
    int polls = 0;
    PollResult result;
    do {
      result = intake.poll(mailbox);
      polls++;
    } while (result.handled() + result.markedOnly() > 0 && polls < 10_000);
    return polls;
  }

  MimeMessage mail(Session session, int i, String union) throws MessagingException {
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", "<kn-" + i + "-9870" + MAIL_DOMAIN + ">");
      }
    };
    message.setFrom(new InternetAddress(mailbox(union)));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(NotificationTestServers.PETITION_MAILBOX));
    message.setSubject("Kiến nghị theo kế hoạch số " + NUMBER, StandardCharsets.UTF_8.name());
    message.setText("Kiến nghị qua thư số " + i + ": đề nghị tăng cường kiểm tra an toàn lao động.",
        StandardCharsets.UTF_8.name());
    message.saveChanges();
    return message;
  }

  /** The one mailbox this test JVM reads: the petitions mailbox on GreenMail ({@link NotificationTestServers}). */
  String petitionMailbox() {
    List<String> read = inbox.mailboxes().entrySet().stream().filter(e -> e.getValue().enabled())
        .map(Map.Entry::getKey).toList();
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  // --- the pages

  void consolidationPage(int total) {
    int deep = (total - 1) / PAGE;
    measure("consolidationFirstPage", "Consolidation list: first page", "page=0&size=" + PAGE, total);
    measure("consolidationDeepPage", "Consolidation list: last page (" + (deep + 1) + ")",
        "page=" + deep + "&size=" + PAGE, total);
    measure("consolidationByTopicAndState", "Consolidation list: topic + state filter",
        PetitionIntake.TOPIC + "=" + TOPICS[1].name() + "&state=" + PetitionState.RECEIVED.name()
            + "&page=0&size=" + PAGE, -1);
    measure("consolidationByUnion", "Consolidation list: one union", PetitionIntake.UNION + "=uh-cd00001"
        + "&page=0&size=" + PAGE, -1);
  }

  /** Every petition assigned to its topic's department, 200 at a time as the federation would tick them. */
  void assignEverything(int total) {
    RestCaller federation = RestCaller.demo(port, FEDERATION);
    List<Long> nanos = new ArrayList<>();
    int assigned = 0;
    while (true) {
      JsonNode page = federation.get(petitions("state=" + PetitionState.RECEIVED.name() + "&page=0&size="
          + ASSIGN_BATCH)).json();
      List<Map<String, Object>> selected = new ArrayList<>();
      for (JsonNode item : page.findParents(ConsolidationFields.VERSION)) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put(ConsolidationFields.ID, item.get(ConsolidationFields.ID).asLong());
        seen.put(ConsolidationFields.VERSION, item.get(ConsolidationFields.VERSION).asInt());
        selected.add(seen);
      }
      if (selected.isEmpty()) {
        break;
      }
      Map<String, Object> body = planBody();
      body.put(ConsolidationFields.SELECTED, selected);
      long started = System.nanoTime();
      RestCaller.Response response = federation.post(CONSOLIDATION + "assign", body);
      nanos.add(System.nanoTime() - started);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assigned += selected.size();
    }
    assertThat(assigned).isEqualTo(total);
    Latencies assign = new Latencies(nanos);
    figures.put("bulkAssign200", assign.asMap());
    table.add(new String[] {"Bulk assign of " + ASSIGN_BATCH + " (" + nanos.size() + " calls): p50 / p95 / max",
        assign.toString(), "ms"});
  }

  void departmentPage() {
    String department = department(TOPICS[0]);
    int expected = jdbc.queryForObject("select count(*) from dialogue_petition where " + PLAN
        + " and department_code = ?", Integer.class, DISTRICT, 2023, NUMBER, department);
    assertThat(expected).isPositive();
    int deep = (expected - 1) / PAGE;
    measure("departmentFirstPage", "Department list: first page", Vars.DEPARTMENT_CODE.name() + "=" + department
        + "&page=0&size=" + PAGE, expected);
    measure("departmentDeepPage", "Department list: last page (" + (deep + 1) + ")", Vars.DEPARTMENT_CODE.name()
        + "=" + department + "&page=" + deep + "&size=" + PAGE, expected);
  }

  /** {@code CALLS} calls of the petitions list with this query, as the district federation. */
  void measure(String key, String label, String query, int expectedTotal) {
    RestCaller federation = RestCaller.demo(port, FEDERATION);
    String path = petitions(query);
    List<Long> nanos = new ArrayList<>();
    for (int call = 0; call < CALLS; call++) {
      long started = System.nanoTime();
      RestCaller.Response response = federation.get(path);
      nanos.add(System.nanoTime() - started);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      if (expectedTotal >= 0) {
        assertThat(response.json().get("total").asInt()).isEqualTo(expectedTotal);
      }
      assertThat(response.json().findParents(ConsolidationFields.VERSION)).isNotEmpty();
    }
    Latencies latencies = new Latencies(nanos);
    figures.put(key, latencies.asMap());
    table.add(new String[] {label + ": p50 / p95 / max", latencies.toString(), "ms"});
  }

  // --- helpers

  static final String CONSOLIDATION = DialogueDriver.PETITIONS + "/";
  static final String PLAN = "district_code = ? and plan_year = ? and plan_number = ?";

  static String petitions(String query) {
    return DialogueDriver.petitionsOf(DISTRICT, NUMBER, query);
  }

  static Object[] planParams() {
    return new Object[] {DISTRICT, 2023, NUMBER};
  }

  Map<String, Object> planBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    Vars.PLAN_NUMBER.putInto(body, NUMBER);
    body.put(Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    Vars.UNIT_CODE.putInto(body, DISTRICT);
    return body;
  }

  int count(String andWhere) {
    return jdbc.queryForObject("select count(*) from dialogue_petition where " + PLAN + " " + andWhere,
        Integer.class, planParams());
  }

  long openUnionTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(UnionPetitions.KEY)
        .taskDefinitionKey(UnionPetitions.Elements.SEND_PETITIONS)
        .processInstanceBusinessKeyLike(UnionPetitions.businessKey(NUMBER, "%")).count();
  }

  static String districtList(String list) {
    return "/api/organization/districts/" + DISTRICT + "/" + list;
  }

  static String mailbox(String union) {
    return union + MAIL_DOMAIN;
  }

  static String department(PetitionTopic topic) {
    return "uh-pb" + (topic.ordinal() + 1);
  }

  /** Runs {@code count} calls on {@code CLIENTS} threads; the latency of each call. */
  static Latencies inParallel(int count, java.util.function.IntConsumer call) throws InterruptedException {
    ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long started = System.nanoTime();
          call.accept(i);
          nanos.add(System.nanoTime() - started);
        }
      }));
    }
    clients.shutdown();
    try {
      for (Future<?> client : running) {
        client.get(1, TimeUnit.HOURS);
      }
    } catch (ExecutionException | TimeoutException e) {
      clients.shutdownNow();
      throw new AssertionError("A client failed", e);
    }
    return new Latencies(new ArrayList<>(nanos));
  }

  void record(String key, Object value, String label, String unit) {
    figures.put(key, value);
    table.add(new String[] {label, String.valueOf(value), unit});
  }

  /** RSS of this JVM (the application, GreenMail and the clients) and the heap in use after a full collection. */
  void memory(String when) throws IOException {
    System.gc();
    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).findFirst().orElse(-1L);
    figures.put("memory." + when, Map.of("rssMb", rss, "heapUsedMb", heap));
    table.add(new String[] {"Memory " + when + ": RSS / heap used", rss + " / " + heap, "MB"});
  }

  /** The figures so far as JSON and as a table (after each phase, so that a run stopped midway keeps them). */
  String write() throws IOException {
    Files.createDirectories(OUTPUT.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUTPUT.toFile(), figures);
    StringBuilder text = new StringBuilder();
    for (String[] row : table) {
      text.append(String.format("%-62s %20s %s%n", row[0], row[1], row[2]));
    }
    Files.writeString(Path.of(OUTPUT.toString().replaceAll("\\.json$", "") + ".txt"), text);
    return text.toString();
  }

  static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * Samples a thread's stack every 20 ms: how often it waits for an IMAP server's answer. GreenMail runs in this JVM
   * and slows down with the thousands of messages its mailbox holds; this tells its share from the intake's own.
   */
  static final class ImapWaits implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger samples = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();

    ImapWaits(Thread watched) {
      sampler.scheduleAtFixedRate(() -> {
        samples.incrementAndGet();
        for (StackTraceElement frame : watched.getStackTrace()) {
          if (frame.getMethodName().equals("readResponse") && frame.getClassName().endsWith("IMAPProtocol")) {
            waiting.incrementAndGet();
            return;
          }
        }
      }, 0, 20, TimeUnit.MILLISECONDS);
    }

    double percent() {
      return samples.get() == 0 ? 0 : round(100.0 * waiting.get() / samples.get());
    }

    @Override
    public void close() {
      sampler.shutdownNow();
    }
  }

  /** p50, p95 and max of measured calls, in milliseconds. */
  record Latencies(List<Long> nanos) {

    Latencies {
      nanos = nanos.stream().sorted().toList();
    }

    double percentile(double p) {
      return nanos.isEmpty() ? 0 : round(nanos.get((int) Math.ceil(p * nanos.size()) - 1) / 1e6);
    }

    Map<String, Object> asMap() {
      return Map.of("calls", nanos.size(), "p50Ms", percentile(0.5), "p95Ms", percentile(0.95), "maxMs",
          percentile(1.0));
    }

    @Override
    public String toString() {
      return percentile(0.5) + " / " + percentile(0.95) + " / " + percentile(1.0);
    }
  }
}
