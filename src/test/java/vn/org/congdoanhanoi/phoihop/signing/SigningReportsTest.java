package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller.Download;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.records.document.MailReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.register.DocumentType;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A signing campaign replayed on the engine's clock from 16/5/2022 (letter 9301/LĐLĐ, deadline 30/6/2022) with
 * four units: Chương Mỹ on time throughout, Phú Xuyên at risk of missing the scheduling date, Thường Tín late
 * with its proposal and its Party opinion, Thanh Oai not signing. Its matrix on 20/6/2022 is read as the city and
 * as a district, over JSON, XLSX and the report page; then the campaign ends and its report is read back.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningReportsTest {

  static final String NUMBER = "9301/LĐLĐ";
  static final String Q = "documentNumber=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8);
  static final String MATRIX = "/api/reports/signing-campaign/matrix?" + Q;
  static final List<String> UNITS = List.of("chuongmy", "phuxuyen", "thanhoai", "thuongtin");
  static final String NOT_HELD_REASON = "Huyện ủy chưa bố trí được thời gian";

  @Autowired
  ProcessEngine engine;

  @Autowired
  OutgoingRegister register;

  @LocalServerPort
  int port;

  ProcessInstance campaign;
  SigningDriver d;

  @BeforeEach
  void replayOnce() {
    AbstractAssertions.init(engine);
    // Inside a test, not in @BeforeAll: the coverage recorder only takes process events while a test runs.
    if (campaign == null) {
      replayTheCampaignUntilTwentiethOfJune();
    } else {
      at("2022-06-20T10:00");
    }
  }

  void replayTheCampaignUntilTwentiethOfJune() {
    at("2022-05-16T08:00");
    campaign = SigningDriver.startCampaign(engine, "vanphong", SigningDriver.campaign(NUMBER, UNITS));
    d = new SigningDriver(engine, NUMBER);
    d.executeJobs(campaign.getId());
    ProcessInstance chuongmy = d.unit("chuongmy");
    ProcessInstance phuxuyen = d.unit("phuxuyen");
    ProcessInstance thanhoai = d.unit("thanhoai");
    ProcessInstance thuongtin = d.unit("thuongtin");
    Map<String, Object> approve = SigningDriver.approval();
    Map<String, Object> byLocality = SigningDriver.proposal("LOCALITY");

    at("2022-05-17T09:00");
    d.complete("thanhoai.ldld", thanhoai, UnitSigning.Elements.PROPOSAL, byLocality);
    at("2022-05-18T09:00");
    d.complete("thanhoai.capuy", thanhoai, UnitSigning.Elements.COMMITTEE_OPINION, approve);
    at("2022-05-18T10:00");
    d.complete("chuongmy.ldld", chuongmy, UnitSigning.Elements.PROPOSAL, byLocality);
    at("2022-05-19T10:00");
    d.complete("chuongmy.capuy", chuongmy, UnitSigning.Elements.COMMITTEE_OPINION, approve);
    d.executeJobs(campaign.getId());
    at("2022-05-20T10:00");
    d.complete("chuongmy.ldld", chuongmy, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-08", "09:00"));
    at("2022-05-20T11:00");
    d.complete("phuxuyen.ldld", phuxuyen, UnitSigning.Elements.PROPOSAL, byLocality);
    at("2022-05-23T09:00");
    d.complete("phuxuyen.capuy", phuxuyen, UnitSigning.Elements.COMMITTEE_OPINION, approve);
    d.executeJobs(campaign.getId());
    // Thường Tín proposes two days after the proposal's due date (30/5) and its committee has not answered.
    at("2022-06-01T09:00");
    d.complete("thuongtin.ldld", thuongtin, UnitSigning.Elements.PROPOSAL, byLocality);
    at("2022-06-08T10:00");
    d.fireTimer(chuongmy, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("chuongmy.ldld", chuongmy, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-08", UnitSigning.Vars.SIGNATORIES.name(),
            "Bí thư Huyện ủy Chương Mỹ; Chủ tịch LĐLĐ Thành phố"));
    at("2022-06-09T09:00");
    d.complete("chuongmy.ldld", chuongmy, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
        "Đã ký kết."));
    at("2022-06-10T09:00");
    d.executeJobs(campaign.getId());
    d.complete("thanhoai.ldld", thanhoai, UnitSigning.Elements.SCHEDULE_LOCAL,
        Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "NOT_HELD", UnitSigning.Vars.NOT_SIGNED_REASON.name(),
            NOT_HELD_REASON));
    d.executeJobs(campaign.getId());
    at("2022-06-20T10:00");
  }

  @AfterAll
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void theCitySeesEachUnitOnTimeAtRiskOrOverdueForEveryMilestone() {
    RestCaller.Response response = RestCaller.demo(port, "thuongtruc").get(MATRIX);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode matrix = response.json();
    assertThat(matrix.get("asOf").asText()).isEqualTo("2022-06-20");
    assertThat(matrix.get(SigningCampaign.Vars.DEADLINE.name()).asText()).isEqualTo("2022-06-30");
    assertThat(labels(matrix.get("milestones"))).containsExactly("Gửi đề xuất", "Cấp ủy cho ý kiến",
        "Chốt lịch Lễ ký kết", "Ký kết", "Báo cáo kết quả");
    assertThat(matrix.get("rows")).hasSize(4);

    JsonNode chuongmy = row(matrix, "chuongmy");
    assertThat(chuongmy.get(UnitSigning.Vars.UNIT_NAME.name()).asText()).isEqualTo("Liên đoàn Lao động huyện Chương Mỹ");
    assertThat(cells(chuongmy)).containsExactly("ON_TIME done 2022-05-18", "ON_TIME done 2022-05-19",
        "ON_TIME done 2022-05-20", "ON_TIME done 2022-06-08", "ON_TIME done 2022-06-09");
    assertThat(chuongmy.get("cells").get(2).get("note").asText())
        .isEqualTo("Lễ ký kết 09:00 ngày 08/06/2022, tại địa bàn");
    assertThat(chuongmy.get("overallLabel").asText()).isEqualTo("Đúng hạn");

    // Scheduling is due on 23/6, three working days away: at risk.
    JsonNode phuxuyen = row(matrix, "phuxuyen");
    assertThat(cells(phuxuyen)).containsExactly("ON_TIME done 2022-05-20", "ON_TIME done 2022-05-23",
        "AT_RISK due 2022-06-23", "ON_TIME due 2022-06-30", "ON_TIME due 2022-07-07");
    assertThat(phuxuyen.get("overall").asText()).isEqualTo("AT_RISK");
    assertThat(phuxuyen.get("cells").get(2).get("label").asText()).isEqualTo("Sắp đến hạn");

    // The proposal came after its due date (30/5); the committee's opinion (due 6/6) is still missing.
    JsonNode thuongtin = row(matrix, "thuongtin");
    assertThat(cells(thuongtin)).containsExactly("OVERDUE done 2022-06-01", "OVERDUE due 2022-06-06",
        "AT_RISK due 2022-06-23", "ON_TIME due 2022-06-30", "ON_TIME due 2022-07-07");
    assertThat(thuongtin.get("overall").asText()).isEqualTo("OVERDUE");
    assertThat(thuongtin.get("overallLabel").asText()).isEqualTo("Quá hạn");
    assertThat(thuongtin.get("cells").get(0).get("dueOn").asText()).isEqualTo("2022-05-30");

    JsonNode thanhoai = row(matrix, "thanhoai");
    assertThat(cells(thanhoai)).containsExactly("ON_TIME done 2022-05-17", "ON_TIME done 2022-05-18",
        "NOT_APPLICABLE due 2022-06-23", "NOT_APPLICABLE due 2022-06-30", "NOT_APPLICABLE due 2022-07-07");
    assertThat(thanhoai.get("cells").get(3).get("note").asText()).isEqualTo("Không ký kết: " + NOT_HELD_REASON);

    JsonNode proposalTotal = matrix.get("totals").get(0);
    assertThat(proposalTotal.get("done").asInt()).isEqualTo(4);
    assertThat(proposalTotal.get("overdue").asInt()).isEqualTo(1);
  }

  @Test
  @Order(1)
  void aPageOfTheMatrixHoldsItsRowsInOrderAndTheTotalsOfEveryRow() {
    RestCaller city = RestCaller.demo(port, "thuongtruc");
    JsonNode whole = city.get(MATRIX).json();
    assertThat(whole.get("page").isNull()).isTrue();

    JsonNode second = city.get(MATRIX + "&page=1&size=3").json();
    assertThat(second.get("rows")).hasSize(1);
    assertThat(second.get("rows").get(0)).isEqualTo(whole.get("rows").get(3));
    assertThat(second.get("totals")).isEqualTo(whole.get("totals"));
    assertThat(second.get("page").get("page").asInt()).isEqualTo(1);
    assertThat(second.get("page").get("size").asInt()).isEqualTo(3);
    assertThat(second.get("page").get("totalRows").asInt()).isEqualTo(4);
    assertThat(city.get(MATRIX + "&size=2").json().get("rows")).hasSize(2);
    assertThat(city.get(MATRIX + "&page=7&size=3").json().get("rows")).isEmpty();

    RestCaller.Response hostile = city.get(MATRIX + "&page=-1&size=100000");
    assertThat(hostile.status()).as(hostile.toString()).isEqualTo(400);
    assertThat(hostile.json().get("errors").findValuesAsText("field")).containsExactly("page", "size");
    RestCaller.Response notANumber = city.get(MATRIX + "&page=hai&size=0");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().get("errors").findValuesAsText("message"))
        .containsExactly("Số trang là số nguyên, bắt đầu từ 0.", "Mỗi trang có từ 1 đến 500 dòng.");
  }

  @Test
  @Order(2)
  void theXlsxReadsBackWithTheSameStatusesDatesAndColours() throws IOException {
    Download download = download("vanphong", "/api/reports/signing-campaign/matrix.xlsx?" + Q);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.disposition()).contains("filename*=UTF-8''").contains(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Sheet sheet = workbook.getSheet("Tiến độ");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TIẾN ĐỘ KÝ KẾT QUY CHẾ PHỐI HỢP");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("Số liệu tính đến ngày 20/06/2022");
      Row header = sheet.getRow(4);
      assertThat(List.of(header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
          header.getCell(7).getStringCellValue(), header.getCell(8).getStringCellValue()))
          .containsExactly("Đơn vị", "Gửi đề xuất", "Báo cáo kết quả", "Tình hình chung");
      List<String> units = new ArrayList<>();
      for (int r = 5; r < 9; r++) {
        units.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(units).containsExactlyElementsOf(UNITS);
      Row thuongtin = sheet.getRow(8);
      assertThat(thuongtin.getCell(2).getStringCellValue()).isEqualTo("Liên đoàn Lao động huyện Thường Tín");
      assertThat(thuongtin.getCell(3).getStringCellValue()).isEqualTo("Quá hạn\nNgày 01/06/2022");
      assertThat(thuongtin.getCell(4).getStringCellValue()).isEqualTo("Quá hạn\nHạn 06/06/2022");
      assertThat(thuongtin.getCell(5).getStringCellValue()).isEqualTo("Sắp đến hạn\nHạn 23/06/2022");
      assertThat(thuongtin.getCell(6).getStringCellValue()).isEqualTo("Trong hạn\nHạn 30/06/2022");
      assertThat(thuongtin.getCell(8).getStringCellValue()).isEqualTo("Quá hạn");
      assertThat(fill(thuongtin, 3)).isEqualTo("FFC7CE");
      assertThat(fill(thuongtin, 5)).isEqualTo("FFEB9C");
      assertThat(fill(thuongtin, 6)).isEqualTo("C6EFCE");
      Row thanhoai = sheet.getRow(7);
      assertThat(thanhoai.getCell(6).getStringCellValue())
          .isEqualTo("Không thực hiện\nKhông ký kết: " + NOT_HELD_REASON);
      assertThat(sheet.getRow(5).getCell(5).getStringCellValue())
          .isEqualTo("Đúng hạn\nNgày 20/05/2022\nLễ ký kết 09:00 ngày 08/06/2022, tại địa bàn");
      assertThat(sheet.getRow(9).getCell(3).getStringCellValue()).startsWith("4/4; quá hạn: 1");

      Sheet data = workbook.getSheet("Dữ liệu");
      assertThat(data.getLastRowNum()).isEqualTo(4 * 5);
      Row first = data.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("chuongmy");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("ON_TIME");
      assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).hasToString("2022-05-18");
      assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).hasToString("2022-05-30");
    }
  }

  @Test
  @Order(3)
  void aDistrictReadsOnlyItsOwnRowAndNeverTheCityWideReport() throws IOException {
    RestCaller thuongtin = RestCaller.demo(port, "thuongtin.ldld");
    JsonNode own = thuongtin.get(MATRIX).json();
    assertThat(own.get("rows")).hasSize(1);
    assertThat(own.get("rows").get(0).get(UnitSigning.Vars.UNIT_CODE.name()).asText()).isEqualTo("thuongtin");
    assertThat(own.get("cityWide").asBoolean()).isFalse();

    RestCaller.Response other = thuongtin.get(MATRIX + "&unit=phuxuyen");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().get("detail").asText()).contains("đơn vị mình");
    assertThat(thuongtin.get("/api/reports/signing-campaign/matrix.xlsx?" + Q + "&unit=phuxuyen").status())
        .isEqualTo(403);
    assertThat(thuongtin.get("/api/reports/signing-campaign/documents?" + Q).status()).isEqualTo(403);
    assertThat(thuongtin.get("/api/reports/signing-campaign/documents/latest.docx?" + Q).status()).isEqualTo(403);
    assertThat(thuongtin.post("/api/reports/signing-campaign/documents?" + Q, Map.of()).status()).isEqualTo(403);
    // The Party committee of another district, and a district outside the campaign.
    assertThat(RestCaller.demo(port,
        "phuxuyen.capuy").get(MATRIX).json().get("rows").get(0).get(UnitSigning.Vars.UNIT_CODE.name())
        .asText()).isEqualTo("phuxuyen");
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get(MATRIX).status()).isEqualTo(403);
    assertThat(RestCaller.anonymous(port).get(MATRIX).status()).isEqualTo(401);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        download("thuongtin.ldld", "/api/reports/signing-campaign/matrix.xlsx?" + Q).body()))) {
      Sheet sheet = workbook.getSheet("Tiến độ");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("thuongtin");
      assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Số đơn vị đã thực hiện");
    }
    JsonNode campaigns = thuongtin.get("/api/reports/signing-campaign/campaigns").json();
    List<String> numbers = new ArrayList<>();
    campaigns.forEach(c -> numbers.add(c.get(SigningCampaign.Vars.DOCUMENT_NUMBER.name()).asText()));
    assertThat(numbers).contains(NUMBER).doesNotContain("9101/LĐLĐ");
  }

  @Test
  @Order(4)
  void theReportPageShowsTheSameMatrixToSignedInUsersOnly() throws Exception {
    String page = "/bao-cao/ky-ket?so=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8);
    RestCaller.Response city = RestCaller.demo(port, "thuongtruc").get(page);
    assertThat(city.status()).isEqualTo(200);
    assertThat(city.contentType()).startsWith("text/html");
    assertThat(city.body()).contains("Tiến độ ký kết Quy chế phối hợp", "Liên đoàn Lao động huyện Thường Tín",
        "Liên đoàn Lao động huyện Phú Xuyên", "Quá hạn", "Sắp đến hạn", "Hạn 23/06/2022", "Ngày 01/06/2022",
        "Tải bảng tiến độ (Excel)");

    RestCaller.Response district = RestCaller.demo(port, "thuongtin.ldld").get(page);
    assertThat(district.status()).isEqualTo(200);
    assertThat(district.body()).contains("Liên đoàn Lao động huyện Thường Tín", "Bạn đang xem số liệu của đơn vị mình")
        .doesNotContain("Phú Xuyên").doesNotContain("Chương Mỹ");
    RestCaller.Response register = RestCaller.demo(port, "thuongtin.ldld").get("/bao-cao/so-van-ban-di");
    assertThat(register.status()).isEqualTo(403);
    assertThat(register.body()).contains("Không có quyền");

    RestCaller.Response anonymous = RestCaller.anonymous(port).get(page);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Bạn cần đăng nhập", "/camunda/app/welcome/default/#!/login");

    // Signed in to the Camunda webapps (as from the Welcome page), the page opens without asking again.
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/welcome"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=thuongtin.ldld&password="
            + URLEncoder.encode(RestCaller.DEMO_PASSWORD, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    HttpResponse<String> viaSession = browser.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(viaSession.statusCode()).isEqualTo(200);
    assertThat(viaSession.body()).contains("Liên đoàn Lao động huyện Thường Tín").doesNotContain("Phú Xuyên");
    // The page's own styles are inline: its policy allows them, and nothing else (no scripts, no framing).
    assertThat(viaSession.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("style-src 'unsafe-inline'", "frame-ancestors 'none'", "default-src 'none'"));
  }

  @Test
  @Order(5)
  void theInstancesReadAsDocumentNumberAndUnitNameAndCanBeSearchedSo() {
    assertThat(engine.getRuntimeService().getVariable(d.unit("thuongtin").getId(), InstanceNames.VARIABLE.name()))
        .isEqualTo(NUMBER + " (2022) – Liên đoàn Lao động huyện Thường Tín");
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), InstanceNames.VARIABLE.name()))
        .isEqualTo(NUMBER + " (2022) – V/v tổ chức Lễ ký Quy chế phối hợp công tác giai đoạn 2022-2025");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
        .variableValueLike(InstanceNames.VARIABLE.name(), NUMBER + " (2022) – %Phú Xuyên").list())
        .extracting(ProcessInstance::getBusinessKey).containsExactly(NUMBER + "/phuxuyen");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
        .variableValueEquals(UnitSigning.Vars.UNIT_NAME.name(), "Liên đoàn Lao động huyện Phú Xuyên")
        .variableValueEquals(UnitSigning.Vars.DOCUMENT_NUMBER.name(), NUMBER).count()).isOne();
  }

  @Test
  @Order(6)
  void whenTheCampaignEndsItsReportIsNumberedStoredMailedAndReadsBackInTheAdministrativeFormat() throws Exception {
    ProcessInstance phuxuyen = d.unit("phuxuyen");
    ProcessInstance thuongtin = d.unit("thuongtin");
    at("2022-06-20T11:00");
    d.complete("phuxuyen.ldld", phuxuyen, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-22", "09:00"));
    at("2022-06-21T09:00");
    d.complete("thuongtin.capuy", thuongtin, UnitSigning.Elements.COMMITTEE_OPINION,
        SigningDriver.approval());
    d.executeJobs(campaign.getId());
    d.complete("thuongtin.ldld", thuongtin, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2022-06-24", "14:00"));
    at("2022-06-22T10:30");
    d.fireTimer(phuxuyen, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("phuxuyen.ldld", phuxuyen, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-22", UnitSigning.Vars.SIGNATORIES.name(),
            "Bí thư Huyện ủy Phú Xuyên; Chủ tịch LĐLĐ Thành phố"));
    at("2022-06-23T09:00");
    d.complete("phuxuyen.ldld", phuxuyen, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
        "Đã ký kết."));
    at("2022-06-24T15:30");
    d.fireTimer(thuongtin, UnitSigning.Elements.CEREMONY_DAY, campaign.getId());
    d.complete("thuongtin.ldld", thuongtin, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-24", UnitSigning.Vars.SIGNATORIES.name(),
            "Bí thư Huyện ủy Thường Tín; Chủ tịch LĐLĐ Thành phố"));
    at("2022-07-01T09:00");
    d.complete("thuongtin.ldld", thuongtin, UnitSigning.Elements.REPORT, Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(),
        "Đã ký kết."));
    d.executeJobs(campaign.getId());
    assertThat(campaign).isEnded().hasPassed(SigningCampaign.Elements.ISSUE_REPORT, SigningCampaign.Elements.END);

    List<OutgoingDocument> issued = register.search("LDLD", 2022, DocumentType.BAO_CAO, SigningCampaign.KEY, NUMBER);
    assertThat(issued).hasSize(1);
    OutgoingDocument report = issued.get(0);
    assertThat(report.symbol()).matches("\\d{2,}/BC-LĐLĐ");
    assertThat(report.issuedOn()).hasToString("2022-07-01");
    assertThat(report.processInstanceId()).isEqualTo(campaign.getId());
    String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(campaign.getId()).variableName(SigningCampaign.Vars.REPORT_NUMBER.name()).singleResult()
        .getValue();
    assertThat(number).isEqualTo(report.symbol());
    // The register keeps the file, once: the campaign keeps the entry's id, which the register's download serves.
    String documentId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(campaign.getId()).variableName(SigningCampaign.Vars.REPORT_DOCUMENT.name()).singleResult()
        .getValue();
    assertThat(documentId).isEqualTo(report.id());
    Download stored = download("vanphong", "/api/outgoing-documents/" + documentId + "/file");
    assertThat(stored.status()).isEqualTo(200);

    Download download = download("thuongtruc", "/api/reports/signing-campaign/documents/latest.docx?" + Q);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(stored.body());
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.body()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      assertThat(text).containsSubsequence("LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI", "Số: " + report.symbol(),
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 01 tháng 7 năm 2022",
          "BÁO CÁO", "Kết quả tổ chức Lễ ký kết Quy chế phối hợp công tác giai đoạn 2022-2025",
          "Thực hiện văn bản số 9301/LĐLĐ ngày 16/05/2022", "I. KẾT QUẢ CHUNG",
          "Tổng số đơn vị tham gia: 4 đơn vị. Đã ký kết: 3 đơn vị", "II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ",
          "III. ĐƠN VỊ KHÔNG KÝ KẾT", "- Liên đoàn Lao động huyện Thanh Oai: " + NOT_HELD_REASON + ".",
          "Nơi nhận:", "- Thường trực Thành ủy (để báo cáo);", "- Thường trực LĐLĐ TP;", "- Lưu VT.",
          "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");
      XWPFTable results = docx.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
      List<List<String>> rows = new ArrayList<>();
      for (XWPFTableRow row : results.getRows()) {
        rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
      }
      assertThat(rows).containsExactly(
          List.of("STT", "Đơn vị", "Ngày ký kết", "Theo Cụm Thi đua / địa bàn", "Hình thức ký", "Kết quả"),
          List.of("1", "Liên đoàn Lao động huyện Chương Mỹ", "08/06/2022", "Tại địa bàn", "Trực tiếp", "Đã ký kết"),
          List.of("2", "Liên đoàn Lao động huyện Phú Xuyên", "22/06/2022", "Tại địa bàn", "Trực tiếp", "Đã ký kết"),
          List.of("3", "Liên đoàn Lao động huyện Thanh Oai", "", "Tại địa bàn", "Trực tiếp",
              "Không ký kết: " + NOT_HELD_REASON),
          List.of("4", "Liên đoàn Lao động huyện Thường Tín", "24/06/2022", "Tại địa bàn", "Trực tiếp",
              "Đã ký kết"));
    }
    // The report is mailed, attached, to the city standing committee over SMTP.
    NotificationJobs mails = new NotificationJobs(engine);
    String mailKey = MailReportDistribution.idempotencyKey(report.id());
    assertThat(mails.variables(mails.mail(mailKey)).get(NotificationMail.Vars.MAIL_REQUEST.name()).toString())
        .as("the mail names the register's file instead of carrying it")
        .contains("\"reference\":\"outgoing-document:" + report.id() + "\"").doesNotContain("\"base64\":\"");
    String messageId = mails.sendMail(mailKey);
    ReceivedMail mail = ReceivedMail.withMessageId(messageId);
    assertThat(mail.recipients()).contains("thuongtruc@demo.phoihop.example");
    assertThat(mail.subject()).startsWith("Báo cáo số " + report.symbol());
    assertThat(mail.text()).contains("Kính gửi Thường trực LĐLĐ Thành phố");
    assertThat(mail.attachmentNames()).containsExactly("Báo cáo " + report.symbol().replace("/", "-") + ".docx");
  }

  @Test
  @Order(7)
  void theOfficeIssuesAnotherReportOnDemandUnderTheNextNumber() {
    OutgoingDocument first = register.search("LDLD", 2022, DocumentType.BAO_CAO, SigningCampaign.KEY, NUMBER).get(0);
    at("2022-07-04T08:30");
    RestCaller.Response issued = RestCaller.demo(port, "vanphong")
        .post("/api/reports/signing-campaign/documents?" + Q, Map.of());
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    assertThat(issued.json().get("number").asInt()).isGreaterThan(first.number());
    assertThat(issued.json().get("issuedBy").asText()).isEqualTo("vanphong");
    JsonNode listed = RestCaller.demo(port, "thuongtruc").get("/api/reports/signing-campaign/documents?" + Q).json();
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).get("symbol").asText()).isEqualTo(issued.json().get("symbol").asText());
    assertThat(RestCaller.demo(port, "truongban").post("/api/reports/signing-campaign/documents?" + Q, Map.of())
        .status()).isEqualTo(403);
  }

  // --- helpers

  /** Sets the engine's clock to a Hanoi local time: history, due dates and the matrix's "today" follow it. */
  private static void at(String hanoiLocalDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(hanoiLocalDateTime).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
  }

  private static JsonNode row(JsonNode matrix, String unitCode) {
    for (JsonNode row : matrix.get("rows")) {
      if (row.get(UnitSigning.Vars.UNIT_CODE.name()).asText().equals(unitCode)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + unitCode);
  }

  /** "OVERDUE done 2022-06-01": status, whether done, and the cell's date. */
  private static List<String> cells(JsonNode row) {
    List<String> cells = new ArrayList<>();
    row.get("cells").forEach(c -> cells.add(c.get("status").asText() + (c.get("done").asBoolean() ? " done " : " due ")
        + c.get("date").asText()));
    return cells;
  }

  private static List<String> labels(JsonNode milestones) {
    List<String> labels = new ArrayList<>();
    milestones.forEach(m -> labels.add(m.get("label").asText()));
    return labels;
  }

  private static String fill(Row row, int column) {
    XSSFCellStyle style = (XSSFCellStyle) row.getCell(column).getCellStyle();
    return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
  }

  private Download download(String user, String path) {
    return RestCaller.demo(port, user).download(path);
  }

}
