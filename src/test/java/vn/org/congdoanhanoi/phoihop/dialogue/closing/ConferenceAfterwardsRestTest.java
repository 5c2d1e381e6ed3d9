package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswerSheets;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.records.document.MailReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;

/**
 * After one closed conference of Gia Lâm (plan 9602/KH-LĐLĐ), on PostgreSQL with the test mail server: a union's
 * mail with its answers and the link to its page, who may open that page, the numbered DOCX report and its mail, the
 * XLSX export and the compliance matrices, each with its refusals.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceAfterwardsRestTest {

  static final String NUMBER = "9602/KH-LĐLĐ";
  static final String EXPORT = "/api/dialogue-conferences/petitions/export";

  @Autowired
  ProcessEngine engine;

  @Autowired
  Petitions petitions;

  @Autowired
  Consolidation consolidation;

  @Autowired
  AnswerSheets answerSheets;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  EngineClock clock;

  @Autowired
  OutgoingRegister register;

  @Autowired
  ConferenceReportIssuer issuer;

  @Autowired
  OrganizationDirectory organization;

  @LocalServerPort
  int port;

  AfterwardsDriver.Collected closed;

  /**
   * The conference, closed by whichever test runs first (the coverage recorder follows the engine only inside a
   * test, not in a class-level set-up); the others read what it left.
   */
  @BeforeEach
  void closeOneConference() {
    AbstractAssertions.init(engine);
    if (closed == null) {
      closed = new AfterwardsDriver(engine, petitions, consolidation, jdbc, clock, answerSheets).closed(NUMBER, "2023-06-08");
    }
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachUnionGetsItsOwnPetitionsAndAnswersWithTheLinkToItsPage() throws Exception {
    NotificationJobs jobs = new NotificationJobs(engine);
    ReceivedMail dienluc = ReceivedMail.withMessageId(jobs.sendMail(
        UnionAnswerMails.key(closed.conference().getId(), AfterwardsDriver.DIENLUC)));
    assertThat(dienluc.subject()).isEqualTo("Trả lời kiến nghị của Công đoàn Điện lực Gia Lâm (" + NUMBER + ")");
    assertThat(dienluc.recipients()).contains("congdoan@dienlucgialam.example", "gialam.cdcs@demo.phoihop.example")
        .doesNotContain("congdoan@mayphuthi.example");
    String page = UnionAnswerMails.page(closed.plan(), AfterwardsDriver.DIENLUC);
    assertThat(dienluc.text()).contains("Đề nghị hỗ trợ nhà ở xã hội cho công nhân", AfterwardsDriver.ANSWER, page)
        .doesNotContain("phụ cấp ca đêm");

    ReceivedMail mayphuthi = ReceivedMail.withMessageId(jobs.sendMail(
        UnionAnswerMails.key(closed.conference().getId(), AfterwardsDriver.MAYPHUTHI)));
    assertThat(mayphuthi.text()).as("the merged petition shows the answer of the one it was merged into")
        .contains("Đã gộp vào kiến nghị số " + closed.dienluc(), "Đề nghị tăng phụ cấp ca đêm", AfterwardsDriver.ANSWER);
  }

  @Test
  void theUnionsPageOpensForItsPeopleItsFederationAndTheCityOnly() {
    String page = UnionAnswerMails.page(closed.plan(), AfterwardsDriver.DIENLUC);
    RestCaller.Response own = RestCaller.demo(port, DialogueDriver.UNION_USER).get(page);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains("Công đoàn Điện lực Gia Lâm", "Đề nghị hỗ trợ nhà ở xã hội cho công nhân",
        "Đã kết thúc", "chế độ được chi trả từ tháng 7/2023");
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(page).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, "thuongtruc").get(page).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, "hoaiduc.ldld").get(page).status()).isEqualTo(404);
    assertThat(RestCaller.demo(port, AfterwardsDriver.DEPARTMENT_USER).get(page).status()).isEqualTo(404);
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER)
        .get(UnionAnswerMails.page(closed.plan(), AfterwardsDriver.MAYPHUTHI)).status()).isEqualTo(404);
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER).get(page.replace(NUMBER.substring(0, 4), "9699"))
        .status()).as("a plan that does not reach the union").isEqualTo(404);
    assertThat(RestCaller.anonymous(port).get(page).status()).isEqualTo(401);
  }

  @Test
  void theReportIsNumberedInTheDistrictsRegisterWithItsFiguresMailedAndIssuedOnce() throws Exception {
    String documentId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(closed.conference().getId()).variableName(Afterwards.Vars.REPORT_DOCUMENT.name())
        .singleResult().getValue();
    OutgoingDocument report = register.find(documentId).orElseThrow();
    assertThat(report.registerCode()).isEqualTo("LDLD-gialam");
    assertThat(report.symbol()).matches("\\d+/BC-LĐLĐ");
    assertThat(report.subject())
        .isEqualTo("Kết quả Hội nghị Chủ tịch UBND huyện Gia Lâm gặp gỡ, đối thoại với CNVCLĐ năm 2023");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(register.file(documentId).orElseThrow()
        .content())); XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("Số: " + report.symbol(), "LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN GIA LÂM",
          "BÁO CÁO", "Kế hoạch số " + NUMBER + " ngày 24/04/2023",
          "Kế hoạch được gửi đến 7 công đoàn cơ sở; 3 công đoàn cơ sở đã gửi ý kiến, kiến nghị. Tổng số 4 ý kiến",
          "sau khi gộp 1 kiến nghị trùng nội dung, còn 3 kiến nghị", "Thư điện tử",
          "08:30 ngày 08/06/2023", "Đã trả lời bằng văn bản: 3 kiến nghị", "Huyện ủy Gia Lâm");
    }
    ReceivedMail mail = ReceivedMail.withMessageId(new NotificationJobs(engine)
        .sendMail(MailReportDistribution.idempotencyKey(documentId)));
    assertThat(mail.recipients()).contains("thuongtruc@demo.phoihop.example", "gialam.capuy@demo.phoihop.example");
    assertThat(mail.attachmentNames()).containsExactly(ConferenceReportIssuer.fileName(report.symbol()));

    // Issued again for the same instance (a retried step): the same entry, no second number.
    ConferenceReportDocument.Conference conference = new ConferenceReportDocument.Conference(closed.plan(),
        organization.unit(DialogueDriver.DISTRICT).orElseThrow(), null, null, null, null, null);
    assertThat(issuer.issue(conference, closed.conference().getId()).id()).isEqualTo(documentId);
    assertThat(register.search("LDLD-gialam", null, null, null, NUMBER, 2023)).hasSize(1);
  }

  @Test
  void theExportHasEveryPetitionWithItsAnswerForTheFederationAndTheCity() throws Exception {
    String query = "?planNumber=" + DialogueDriver.encode(NUMBER) + "&issuedOn=" + DialogueDriver.ISSUED_ON
        + "&unitCode=" + DialogueDriver.DISTRICT;
    RestCaller.Download export = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).download(EXPORT + query);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.disposition()).contains(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheet(PetitionExport.SHEET);
      assertThat(sheet.getLastRowNum()).as("a header and the 4 petitions").isEqualTo(4);
      List<String> rows = new ArrayList<>();
      for (Row row : sheet) {
        StringBuilder line = new StringBuilder();
        row.forEach(cell -> line.append(cell.toString()).append('|'));
        rows.add(line.toString());
      }
      assertThat(rows.get(0)).startsWith("Số|Mã CĐCS|Công đoàn cơ sở|");
      assertThat(rows).anySatisfy(row -> assertThat(row).contains("gl-dienluc", "Đã kết thúc",
          AfterwardsDriver.ANSWER, "Phòng Lao động"));
      assertThat(rows).anySatisfy(row -> assertThat(row).contains("gl-mayphuthi", "Đã gộp",
          String.valueOf(closed.dienluc()), "Thư điện tử"));
    }
    assertThat(RestCaller.demo(port, "thuongtruc").download(EXPORT + query).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, DialogueDriver.UNION_USER).download(EXPORT + query).status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, "hoaiduc.ldld").download(EXPORT + query).status()).isEqualTo(403);
    RestCaller.Response missing = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(EXPORT + "?planNumber=" + DialogueDriver.encode(NUMBER) + "&unitCode=gialam");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains(DialogueConference.Vars.ISSUED_ON.name());
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(EXPORT + query.replace(DialogueDriver.encode(NUMBER), "9698%2FKH")).status()).isEqualTo(404);
  }

  @Test
  void theMatricesShowUnionsByStepAndDepartmentsByAnswerAUnionOnlyItsOwnRow() {
    String unions = "/api/reports/dialogue-conference/matrix?documentNumber=" + DialogueDriver.encode(NUMBER)
        + "&year=2023";
    JsonNode federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(unions).json();
    assertThat(federation.get("rows")).hasSize(7);
    JsonNode dienluc = row(federation, AfterwardsDriver.DIENLUC);
    assertThat(cell(dienluc, "INVITED").get("done").asBoolean()).isTrue();
    assertThat(cell(dienluc, "PETITIONS_SENT").get("status").asText()).isEqualTo("ON_TIME");
    assertThat(cell(dienluc, "PETITIONS_SENT").get("note").asText()).contains("REST");
    assertThat(cell(dienluc, "ANSWERED").get("done").asBoolean()).isTrue();
    assertThat(cell(dienluc, "ANSWER_RECEIVED").get("done").asBoolean()).isTrue();
    assertThat(cell(row(federation, AfterwardsDriver.DETNINHHIEP), "PETITIONS_SENT").get("status").asText())
        .as("sent two days after the deadline").isEqualTo("OVERDUE");
    assertThat(cell(row(federation, "gl-gombattrang"), "ANSWERED").get("status").asText())
        .isEqualTo("NOT_APPLICABLE");

    JsonNode own = RestCaller.demo(port, DialogueDriver.UNION_USER).get(unions).json();
    assertThat(own.get("rows")).hasSize(1);
    assertThat(own.get("rows").get(0).get("subjectCode").asText()).isEqualTo(AfterwardsDriver.DIENLUC);
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .download(unions.replace("/matrix?", "/matrix.xlsx?")).status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get("/bao-cao/doi-thoai?so=" + DialogueDriver.encode(NUMBER) + "&nam=2023").status()).isEqualTo(200);
    assertThat(RestCaller.demo(port, "thuongtruc").get("/bao-cao").body()).contains(NUMBER + " (2023)",
        UnionStepsComplianceSource.TITLE, DepartmentAnswersComplianceSource.TITLE);

    String departments = unions.replace("dialogue-conference", "dialogue-department-answers");
    JsonNode byDepartment = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(departments).json();
    assertThat(byDepartment.get("rows")).hasSize(1);
    JsonNode labour = row(byDepartment, AfterwardsDriver.DEPARTMENT);
    assertThat(cell(labour, "ASSIGNED").get("done").asBoolean()).isTrue();
    assertThat(cell(labour, "ANSWERED").get("status").asText()).isEqualTo("ON_TIME");
    assertThat(cell(labour, "SENT_BACK").get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(RestCaller.demo(port, AfterwardsDriver.DEPARTMENT_USER).get(departments).json().get("rows"))
        .hasSize(1);
    assertThat(RestCaller.demo(port, "hoaiduc.ldld").get(unions).status()).isEqualTo(403);
  }

  static JsonNode row(JsonNode matrix, String code) {
    for (JsonNode row : matrix.get("rows")) {
      if (row.get("subjectCode").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + code + " in " + matrix);
  }

  static JsonNode cell(JsonNode row, String milestone) {
    for (JsonNode cell : row.get("cells")) {
      if (cell.get("milestoneId").asText().equals(milestone)) {
        return cell;
      }
    }
    throw new AssertionError("no cell " + milestone + " in " + row);
  }
}
