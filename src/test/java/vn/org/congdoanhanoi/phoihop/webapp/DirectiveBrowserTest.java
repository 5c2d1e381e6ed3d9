package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.directive.Directive;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDriver;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * A directive in a real browser: a recipient reports its item done in Tasklist with the minutes of its congress
 * attached, and the issuer's matrix page (/bao-cao/chi-dao) shows the item done on time with the evidence.
 * Screenshots: target/screenshots/.
 */
@PostgresIntegrationTest
class DirectiveBrowserTest {

  private static final String NUMBER = "9302-CV/HU";
  private static final String EVIDENCE = "Đã tổ chức Đại hội 15/15 Công đoàn cơ sở; biên bản kèm theo";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRecipientReportsItsItemWithAFileAndTheIssuersMatrixPageShowsIt() throws Exception {
    // The engine's day (the validators' "today") is 20/5/2023; the browser keeps its own.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, 5, 20, 9, 0).atZone(WorkingDayCalendar.ZONE).toInstant()));
    var letter = DirectiveDriver.letter(NUMBER, "2023-03-07", "thanhpho", DirectiveDriver.items(
        DirectiveDriver.item("1", "Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028", "2023-05-31",
            List.of("thachthat", "quocoai"))));
    EngineActions.as(engine, "vanphong", () -> engine.getRuntimeService().startProcessInstanceByKey(Directive.KEY,
        letter));
    DirectiveDriver d = new DirectiveDriver(engine, NUMBER);
    d.runJobs();
    ProcessInstance thachthat = d.duty("thachthat", "1");
    Task report = d.task(thachthat, DirectiveDuty.Elements.REPORT);

    Browser recipient = browsers.open(port, "en-US");
    recipient.logIn("tasklist", "thachthat.ldld", TasklistBrowserTest.PASSWORD);
    Tasklist.openTask(recipient, report.getId());
    Tasklist.claim(recipient, engine, report.getId());
    recipient.waitForText(By.id("context-item"), "1. Đại hội Công đoàn cơ sở");
    assertThat(recipient.driver.findElement(By.id("context-deadline")).getText()).isEqualTo("31/05/2023");
    recipient.click(By.id("progress-DONE"));
    recipient.visible(By.id(DirectiveDuty.Vars.COMPLETED_ON.name())).sendKeys("19/05/2023");
    recipient.driver.findElement(By.id(DirectiveDuty.Vars.EVIDENCE.name())).sendKeys(EVIDENCE);
    byte[] minutes = TasklistBrowserTest.Attachments.pdf(50_000);
    String fileName = "Biên bản Đại hội CĐCS Thạch Thất.pdf";
    recipient.driver.findElement(By.id("evidenceFileInput"))
        .sendKeys(TasklistBrowserTest.Attachments.write(fileName, minutes).toString());
    recipient.waitForText(By.id("evidenceFileInput-chosen"), fileName);
    recipient.fullScreenshot("directive-01-report-done-with-file");
    Tasklist.assertVietnamese(recipient);
    Tasklist.complete(recipient);
    recipient.waitFor(drv -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(thachthat.getId()).singleResult() == null);

    FileValue stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(thachthat.getId()).variableName(DirectiveDuty.Vars.EVIDENCE_FILE.name()).singleResult()
        .getTypedValue() instanceof FileValue file ? file : null;
    assertThat(stored).isNotNull();
    assertThat(stored.getFilename()).isEqualTo(fileName);
    try (InputStream in = stored.getValue()) {
      assertThat(in.readAllBytes()).isEqualTo(minutes);
    }

    Browser issuer = browsers.open(port, "en-US");
    issuer.logIn("tasklist", "vanphong", TasklistBrowserTest.PASSWORD);
    issuer.open("/bao-cao/chi-dao?so=" + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8) + "&nam=2023");
    issuer.waitForText(By.tagName("body"), "Liên đoàn Lao động huyện Thạch Thất");
    String page = issuer.bodyText();
    assertThat(page).contains("Tiến độ thực hiện văn bản chỉ đạo", "1. Đại hội Công đoàn cơ sở", "Đúng hạn",
        "Liên đoàn Lao động huyện Quốc Oai", "Đã tổ chức Đại hội 15/15");
    issuer.fullScreenshot("directive-02-issuer-matrix-page");
    assertThat(RestCaller.demo(port, "quocoai.ldld").get("/api/reports/directive/matrix?documentNumber="
        + URLEncoder.encode(NUMBER, StandardCharsets.UTF_8)).json().get("rows")).hasSize(1);
  }
}
