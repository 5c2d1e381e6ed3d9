package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * The users' whole interface, in a real browser: a district federation proposes its ceremony in Tasklist (Vietnamese
 * text, the draft regulation attached), its Party committee gives its opinion, and another district sees none of
 * it. The browsers ask for English (an English-language Windows or Chrome): Vietnamese is shown all the same.
 * Screenshots of the key screens: target/screenshots/.
 */
@PostgresIntegrationTest
class TasklistBrowserTest {

  static final String PASSWORD = RestCaller.DEMO_PASSWORD;
  static final String ATTENDEES = "Đồng chí Bí thư Huyện ủy Thạch Thất; các đồng chí Phó Bí thư; Ban Thường vụ Huyện ủy; "
      + "Thường trực HĐND, UBND, Ủy ban MTTQ huyện; Ban Thường vụ LĐLĐ huyện; Chủ tịch Công đoàn cơ sở các xã, "
      + "thị trấn và các doanh nghiệp trên địa bàn; đại diện đoàn viên, người lao động tiêu biểu năm 2021. ".repeat(6);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @Test
  void aDistrictProposesWithItsDraftItsPartyCommitteeGivesItsOpinionAndAnotherDistrictSeesNothing() throws Exception {
    CampaignFixture c = CampaignFixture.start(engine, "9501/LĐLĐ", List.of("thachthat", "quocoai"));
    ProcessInstance thachthat = c.unit("thachthat");
    Task proposal = c.task(thachthat, "Task_Proposal");
    Task otherUnitsProposal = c.task(c.unit("quocoai"), "Task_Proposal");

    // 1. The district federation's inbox: Vietnamese, only its own unit's tasks.
    Browser district = browsers.open(port, "en-US");
    district.logIn("tasklist", "thachthat.ldld", PASSWORD);
    List<String> listed = Tasklist.openFilter(district, "Việc của đơn vị");
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
    district.visible(By.id("proposedDate")).sendKeys("10/06/2022");
    district.driver.findElement(By.id("proposedTime")).sendKeys("09:00");
    district.driver.findElement(By.id("venue")).sendKeys("Hội trường Huyện ủy Thạch Thất, thị trấn Liên Quan");
    district.click(By.id("venueArrangedBy-UNIT"));
    district.click(By.id("signingMode-DIRECT"));
    district.click(By.id("signingScope-LOCALITY"));
    district.driver.findElement(By.id("combinedActivity")).sendKeys("Tuyên dương Công đoàn cơ sở tiêu biểu năm 2021");
    district.driver.findElement(By.id("attendees")).sendKeys(ATTENDEES);
    district.driver.findElement(By.id("draftRegulationReference")).sendKeys("Dự thảo số 05/DT-LĐLĐ ngày 20/5/2022");

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
    Task opinion = c.task(after, "Task_CommitteeOpinion");
    Map<String, Object> stored = engine.getRuntimeService().getVariables(thachthat.getId());
    assertThat(stored).containsEntry("proposedDate", "2022-06-10").containsEntry("proposedTime", "09:00")
        .containsEntry("venueArrangedBy", "UNIT").containsEntry("signingMode", "DIRECT")
        .containsEntry("signingScope", "LOCALITY").containsEntry("attendees", ATTENDEES.strip())
        .containsEntry("venue", "Hội trường Huyện ủy Thạch Thất, thị trấn Liên Quan");
    FileValue storedDraft = engine.getRuntimeService().getVariableTyped(thachthat.getId(), "draftRegulation");
    assertThat(storedDraft.getFilename()).isEqualTo("Dự thảo Quy chế phối hợp Thạch Thất.pdf");
    assertThat(storedDraft.getMimeType()).isEqualTo("application/pdf");
    try (InputStream in = storedDraft.getValue()) {
      assertThat(in.readAllBytes()).isEqualTo(draft);
    }

    // 3. The Party committee reads the proposal (dates as dd/mm/yyyy), downloads the draft and approves.
    Browser committee = browsers.open(port, "en-US");
    committee.logIn("tasklist", "thachthat.capuy", PASSWORD);
    Tasklist.openFilter(committee, "Việc của đơn vị");
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
    Task schedule = c.task(c.unit("thachthat"), "Task_ScheduleLocalCeremony");
    assertThat(engine.getRuntimeService().getVariable(thachthat.getId(), "committeeOpinion")).isEqualTo("APPROVE");

    // 4. Another district sees none of Thạch Thất's tasks, not even by their address.
    Browser other = browsers.open(port, "en-US");
    other.logIn("tasklist", "quocoai.ldld", PASSWORD);
    List<String> othersInbox = Tasklist.openFilter(other, "Việc của đơn vị");
    assertThat(othersInbox).contains(otherUnitsProposal.getId())
        .doesNotContain(proposal.getId(), opinion.getId(), schedule.getId());
    other.open("/camunda/app/tasklist/default/#/?filter=" + Tasklist.filterId(engine, "Việc của đơn vị")
        + "&task=" + schedule.getId());
    Thread.sleep(2000);
    assertThat(other.driver.findElements(By.cssSelector("[cam-tasklist-form] form, .fjs-form"))).isEmpty();
    assertThat(other.bodyText()).doesNotContain("Chốt lịch Lễ ký kết tại địa bàn", "Thạch Thất");
    other.screenshot("05-another-district-cannot-see-the-task");
    RestCaller.Response forbidden = RestCaller.demo(port, "quocoai.ldld").get(
        "/api/signing-campaigns/attachments?documentNumber=9501/L%C4%90L%C4%90&unitCode=thachthat&name=draftRegulation");
    assertThat(forbidden.status()).isEqualTo(403);
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

    static Path write(String name, byte[] content) throws IOException {
      Path dir = Files.createDirectories(Path.of("target", "browser-files"));
      return Files.write(dir.resolve(name), content).toAbsolutePath();
    }
  }

}
