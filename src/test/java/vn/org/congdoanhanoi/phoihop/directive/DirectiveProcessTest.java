package vn.org.congdoanhanoi.phoihop.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Elements;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Vars;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.records.document.MailReportDistribution;

/**
 * Every path of {@code directive} and {@code directive-duty}, and seed 003 (865-CV/HU of 07/3/2023) replayed over
 * REST: grassroots congresses before 31/5/2023 for three recipients, the district congress before 31/7/2023 for
 * two of them. Tam Đường's recipients are played by Hà Nội units: Gia Lâm, Đông Anh and Sóc Sơn.
 */
@PostgresIntegrationTest
class DirectiveProcessTest {

  private static final String SEED_ITEMS = DirectiveDriver.items(
      DirectiveDriver.item("1", "Lãnh đạo tổ chức thành công Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028", "2023-05-31",
          List.of("gialam", "donganh", "socson")),
      DirectiveDriver.item("2", "Đại hội Đại biểu Công đoàn huyện", "2023-07-31", List.of("gialam", "donganh")));

  @Autowired
  ProcessEngine engine;

  @LocalServerPort
  int port;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    at("2023-03-08T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant()));
  }

  private RestCaller.Response start(String user, Map<String, Object> letter) {
    return RestCaller.demo(port, user).post("/engine-rest/process-definition/key/" + Directive.KEY + "/start",
        DirectiveDriver.restLetter(letter));
  }

