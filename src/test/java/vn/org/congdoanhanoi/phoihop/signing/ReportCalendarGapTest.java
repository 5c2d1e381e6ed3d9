package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A letter dated 27/12/2021, a year the shipped holiday file (2022–2027) lacks, launched on 4/1/2022 with a deadline
 * of 31/3/2022 (the start only needs the deadline's year). Its proposal and opinion are due 10 and 15 working days
 * after the letter, which only the 2021 calendar could tell: the matrix (JSON, XLSX, page) says so, naming the year
 * and PHOIHOP_CALENDAR_FILE, instead of counting calendar days, and still shows what it can judge.
 */
@PostgresIntegrationTest
class ReportCalendarGapTest {

  static final String NUMBER = "9861/LĐLĐ";
  static final String Q = "documentNumber=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8);

  @Autowired
  ProcessEngine engine;

  @LocalServerPort
  int port;

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void milestonesDueInAYearTheHolidayFileLacksAreShownAsSuchNeverCountedInCalendarDays() throws Exception {
    at("2022-01-04T08:00");
    Map<String, Object> letter = SigningDriver.campaign(NUMBER, List.of("myduc", "unghoa"));
    letter.put(SigningCampaign.Vars.ISSUED_ON.name(), "2021-12-27");
    letter.put(SigningCampaign.Vars.DEADLINE.name(), "2022-03-31");
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong", letter);
    SigningDriver d = new SigningDriver(engine, NUMBER);
    d.executeJobs(campaign.getId());
    at("2022-01-05T09:00");
    Map<String, Object> proposed = new HashMap<>(SigningDriver.proposal("LOCALITY"));
    proposed.put(UnitSigning.Vars.PROPOSED_DATE.name(), "2022-03-10");
    d.complete("myduc.ldld", d.unit("myduc"), UnitSigning.Elements.PROPOSAL, proposed);
    at("2022-01-06T10:00");

    RestCaller.Response answer = RestCaller.demo(port, "vanphong").get("/api/reports/signing-campaign/matrix?" + Q);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode matrix = answer.json();
    assertThat(matrix.get("calendarGaps")).hasSize(1);
    assertThat(matrix.get("calendarGaps").get(0).get("year").asInt()).isEqualTo(2021);
    assertThat(matrix.get("calendarGaps").get(0).get("message").asText())
        .contains("năm 2021", "PHOIHOP_CALENDAR_FILE");
    JsonNode myduc = row(matrix, "myduc");
    JsonNode proposal = myduc.get("cells").get(0);
    // Done on 5/1, but on time or not depends on the working days of late December 2021.
    assertThat(proposal.get("status").asText()).isEqualTo("NO_CALENDAR");
    assertThat(proposal.get("label").asText()).isEqualTo("Thiếu lịch ngày nghỉ");
    assertThat(proposal.get("done").asBoolean()).isTrue();
    assertThat(proposal.get("doneOn").asText()).isEqualTo("2022-01-05");
    assertThat(proposal.get("dueOn").isNull()).isTrue();
    assertThat(proposal.get("calendarGap").get("year").asInt()).isEqualTo(2021);
    JsonNode unghoa = row(matrix, "unghoa");
    assertThat(unghoa.get("cells").get(0).get("status").asText()).isEqualTo("NO_CALENDAR");
    assertThat(unghoa.get("cells").get(0).get("date").isNull()).isTrue();
    assertThat(unghoa.get("cells").get(1).get("status").asText()).isEqualTo("NO_CALENDAR");
    // What the covered years settle is still judged: the ceremony's date and the signing are months away.
    assertThat(unghoa.get("cells").get(2).get("status").asText()).isEqualTo("ON_TIME");
    assertThat(unghoa.get("cells").get(3).get("dueOn").asText()).isEqualTo("2022-03-31");
    assertThat(unghoa.get("overall").asText()).isEqualTo("NO_CALENDAR");
    assertThat(matrix.get("totals").get(0).get("noCalendar").asInt()).isEqualTo(2);

    HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/api/reports/signing-campaign/matrix.xlsx?" + Q))
        .header("Authorization", basic("vanphong")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheet("Tiến độ");
      assertThat(text(sheet.getRow(3), 0)).contains("năm 2021", "PHOIHOP_CALENDAR_FILE");
      Row first = sheet.getRow(6);
      assertThat(text(first, 1)).isEqualTo("myduc");
      assertThat(text(first, 3)).isEqualTo("Thiếu lịch ngày nghỉ\nNgày 05/01/2022\nThiếu lịch năm 2021");
      Sheet data = workbook.getSheet("Dữ liệu");
      assertThat(text(data.getRow(1), 4)).isEqualTo("NO_CALENDAR");
      assertThat(text(data.getRow(1), 8)).isEmpty();
      assertThat(text(data.getRow(1), 10)).contains("năm 2021", "PHOIHOP_CALENDAR_FILE");
    }

    RestCaller.Response page = RestCaller.demo(port, "vanphong")
        .get("/bao-cao/ky-ket?so=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body()).contains("Thiếu lịch ngày nghỉ", "Thiếu lịch năm 2021", "PHOIHOP_CALENDAR_FILE")
        .doesNotContain("Hạn 06/01/2022", "Hạn 10/01/2022");
  }

  private static JsonNode row(JsonNode matrix, String unitCode) {
    for (JsonNode row : matrix.get("rows")) {
      if (row.get(UnitSigning.Vars.UNIT_CODE.name()).asText().equals(unitCode)) {
        return row;
      }
    }
    throw new AssertionError("no row " + unitCode);
  }

  private static String text(Row row, int column) {
    return new DataFormatter().formatCellValue(row.getCell(column));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + RestCaller.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static void at(String hanoiLocalDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(hanoiLocalDateTime).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
  }
}
