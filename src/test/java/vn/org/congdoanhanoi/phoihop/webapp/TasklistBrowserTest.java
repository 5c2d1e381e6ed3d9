package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The users' whole interface, in a real browser: a district federation proposes its ceremony in Tasklist (Vietnamese
 * text, the draft regulation attached), its Party committee gives its opinion, and another district sees none of
 * it; a district records its signed ceremony with the scan of the signed regulation, which only it (and the city)
 * may download. The browsers ask for English (an English-language Windows or Chrome): Vietnamese is shown all the same.
 * Screenshots of the key screens: target/screenshots/.
 */
@PostgresIntegrationTest
class TasklistBrowserTest {

  static final String PASSWORD = RestCaller.DEMO_PASSWORD;
  static final String ATTENDEES = "Đồng chí Bí thư Huyện ủy Thạch Thất; các đồng chí Phó Bí thư; Ban Thường vụ Huyện ủy; "
      + "Thường trực HĐND, UBND, Ủy ban MTTQ huyện; Ban Thường vụ LĐLĐ huyện; Chủ tịch Công đoàn cơ sở các xã, "
      + "thị trấn và các doanh nghiệp trên địa bàn; đại diện đoàn viên, người lao động tiêu biểu năm 2021. ".repeat(6);
  static final String SIGNATORIES = "Đồng chí Bí thư Huyện ủy Mỹ Đức; đồng chí Chủ tịch LĐLĐ Thành phố; "
      + "đồng chí Chủ tịch LĐLĐ huyện Mỹ Đức";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @Test
  void aDistrictProposesWithItsDraftItsPartyCommitteeGivesItsOpinionAndAnotherDistrictSeesNothing() throws Exception {
    SigningDriver c = SigningDriver.start(engine,
        SigningDriver.campaign("9501/LĐLĐ", List.of("thachthat", "quocoai")));
    c.runJobs();
    ProcessInstance thachthat = c.unit("thachthat");
    Task proposal = c.task(thachthat, UnitSigning.Elements.PROPOSAL);
    Task otherUnitsProposal = c.task(c.unit("quocoai"), UnitSigning.Elements.PROPOSAL);

    // 1. The district federation's inbox: Vietnamese, only its own unit's tasks.
    Browser district = browsers.open(port, "en-US");
    district.logIn("tasklist", "thachthat.ldld", PASSWORD);
    List<String> listed = Tasklist.openFilter(district, engine, "Việc của đơn vị");
    district.waitForText(By.cssSelector("section.tasks-list"), "Đề xuất tổ chức Lễ ký kết");
    district.screenshot("01-tasklist-inbox-district");
    assertThat(listed).contains(proposal.getId()).doesNotContain(otherUnitsProposal.getId());
    for (String id : listed) {
      assertThat(engine.getTaskService().getIdentityLinksForTask(id)).extracting(IdentityLink::getGroupId)
          .as("task %s in thachthat.ldld's inbox", id).contains("thachthat-federation");
    }
    Tasklist.assertVietnamese(district);

    // 2. The proposal form (embedded form with the file picker), filled in Vietnamese.
    Tasklist.openTask(district, proposal.getId());
    Tasklist.claim(district, engine, proposal.getId());
    district.visible(By.id(UnitSigning.Vars.PROPOSED_DATE.name())).sendKeys("10/06/2022");
    district.driver.findElement(By.id(UnitSigning.Vars.PROPOSED_TIME.name())).sendKeys("09:00");
    district.driver.findElement(By.id(UnitSigning.Vars.VENUE.name())).sendKeys("Hội trường Huyện ủy Thạch Thất, thị trấn Liên Quan");
    district.click(By.id("venueArrangedBy-UNIT"));
    district.click(By.id("signingMode-DIRECT"));
    district.click(By.id("signingScope-LOCALITY"));
    district.driver.findElement(By.id(UnitSigning.Vars.COMBINED_ACTIVITY.name())).sendKeys("Tuyên dương Công đoàn cơ sở tiêu biểu năm 2021");
    district.driver.findElement(By.id(UnitSigning.Vars.ATTENDEES.name())).sendKeys(ATTENDEES);
    district.driver.findElement(By.id(UnitSigning.Vars.DRAFT_REGULATION_REFERENCE.name())).sendKeys("Dự thảo số 05/DT-LĐLĐ ngày 20/5/2022");

    // A spreadsheet and a file over the limit are refused in the form, with the reason.
    WebElement file = district.driver.findElement(By.id("draftRegulationFile"));
    file.sendKeys(Attachments.write("bang-tong-hop.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}).toString());
    district.waitForText(By.id("draftRegulationFile-error"), "chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG");
    district.fullScreenshot("02-proposal-form-file-refused");
    file.sendKeys(Attachments.write("du-thao-qua-lon.pdf", Attachments.pdf(11 * 1024 * 1024)).toString());
    district.waitForText(By.id("draftRegulationFile-error"), "vượt quá giới hạn 10 MB");
    byte[] draft = Attachments.pdf(40_000);
    file.sendKeys(Attachments.write("Dự thảo Quy chế phối hợp Thạch Thất.pdf", draft).toString());
    district.waitForText(By.id("draftRegulationFile-chosen"), "Dự thảo Quy chế phối hợp Thạch Thất.pdf");
    assertThat(district.driver.findElements(By.id("draftRegulationFile-error"))).isEmpty();
    district.fullScreenshot("03-proposal-form-filled");
    Tasklist.assertVietnamese(district);

    Tasklist.complete(district);
    ProcessInstance after = c.unit("thachthat");
    Task opinion = c.task(after, UnitSigning.Elements.COMMITTEE_OPINION);
    Map<String, Object> stored = engine.getRuntimeService().getVariables(thachthat.getId());
    assertThat(stored).containsEntry(UnitSigning.Vars.PROPOSED_DATE.name(),
        "2022-06-10").containsEntry(UnitSigning.Vars.PROPOSED_TIME.name(), "09:00")
        .containsEntry(UnitSigning.Vars.VENUE_ARRANGED_BY.name(),
            "UNIT").containsEntry(UnitSigning.Vars.SIGNING_MODE.name(), "DIRECT")
        .containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(),
            "LOCALITY").containsEntry(UnitSigning.Vars.ATTENDEES.name(), ATTENDEES.strip())
        .containsEntry(UnitSigning.Vars.VENUE.name(), "Hội trường Huyện ủy Thạch Thất, thị trấn Liên Quan");
    FileValue storedDraft = engine.getRuntimeService().getVariableTyped(thachthat.getId(),
        UnitSigning.Vars.DRAFT_REGULATION.name());
    assertThat(storedDraft.getFilename()).isEqualTo("Dự thảo Quy chế phối hợp Thạch Thất.pdf");
    assertThat(storedDraft.getMimeType()).isEqualTo("application/pdf");
    try (InputStream in = storedDraft.getValue()) {
      assertThat(in.readAllBytes()).isEqualTo(draft);
    }

    // 3. The Party committee reads the proposal (dates as dd/mm/yyyy), downloads the draft and approves.
    Browser committee = browsers.open(port, "en-US");
    committee.logIn("tasklist", "thachthat.capuy", PASSWORD);
    Tasklist.openFilter(committee, engine, "Việc của đơn vị");
    Tasklist.openTask(committee, opinion.getId());
    Tasklist.claim(committee, engine, opinion.getId());
    committee.visible(By.cssSelector(".fjs-form"));
    assertThat(Tasklist.fieldValues(committee)).contains("10/06/2022", "09:00");
    WebElement download = committee.visible(By.partialLinkText("tải xuống"));
    Map<?, ?> fetched = (Map<?, ?>) committee.script("return fetch(arguments[0], {credentials: 'same-origin'})"
        + ".then(r => r.arrayBuffer().then(b => ({status: r.status, size: b.byteLength,"
        + " disposition: r.headers.get('Content-Disposition')})))", download.getAttribute("href"));
    assertThat(((Number) fetched.get("status")).intValue()).isEqualTo(200);
    assertThat(((Number) fetched.get("size")).intValue()).isEqualTo(draft.length);
    Tasklist.chooseRadio(committee, "Đồng ý với đề xuất");
    WebElement comment = committee.driver.findElement(By.cssSelector("textarea[id$='Field_CommitteeComment'], "
        + ".fjs-form-field-textarea textarea"));
    comment.sendKeys(("Ban Thường vụ Huyện ủy đồng ý với đề xuất; đề nghị LĐLĐ huyện phối hợp Văn phòng Huyện ủy "
        + "chuẩn bị chu đáo chương trình, thành phần và các điều kiện tổ chức Lễ ký kết. ").repeat(4));
    committee.fullScreenshot("04-opinion-form-party-committee");
    Tasklist.assertVietnamese(committee);
    Tasklist.complete(committee);
    c.runJobs();
    Task schedule = c.task(c.unit("thachthat"), UnitSigning.Elements.SCHEDULE_LOCAL);
    assertThat(engine.getRuntimeService().getVariable(thachthat.getId(), UnitSigning.Vars.COMMITTEE_OPINION.name())).isEqualTo("APPROVE");

    // 4. Another district sees none of Thạch Thất's tasks, not even by their address.
    Browser other = browsers.open(port, "en-US");
    other.logIn("tasklist", "quocoai.ldld", PASSWORD);
    List<String> othersInbox = Tasklist.openFilter(other, engine, "Việc của đơn vị");
    assertThat(othersInbox).contains(otherUnitsProposal.getId())
        .doesNotContain(proposal.getId(), opinion.getId(), schedule.getId());
    other.open("/camunda/app/tasklist/default/#/?filter=" + Tasklist.filterId(engine, "Việc của đơn vị")
        + "&task=" + schedule.getId());
    // The page has asked for the task and tells the user it is not found (for them): only then is an absence of
    // its form and data worth asserting.
    other.waitForText(By.cssSelector(".page-notifications .alert-danger"),
        "Không tìm thấy đối tượng này, hoặc bạn không được xem nó");
    assertThat(other.driver.findElements(By.cssSelector("[cam-tasklist-form] form, .fjs-form"))).isEmpty();
    assertThat(other.bodyText()).doesNotContain("Chốt lịch Lễ ký kết tại địa bàn", "Thạch Thất");
    other.screenshot("05-another-district-cannot-see-the-task");
    RestCaller.Response forbidden = RestCaller.demo(port, "quocoai.ldld").get(
        "/api/signing-campaigns/attachments?documentNumber=9501/L%C4%90L%C4%90&unitCode=thachthat&name=draftRegulation");
    assertThat(forbidden.status()).isEqualTo(403);
  }

  @Test
  void aDistrictRecordsItsSignedCeremonyWithTheScanOfTheSignedRegulation() throws Exception {
    SigningDriver c = SigningDriver.start(engine, SigningDriver.campaign("9504/LĐLĐ", List.of("myduc", "melinh")));
    c.runJobs();
    ProcessInstance myduc = c.unit("myduc");
    c.completeAndRunJobs("myduc.ldld", myduc, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    c.completeAndRunJobs("myduc.capuy", myduc, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    c.completeAndRunJobs("myduc.ldld", myduc, UnitSigning.Elements.SCHEDULE_LOCAL, Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "SCHEDULE",
        UnitSigning.Vars.CEREMONY_DATE.name(), "2022-06-17", UnitSigning.Vars.CEREMONY_TIME.name(), "08:30", UnitSigning.Vars.CEREMONY_VENUE.name(), "Hội trường Huyện ủy Mỹ Đức"));
    c.fireTimer(myduc, UnitSigning.Elements.CEREMONY_DAY);
    Task outcome = c.task(myduc, UnitSigning.Elements.RECORD_OUTCOME);

    // 1. The outcome form (embedded, with the file picker): the ceremony as scheduled, dates as dd/mm/yyyy.
    Browser district = browsers.open(port, "en-US");
    district.logIn("tasklist", "myduc.ldld", PASSWORD);
    Tasklist.openTask(district, outcome.getId());
    Tasklist.claim(district, engine, outcome.getId());
    district.waitForText(By.id("context-unitName"), "Mỹ Đức");
    assertThat(district.driver.findElement(By.id("context-ceremonyDate")).getText()).isEqualTo("17/06/2022");
    assertThat(district.driver.findElement(By.id("context-ceremonyTime")).getText()).isEqualTo("08:30");
    assertThat(district.driver.findElement(By.id("context-ceremonyVenue")).getText())
        .isEqualTo("Hội trường Huyện ủy Mỹ Đức");
    assertThat(district.driver.findElements(By.id(UnitSigning.Vars.SIGNED_ON.name()))).isEmpty();
    assertThat(district.driver.findElements(By.id("signedRegulationScanFile"))).isEmpty();

    // "Hoãn" asks for the reason, in Vietnamese; "Hoàn thành" stays disabled without it.
    district.click(By.id("ceremonyOutcome-POSTPONED"));
    WebElement reason = district.visible(By.id(UnitSigning.Vars.POSTPONED_REASON.name()));
    assertThat(district.driver.findElements(By.id("signedRegulationScanFile"))).isEmpty();
    district.click(reason);
    reason.sendKeys(Keys.TAB);
    district.waitForText(By.cssSelector("form.phoihop-form"), "Hãy nhập lý do hoãn.");
    assertThat(district.driver.findElement(By.cssSelector(".form-actions button.btn-primary")).isEnabled()).isFalse();
    district.fullScreenshot("06-outcome-form-postponed-without-reason");

    // 2. "Đã ký kết": the signing date (offered: the ceremony's day), the signatories and the scan.
    district.click(By.id("ceremonyOutcome-SIGNED"));
    WebElement signedOn = district.visible(By.id(UnitSigning.Vars.SIGNED_ON.name()));
    assertThat(district.driver.findElements(By.id(UnitSigning.Vars.POSTPONED_REASON.name()))).isEmpty();
    assertThat(signedOn.getAttribute("value")).isEqualTo("17/06/2022");
    signedOn.clear();
    signedOn.sendKeys("31/06/2022");
    district.driver.findElement(By.id(UnitSigning.Vars.SIGNATORIES.name())).sendKeys(SIGNATORIES);
    district.waitForText(By.cssSelector("form.phoihop-form"), "và có thật");
    signedOn.clear();
    signedOn.sendKeys("17/6/2022");

    WebElement file = district.driver.findElement(By.id("signedRegulationScanFile"));
    file.sendKeys(Attachments.write("danh-sach-dai-bieu.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}).toString());
    district.waitForText(By.id("signedRegulationScanFile-error"), "chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG");
    district.fullScreenshot("07-outcome-form-file-refused");
    byte[] scan = Attachments.scan(300_000);
    String scanName = "Quy chế phối hợp Mỹ Đức - bản đã ký.pdf";
    file.sendKeys(Attachments.write(scanName, scan).toString());
    district.waitForText(By.id("signedRegulationScanFile-chosen"), scanName);
    assertThat(district.driver.findElements(By.id("signedRegulationScanFile-error"))).isEmpty();
    assertThat(district.bodyText()).doesNotContain("Hãy nhập lý do hoãn.", "và có thật");
    district.fullScreenshot("08-outcome-form-signed-with-scan");
    Tasklist.assertVietnamese(district);
    Tasklist.complete(district);
    c.runJobs();

    // 3. Stored as typed, the scan byte for byte; the process goes on to the report.
    c.task(c.unit("myduc"), UnitSigning.Elements.REPORT);
    Map<String, Object> stored = engine.getRuntimeService().getVariables(myduc.getId());
    assertThat(stored).containsEntry(UnitSigning.Vars.CEREMONY_OUTCOME.name(),
        "SIGNED").containsEntry(UnitSigning.Vars.SIGNED_ON.name(), "2022-06-17")
        .containsEntry(UnitSigning.Vars.SIGNATORIES.name(),
            SIGNATORIES.strip()).doesNotContainKey(UnitSigning.Vars.POSTPONED_REASON.name());
    FileValue storedScan = engine.getRuntimeService().getVariableTyped(myduc.getId(),
        UnitSigning.Vars.SIGNED_REGULATION_SCAN.name());
    assertThat(storedScan.getFilename()).isEqualTo(scanName);
    assertThat(storedScan.getMimeType()).isEqualTo("application/pdf");
    try (InputStream in = storedScan.getValue()) {
      assertThat(in.readAllBytes()).isEqualTo(scan);
    }

    // 4. The unit downloads it (the same bytes, under its name); another district may not.
    String download = "/api/signing-campaigns/attachments?documentNumber=9504/L%C4%90L%C4%90&unitCode=myduc"
        + "&name=signedRegulationScan";
    HttpResponse<byte[]> own = Attachments.download(port, "myduc.ldld", download);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(scan);
    assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(ContentDisposition.parse(own.headers().firstValue("Content-Disposition").orElseThrow()).getFilename())
        .isEqualTo(scanName);
    assertThat(Attachments.download(port, "melinh.ldld", download).statusCode()).isEqualTo(403);
  }

  /** Test files: a PDF of a given size, written under target/. */
  static final class Attachments {
    static byte[] pdf(int size) {
      byte[] content = new byte[size];
      byte[] head = "%PDF-1.4\n% Dự thảo\n".getBytes(StandardCharsets.UTF_8);
      System.arraycopy(head, 0, content, 0, head.length);
      for (int i = head.length; i < size; i++) {
        content[i] = (byte) ('a' + i % 26);
      }
      return content;
    }

    /** A scan as a scanner writes it: a PDF header, then binary content with every byte value. */
    static byte[] scan(int size) {
      byte[] content = new byte[size];
      byte[] head = "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(head, 0, content, 0, head.length);
      for (int i = head.length; i < size; i++) {
        content[i] = (byte) (i * 7);
      }
      return content;
    }

    /** A download over HTTP Basic as a demo user, with the body's bytes as sent. */
    static HttpResponse<byte[]> download(int port, String user, String path) throws IOException, InterruptedException {
      String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Path write(String name, byte[] content) throws IOException {
      Path dir = Files.createDirectories(Path.of("target", "browser-files"));
      return Files.write(dir.resolve(name), content).toAbsolutePath();
    }
  }

}