  @Test
  void seed003IsReplayedOverRestTheLateRecipientIsChasedAnotherExcusedAndTheMatrixShowsBoth() throws Exception {
    String number = "865-CV/HU";
    // Bad values are refused with the item and the field named, and nothing is created.
    RestCaller.Response bad = start("vanphong", DirectiveDriver.letter(number, "2023-03-07", "thanhpho",
        DirectiveDriver.items(DirectiveDriver.item("1", "Đại hội", "2023-03-01", List.of("gialam", "khongco")),
            DirectiveDriver.item("1", "Lặp", "31/05/2023", List.of()))));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    JsonNode fields = bad.json().get("errors");
    assertThat(fields.findValuesAsText("field")).contains("items[0].deadline", "items[0].recipients",
        "items[1].code", "items[1].deadline", "items[1].recipients");
    assertThat(bad.body()).contains("Nhiệm vụ thứ 1 (mã '1')", "trước ngày ban hành", "khongco");
    assertThat(new DirectiveDriver(engine, number).directive()).isNull();
    assertThat(start("vanphong", DirectiveDriver.letter(number, "2023-03-07", "khongco", SEED_ITEMS)).status())
        .isEqualTo(400);
    assertThat(start("gialam.ldld", DirectiveDriver.letter(number, "2023-03-07", "thanhpho", SEED_ITEMS)).status())
        .isEqualTo(403);

    RestCaller.Response started = start("vanphong", DirectiveDriver.letter(number, "2023-03-07", "thanhpho", SEED_ITEMS));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(start("vanphong", DirectiveDriver.letter(number, "2023-03-07", "thanhpho", SEED_ITEMS)).status())
        .as("one start per letter").isEqualTo(409);
    DirectiveDriver d = new DirectiveDriver(engine, number);
    d.runJobs();
    ProcessInstance gialam1 = d.duty("gialam", "1");
    ProcessInstance donganh1 = d.duty("donganh", "1");
    ProcessInstance socson1 = d.duty("socson", "1");
    assertThat(d.duty("socson", "2")).as("Sóc Sơn has only the first item").isNull();
    assertThat(engine.getRuntimeService().getVariable(gialam1.getId(), vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames.VARIABLE.name()))
        .isEqualTo("865-CV/HU (2023) – Liên đoàn Lao động huyện Gia Lâm – 1");
    assertThat(Vars.DEADLINE.parse(engine.getRuntimeService().getVariable(d.duty("gialam", "2").getId(),
        Vars.DEADLINE.name())).toString()).isEqualTo("2023-07-31");

    // Only the recipient's people see its task, over REST as in Tasklist.
    String task = "/engine-rest/task?processInstanceBusinessKey=" + java.net.URLEncoder.encode(
        DirectiveDuty.businessKey(number, "gialam", "1"), StandardCharsets.UTF_8) + "&maxResults=100";
    assertThat(RestCaller.demo(port, "gialam.ldld").get(task).json()).hasSize(1);
    assertThat(RestCaller.demo(port, "donganh.ldld").get(task).json()).isEmpty();
    String taskId = RestCaller.demo(port, "gialam.ldld").get(task).json().get(0).get("id").asText();
    at("2023-05-20T10:00");
    RestCaller.Response done = RestCaller.demo(port, "gialam.ldld").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of(Vars.PROGRESS.name(), Map.of("value", "DONE"),
            Vars.COMPLETED_ON.name(), Map.of("value", "2023-05-19"),
            Vars.EVIDENCE.name(), Map.of("value", "Đã tổ chức Đại hội 12/12 Công đoàn cơ sở"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(gialam1).isEnded();

    // Sóc Sơn cannot hold its congresses: excused in the office's follow-up after the deadline.
    at("2023-06-01T09:00");
    Task socsonLate = d.deadlinePasses(socson1);
    EngineActions.as(engine, "vanphong", () -> {
      engine.getTaskService().complete(socsonLate.getId(), Map.of(
          DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXCUSE",
          DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "Sáp nhập các Công đoàn cơ sở"));
      return null;
    });
    assertThat(socson1).isEnded();
    // Đông Anh is late for 31/5/2023: chased with a letter, still open.
    Task donganhLate = d.deadlinePasses(donganh1);
    assertThat(donganhLate.getName()).contains("Đông Anh", number);
    EngineActions.as(engine, "vanphong", () -> {
      engine.getTaskService().complete(donganhLate.getId(), Map.of(
          DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "SEND_LETTER",
          DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "Đề nghị khẩn trương hoàn thành"));
      return null;
    });
    assertThat(donganh1).isWaitingAt(Elements.REPORT);

    String matrixPath = "/api/reports/directive/matrix?documentNumber=" + java.net.URLEncoder.encode(number,
        StandardCharsets.UTF_8) + "&year=2023";
    RestCaller.Response matrixResponse = RestCaller.demo(port, "vanphong").get(matrixPath);
    assertThat(matrixResponse.status()).as(matrixResponse.body()).isEqualTo(200);
    JsonNode matrix = matrixResponse.json();
    assertThat(matrix.get("milestones").findValuesAsText("id")).containsExactly("1", "2");
    assertThat(matrix.get("rows")).hasSize(3);
    assertThat(cell(matrix, "gialam", 0).get("status").asText()).isEqualTo("ON_TIME");
    assertThat(cell(matrix, "donganh", 0).get("status").asText()).isEqualTo("OVERDUE");
    assertThat(cell(matrix, "socson", 0).get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(cell(matrix, "socson", 0).get("note").asText()).contains("miễn", "Sáp nhập");
    assertThat(cell(matrix, "socson", 1).get("note").asText()).isEqualTo("Không giao cho nơi nhận này");
    JsonNode own = RestCaller.demo(port, "donganh.ldld").get(matrixPath).json();
    assertThat(own.get("rows")).hasSize(1);
    assertThat(RestCaller.demo(port, "donganh.ldld").get("/api/reports/directive/matrix.xlsx?documentNumber="
        + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)).status()).isEqualTo(200);

    // Everything ends; the issuer closes with a numbered summary.
    at("2023-06-06T09:00");
    d.complete("donganh.ldld", donganh1, Elements.REPORT, done("2023-06-05"));
    d.complete("gialam.ldld", d.duty("gialam", "2"), Elements.REPORT, done("2023-06-05"));
    d.complete("donganh.ldld", d.duty("donganh", "2"), Elements.REPORT, done("2023-06-05"));
    ProcessInstance directive = d.directive();
    assertThat(directive).isWaitingAt(Directive.Elements.CLOSE);
    d.complete("vanphong", directive, Directive.Elements.CLOSE,
        Map.of(Directive.Vars.SUMMARY.name(), "Các đơn vị cơ bản hoàn thành nhiệm vụ."));
    assertThat(directive).isEnded();
    String summaryNumber = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(directive.getId()).variableName(Directive.Vars.SUMMARY_NUMBER.name()).singleResult()
        .getValue().toString();
    assertThat(summaryNumber).matches("\\d+/BC-.+");
    String summaryDocument = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(directive.getId()).variableName(Directive.Vars.SUMMARY_DOCUMENT.name()).singleResult()
        .getValue().toString();
    // The summary reaches every recipient by mail over SMTP, with the document attached.
    ReceivedMail mail = ReceivedMail.withMessageId(new NotificationJobs(engine)
        .sendMail(MailReportDistribution.idempotencyKey(summaryDocument)));
    assertThat(mail.recipients()).contains("gialam@congdoanhanoi.org.vn", "donganh@congdoanhanoi.org.vn",
        "socson@congdoanhanoi.org.vn");
    assertThat(mail.subject()).startsWith("Báo cáo số " + summaryNumber + ": Kết quả thực hiện văn bản số 865-CV/HU");
    assertThat(mail.attachmentNames()).containsExactly("Báo cáo " + summaryNumber.replace("/", "-") + ".docx");
    assertThat(RestCaller.demo(port, "vanphong").get("/api/reports/directive/documents/latest.docx?documentNumber="
        + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)).status()).isEqualTo(200);
  }

  @Test
  void aBlockedItemIsContinuedExtendedForThatRecipientAloneOrExcusedByTheIssuer() {
    String number = "9301-CV/HU";
    Map<String, Object> letter = DirectiveDriver.letter(number, "2023-03-07", "thanhpho",
        DirectiveDriver.items(DirectiveDriver.item("A", "Đại hội Công đoàn cơ sở", "2023-05-31",
            List.of("hoaiduc", "melinh"))));
    EngineActions.as(engine, "vanphong", () -> engine.getRuntimeService().startProcessInstanceByKey(Directive.KEY,
        letter));
    DirectiveDriver d = new DirectiveDriver(engine, number);
    d.runJobs();
    ProcessInstance hoaiduc = d.duty("hoaiduc", "A");
    ProcessInstance melinh = d.duty("melinh", "A");

    d.complete("hoaiduc.ldld", hoaiduc, Elements.REPORT, Map.of(Vars.PROGRESS.name(), "IN_PROGRESS",
        Vars.EXPECTED_ON.name(), "2023-05-15"));
    assertThat(hoaiduc).isWaitingAt(Elements.REPORT);
    d.complete("hoaiduc.ldld", hoaiduc, Elements.REPORT, blocked());
    d.complete("vanphong", hoaiduc, Elements.REVIEW_OBSTACLE, Map.of(Vars.OBSTACLE_DECISION.name(), "CONTINUE"));
    d.complete("hoaiduc.ldld", hoaiduc, Elements.REPORT, blocked());
    d.complete("vanphong", hoaiduc, Elements.REVIEW_OBSTACLE, Map.of(Vars.OBSTACLE_DECISION.name(), "EXTEND",
        Vars.NEW_DEADLINE.name(), "2023-06-30"));
    assertThat(Vars.DEADLINE.parse(engine.getRuntimeService().getVariable(hoaiduc.getId(), Vars.DEADLINE.name()))
        .toString()).isEqualTo("2023-06-30");
    assertThat(Vars.DEADLINE.parse(engine.getRuntimeService().getVariable(melinh.getId(), Vars.DEADLINE.name()))
        .toString()).as("the other recipient keeps its deadline").isEqualTo("2023-05-31");
    assertThat(d.task(hoaiduc, Elements.REPORT).getDueDate()).isAfter(d.task(melinh, Elements.REPORT).getDueDate());
    Map<String, Object> withFile = new HashMap<>(done("2023-03-08"));
    withFile.put(Vars.EVIDENCE_FILE.name(), Variables.fileValue("bien-ban.pdf")
        .file("%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    d.complete("hoaiduc.ldld", hoaiduc, Elements.REPORT, withFile);
    assertThat(hoaiduc).isEnded();
    RestCaller.Download file = RestCaller.demo(port, "vanphong").download("/api/directives/attachments?documentNumber="
        + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8) + "&unitCode=hoaiduc&part=A&name="
        + Vars.EVIDENCE_FILE.name());
    assertThat(file.status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, "melinh.ldld").download("/api/directives/attachments?documentNumber="
        + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8) + "&unitCode=hoaiduc&part=A&name="
        + Vars.EVIDENCE_FILE.name()).status()).isEqualTo(403);

    d.complete("melinh.ldld", melinh, Elements.REPORT, blocked());
    d.complete("vanphong", melinh, Elements.REVIEW_OBSTACLE, Map.of(Vars.OBSTACLE_DECISION.name(), "EXCUSE",
        Vars.DECISION_NOTE.name(), "Đơn vị giải thể"));
    assertThat(melinh).isEnded();
    assertThat(d.directive()).isWaitingAt(Directive.Elements.CLOSE);
  }

