package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswersDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;

/**
 * A department answers its petitions in Tasklist: one task "Trả lời kiến nghị", both petitions of its sheet selected
 * at once, one template chosen, saved (a REST call with the Tasklist login and its CSRF token), and the sheet sent to
 * the chairman's office. Screenshots: target/screenshots/.
 */
@PostgresIntegrationTest
class DepartmentAnswersBrowserTest {

  static final String NUMBER = "9765/KH-LĐLĐ";
  static final String TEMPLATE = PetitionTopic.LIVING_JOBS_POLICY.label() + ": Đưa vào kế hoạch thanh tra, kiểm tra";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Consolidation consolidation;

  @Autowired
  Petitions petitions;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDepartmentAnswersSeveralPetitionsAtOnceWithATemplate() {
    AnswersDriver.Sheet sheet = AnswersDriver.openSheet(engine, port, consolidation, NUMBER);
    ProcessInstance answers = AnswersDriver.sheetOf(engine, sheet, AnswersDriver.DEPARTMENT);
    Task task = DialogueDriver.task(engine, answers, DepartmentAnswers.Elements.ANSWER_PETITIONS);

    Browser browser = browsers.open(port, "vi-VN");
    browser.logIn("tasklist", AnswersDriver.DEPARTMENT_USER, RestCaller.DEMO_PASSWORD);
    Tasklist.openTask(browser, task.getId());
    Tasklist.claim(browser, engine, task.getId());
    browser.waitForText(By.id("context-planNumber"), NUMBER);
    browser.waitForText(By.id("context-deadline"), "18/05/2023");
    browser.waitForText(By.id("unanswered-count"), "Còn 2 kiến nghị chưa có câu trả lời");
    for (long id : sheet.petitionIds()) {
      browser.visible(By.id("petition-" + id));
    }

    browser.click(By.id("select-all"));
    new Select(browser.visible(By.id("answer-template"))).selectByVisibleText(TEMPLATE);
    browser.waitFor(d -> browser.driver.findElement(By.id("answer-text")).getAttribute("value")
        .startsWith("Phòng, ban tiếp thu kiến nghị và đưa doanh nghiệp"));
    browser.fullScreenshot("answers-01-two-petitions-one-template");
    browser.click(By.id("save-answers"));
    browser.waitForText(By.id("save-message"), "Đã lưu câu trả lời cho 2 kiến nghị.");
    browser.waitForText(By.id("unanswered-count"), "Mọi kiến nghị đã có câu trả lời");
    for (long id : sheet.petitionIds()) {
      browser.waitForText(By.id("answer-" + id), "Phòng, ban tiếp thu kiến nghị và đưa doanh nghiệp");
    }
    browser.fullScreenshot("answers-02-saved");
    Tasklist.assertVietnamese(browser);
    Tasklist.complete(browser);

    browser.waitFor(d -> engine.getTaskService().createTaskQuery().processInstanceId(answers.getId())
        .taskDefinitionKey(DepartmentAnswers.Elements.REVIEW).count() == 1);
    for (long id : sheet.petitionIds()) {
      assertThat(petitions.find(sheet.plan(), id).orElseThrow().answer()).as("written only once approved").isNull();
    }
    engine.getRuntimeService().deleteProcessInstance(sheet.conference().getId(), "test finished");
  }
}
