package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Letter 9951/LĐLĐ of 2022 (Hoàn Kiếm and Long Biên) and letter 9951/LĐLĐ of 2025 (Hoàn Kiếm only): same number,
 * same business keys, two campaigns. Every surface that names a campaign keeps them apart: the matrix (JSON, XLSX,
 * page), the campaign lists, the consolidated report and the register, the ceremonies, the calendar events, and the
 * instance names in Cockpit. Without a year the most recent letter is meant.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatterYearSurfacesTest {

  static final String NUMBER = "9951/LĐLĐ";
  static final String Q = "documentNumber=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8);
  static final String REPORTS = "/api/reports/signing-campaign/";

  @Autowired
  ProcessEngine engine;

  @Autowired
  Ceremonies ceremonies;

  @LocalServerPort
  int port;

  ProcessInstance of2022;
  ProcessInstance of2025;
  ProcessInstance hoankiem2022;
  ProcessInstance hoankiem2025;

  @BeforeEach
  void launchBothYearsOnce() {
    // Inside a test, not in @BeforeAll: the coverage recorder only takes process events while a test runs.
    if (of2022 != null) {
      return;
    }
    of2022 = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(NUMBER, List.of("hoankiem", "longbien"), "2022-05-16", "2022-06-30"));
    hoankiem2022 = scheduleHoanKiem(of2022, "2022-06-14", "Hội trường Quận ủy Hoàn Kiếm");
    of2025 = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(NUMBER, List.of("hoankiem"), "2025-05-15", "2025-06-30"));
    hoankiem2025 = scheduleHoanKiem(of2025, "2025-06-17", "Hội trường UBND quận Hoàn Kiếm");
  }

  private ProcessInstance scheduleHoanKiem(ProcessInstance campaign, String day, String venue) {
    SigningDriver d = new SigningDriver(engine, NUMBER);
    d.executeJobs(campaign.getId());
    ProcessInstance unit = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(FanOuts.PARENT.name(), campaign.getId()).processDefinitionKey(UnitSigning.KEY)
        .variableValueEquals(UnitSigning.Vars.UNIT_CODE.name(), "hoankiem").singleResult();
    Map<String, Object> proposal = new java.util.HashMap<>(SigningDriver.proposal("LOCALITY"));
    proposal.put(UnitSigning.Vars.PROPOSED_DATE.name(), day);
    d.complete("hoankiem.ldld", unit, UnitSigning.Elements.PROPOSAL, proposal);
    d.complete("hoankiem.capuy", unit, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    d.executeJobs(campaign.getId());
    d.complete("hoankiem.ldld", unit, UnitSigning.Elements.SCHEDULE_LOCAL, SigningDriver.schedule(day, "19:50", venue));
    d.executeJobs(campaign.getId());
    return unit;
  }

  @Test
  @Order(1)
  void theMatrixIsOfTheYearAskedForAndOfTheMostRecentOneWithoutAYear() {
    RestCaller city = RestCaller.demo(port, "thuongtruc");
    JsonNode of2022 = ok(city.get(REPORTS + "matrix?" + Q + "&year=2022"));
    assertThat(of2022.get("year").asInt()).isEqualTo(2022);
    assertThat(of2022.get(SigningCampaign.Vars.ISSUED_ON.name()).asText()).isEqualTo("2022-05-16");
    assertThat(of2022.get("rows").findValuesAsText(UnitSigning.Vars.UNIT_CODE.name())).containsExactly("hoankiem",
        "longbien");

    JsonNode latest = ok(city.get(REPORTS + "matrix?" + Q));
    assertThat(latest.get("year").asInt()).isEqualTo(2025);
    assertThat(latest.get("rows").findValuesAsText(UnitSigning.Vars.UNIT_CODE.name())).as("2022's Long Biên is not a 2025 unit")
        .containsExactly("hoankiem");

    RestCaller.Response malformed = city.get(REPORTS + "matrix?" + Q + "&year=22");
    assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
    assertThat(malformed.json().get("errors").findValuesAsText("field")).containsExactly("year");
    assertThat(malformed.body()).contains("Năm của văn bản (year)");
    RestCaller.Response none = city.get(REPORTS + "matrix?" + Q + "&year=2023");
    assertThat(none.status()).as(none.body()).isEqualTo(404);
    assertThat(none.body()).contains("năm 2023");

    Download xlsx = download("vanphong", REPORTS + "matrix.xlsx?" + Q + "&year=2022");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(decoded(xlsx.disposition())).contains("9951-LĐLĐ (2022).xlsx");
    assertThat(download("vanphong", REPORTS + "matrix.xlsx?" + Q + "&year=x").status()).isEqualTo(400);
  }

  @Test
  @Order(2)
  void theCampaignListsShowBothLettersEachWithItsYear() {
    JsonNode all = ok(RestCaller.demo(port, "thuongtruc").get(REPORTS + "campaigns"));
    List<Integer> years = new ArrayList<>();
    all.forEach(c -> {
      if (NUMBER.equals(c.get(SigningCampaign.Vars.DOCUMENT_NUMBER.name()).asText())) {
        years.add(c.get("year").asInt());
      }
    });
    assertThat(years).containsExactly(2025, 2022);
    JsonNode only2022 = ok(RestCaller.demo(port, "hoankiem.ldld").get(REPORTS + "campaigns?year=2022"));
    only2022.forEach(c -> assertThat(c.get("year").asInt()).isEqualTo(2022));
    assertThat(only2022.findValuesAsText(SigningCampaign.Vars.DOCUMENT_NUMBER.name())).contains(NUMBER);
    assertThat(RestCaller.demo(port, "thuongtruc").get(REPORTS + "campaigns?year=abcd").status()).isEqualTo(400);

    // The report page: both letters listed, each linking to its year; a year picks the letter, "nam" as "so".
    String page = "/bao-cao/ky-ket?so=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8);
    String index = RestCaller.demo(port, "thuongtruc").get("/bao-cao").body();
    assertThat(index).contains("9951/LĐLĐ (2022)", "9951/LĐLĐ (2025)");
    String page2022 = RestCaller.demo(port, "thuongtruc").get(page + "&nam=2022").body();
    assertThat(page2022).contains("Long Biên", "16/05/2022", "nam=2022");
    String pageLatest = RestCaller.demo(port, "thuongtruc").get(page).body();
    assertThat(pageLatest).contains("15/05/2025").doesNotContain("Long Biên");
    RestCaller.Response badPage = RestCaller.demo(port, "thuongtruc").get(page + "&nam=hai");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.body()).contains("(nam)");
  }

  @Test
  @Order(3)
  void eachYearsConsolidatedReportCountsItsOwnUnitsAndIsFiledUnderItsYear() throws IOException {
    RestCaller office = RestCaller.demo(port, "vanphong");
    RestCaller.Response issued2022 = office.post(REPORTS + "documents?" + Q + "&year=2022", Map.of());
    assertThat(issued2022.status()).as(issued2022.body()).isEqualTo(201);
    assertThat(issued2022.json().get("sourceYear").asInt()).isEqualTo(2022);
    RestCaller.Response issued2025 = office.post(REPORTS + "documents?" + Q, Map.of());
    assertThat(issued2025.status()).as(issued2025.body()).isEqualTo(201);
    assertThat(issued2025.json().get("sourceYear").asInt()).isEqualTo(2025);

    assertThat(ok(office.get(REPORTS + "documents?" + Q + "&year=2022")).findValuesAsText("symbol"))
        .containsExactly(issued2022.json().get("symbol").asText());
    assertThat(ok(office.get(REPORTS + "documents?" + Q)).findValuesAsText("symbol"))
        .containsExactly(issued2025.json().get("symbol").asText());
    assertThat(ok(office.get("/api/outgoing-documents?sourceKind=signing-campaign&sourceReference="
        + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8) + "&sourceYear=2022")).findValuesAsText("symbol"))
        .containsExactly(issued2022.json().get("symbol").asText());
    RestCaller.Response badRegister = office.get("/api/outgoing-documents?sourceYear=năm");
    assertThat(badRegister.status()).isEqualTo(400);
    assertThat(badRegister.json().get("errors").findValuesAsText("field")).containsExactly("sourceYear");

    String report2022 = docxText(download("vanphong", REPORTS + "documents/latest.docx?" + Q + "&year=2022"));
    assertThat(report2022).contains("Long Biên", "Hoàn Kiếm");
    String report2025 = docxText(download("vanphong", REPORTS + "documents/latest.docx?" + Q));
    assertThat(report2025).contains("Hoàn Kiếm").doesNotContain("Long Biên");
    String page2022 = docxText(download("vanphong", "/bao-cao/ky-ket/bao-cao.docx?so="
        + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8) + "&nam=2022"));
    assertThat(page2022).contains("Long Biên");
  }

  @Test
  @Order(4)
  void ceremoniesCalendarEventsAndInstanceNamesAreEachYearsOwn() throws Exception {
    assertThat(ceremonies.all(new CampaignId(NUMBER, 2022))).singleElement()
        .satisfies(c -> assertThat(c.startsAt()).hasToString("2022-06-14T19:50"));
    assertThat(ceremonies.scheduled(new CampaignId(NUMBER, 2025))).singleElement()
        .satisfies(c -> assertThat(c.startsAt()).hasToString("2025-06-17T19:50"));

    // Same business key, two calendar events: each year's invitation is sent, neither updates the other.
    String uid2022 = uid(hoankiem2022);
    String uid2025 = uid(hoankiem2025);
    assertThat(hoankiem2022.getBusinessKey()).isEqualTo(hoankiem2025.getBusinessKey());
    assertThat(uid2022).isNotEqualTo(uid2025);
    NotificationJobs jobs = new NotificationJobs(engine);
    assertThat(CeremonyNotificationsTest.text(CeremonyNotificationsTest.event(
        ReceivedMail.withMessageId(jobs.sendMail(key(uid2025, 0))).calendar(), "REQUEST"), "UID")).isEqualTo(uid2025);
    assertThat(CeremonyNotificationsTest.text(CeremonyNotificationsTest.event(
        ReceivedMail.withMessageId(jobs.sendMail(key(uid2022, 0))).calendar(), "REQUEST"), "UID")).isEqualTo(uid2022);

    assertThat(engine.getRuntimeService().getVariable(hoankiem2022.getId(), InstanceNames.VARIABLE.name()))
        .isEqualTo(NUMBER + " (2022) – Liên đoàn Lao động quận Hoàn Kiếm");
    assertThat(engine.getRuntimeService().getVariable(hoankiem2025.getId(), InstanceNames.VARIABLE.name()))
        .isEqualTo(NUMBER + " (2025) – Liên đoàn Lao động quận Hoàn Kiếm");
    assertThat((String) engine.getRuntimeService().getVariable(of2025.getId(), InstanceNames.VARIABLE.name()))
        .startsWith(NUMBER + " (2025) – ");
  }

  @Test
  @Order(5)
  void anInvitationSentBeforeTheUpgradeKeepsUpdatingTheEventItCreated() throws Exception {
    // Last: it moves the 2025 ceremony. Hoàn Kiếm of 2025 as an upgrade finds it: invited by the former version, which kept no UID and named the
    // event from the business key alone.
    engine.getRuntimeService().removeVariable(hoankiem2025.getId(), InvitationVars.UID.name());
    String kept = uid(hoankiem2022);
    String legacy = "le-ky-ket-" + UUID.nameUUIDFromBytes(hoankiem2025.getBusinessKey()
        .getBytes(StandardCharsets.UTF_8)) + kept.substring(kept.indexOf('@'));

    SigningDriver d = new SigningDriver(engine, NUMBER);
    d.fireTimer(hoankiem2025, UnitSigning.Elements.CEREMONY_DAY, of2025.getId());
    d.complete("hoankiem.ldld", hoankiem2025, UnitSigning.Elements.RECORD_OUTCOME,
        Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "POSTPONED", UnitSigning.Vars.POSTPONED_REASON.name(),
            "Trùng lịch họp Quận ủy"));
    d.complete("hoankiem.ldld", hoankiem2025, UnitSigning.Elements.SCHEDULE_LOCAL,
        SigningDriver.schedule("2025-06-19", "19:50", "Hội trường UBND quận Hoàn Kiếm"));
    d.executeJobs(of2025.getId());

    assertThat(uid(hoankiem2025)).isEqualTo(legacy);
    var moved = CeremonyNotificationsTest.event(ReceivedMail.withMessageId(
        new NotificationJobs(engine).sendMail(key(legacy, 1))).calendar(), "REQUEST");
    assertThat(CeremonyNotificationsTest.text(moved, "UID")).isEqualTo(legacy);
    assertThat(CeremonyNotificationsTest.text(moved, "SEQUENCE")).isEqualTo("1");
    assertThat(uid(hoankiem2022)).as("the 2022 event is untouched").isEqualTo(kept);
  }

  private String uid(ProcessInstance unit) {
    return (String) engine.getRuntimeService().getVariable(unit.getId(), InvitationVars.UID.name());
  }

  private static String key(String uid, int sequence) {
    return "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + "." + sequence;
  }

  private static JsonNode ok(RestCaller.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static String decoded(String disposition) {
    return java.net.URLDecoder.decode(disposition, StandardCharsets.UTF_8);
  }

  private static String docxText(Download download) throws IOException {
    assertThat(download.status()).isEqualTo(200);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.body()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      return extractor.getText();
    }
  }

  private Download download(String user, String path) {
    return RestCaller.demo(port, user).download(path);
  }

}