  @Test
  void aDirectiveOfADistrictIsFollowedByItsOwnPeopleAndReachesEveryUnitWithoutOneHugeStart() throws Exception {
    String number = "9303-CV/HU";
    List<String> everyUnit = engine.getIdentityService().createGroupQuery().list().stream().map(g -> g.getId())
        .filter(id -> id.endsWith("-federation")).map(id -> id.substring(0, id.length() - "-federation".length()))
        .sorted().toList();
    Map<String, Object> letter = DirectiveDriver.letter(number, "2023-03-07", "gialam", DirectiveDriver.items(
        DirectiveDriver.item("1", "Đại hội Công đoàn cơ sở", "2023-05-31", everyUnit),
        DirectiveDriver.item("2", "Báo cáo kết quả", "2023-07-31", everyUnit)));
    // Two starts of one letter at once: the database lets exactly one through.
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> start("vanphong", letter).status());
      var second = pool.submit(() -> start("thuongtruc", letter).status());
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    DirectiveDriver d = new DirectiveDriver(engine, number);
    // The start itself creates no duty, nor does the step after it: each duty is started by a job of its own, in a
    // transaction of its own, so hundreds of recipients never make one huge transaction.
    var management = engine.getManagementService();
    String directiveId = d.directive().getId();
    assertThat(management.createJobQuery().processInstanceId(directiveId).messages().count()).isEqualTo(1);
    management.executeJob(management.createJobQuery().processInstanceId(directiveId).messages().singleResult().getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveDuty.KEY)
        .superProcessInstanceId(directiveId).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(directiveId).messages().count())
        .isEqualTo(2L * everyUnit.size());
    d.runJobs();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveDuty.KEY)
        .superProcessInstanceId(d.directive().getId()).count()).isEqualTo(2L * everyUnit.size());

    // The issuing district's people see every recipient; a recipient its own row.
    String matrix = "/api/reports/directive/matrix?documentNumber=" + java.net.URLEncoder.encode(number,
        StandardCharsets.UTF_8);
    assertThat(RestCaller.demo(port, "gialam.capuy").get(matrix).json().get("rows")).hasSize(everyUnit.size());
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get(matrix).json().get("rows")).hasSize(1);
    assertThat(d.task(d.duty("hoankiem", "1"), Elements.REPORT)).isNotNull();
  }

  private static Map<String, Object> done(String on) {
    return Map.of(Vars.PROGRESS.name(), "DONE", Vars.COMPLETED_ON.name(), on,
        Vars.EVIDENCE.name(), "Biên bản Đại hội");
  }

  private static Map<String, Object> blocked() {
    return Map.of(Vars.PROGRESS.name(), "BLOCKED", Vars.OBSTACLE.name(), "Chưa có nhân sự chủ chốt");
  }

  private static JsonNode cell(JsonNode matrix, String unitCode, int column) {
    for (JsonNode row : matrix.get("rows")) {
      if (row.get("subjectCode").asText().equals(unitCode)) {
        return row.get("cells").get(column);
      }
    }
    throw new AssertionError("No row for " + unitCode);
  }
}
