package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionFilter;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;

/**
 * A grassroots union sends its petitions in Tasklist: one task "Gửi kiến nghị", two petitions added in the form,
 * each with its topic, the first with a file (a program is refused when chosen); while one has no text the form
 * cannot be completed. Screenshots: target/screenshots/.
 */
@PostgresIntegrationTest
class DialoguePetitionsBrowserTest {

  static final String NUMBER = "9526/KH-LĐLĐ";
  static final String HOUSING = "Đề nghị UBND huyện bố trí quỹ đất xây nhà ở xã hội cho công nhân ngành điện";
  static final String MINUTES = "Biên bản họp tổ công đoàn.pdf";
  static final byte[] SCAN = TasklistBrowserTest.Attachments.scan(40_000);
  static final String KINDERGARTEN = "Đề nghị mở thêm nhóm trẻ công lập gần Cụm công nghiệp Phú Thị";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Petitions petitions;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aUnionSendsTwoPetitionsInItsOneTaskOneWithAFile() throws Exception {
    DialogueDriver.clockAt("2023-04-24T09:00");
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
        DialogueConference.Vars.GRASSROOTS_UNITS.putInto(DialogueDriver.plan(NUMBER),
            List.of(DialogueDriver.UNION_USER_UNION)));
    DialogueDriver.runJobs(engine, conference);
    // The union's follow-up (deadline-follow-up) carries the same business key.
    ProcessInstance union = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(NUMBER, DialogueDriver.UNION_USER_UNION))
        .singleResult();
    Task send = DialogueDriver.task(engine, union, UnionPetitions.Elements.SEND_PETITIONS);

    Browser browser = browsers.open(port, "vi-VN");
    browser.logIn("tasklist", DialogueDriver.UNION_USER, RestCaller.DEMO_PASSWORD);
    Tasklist.openTask(browser, send.getId());
    Tasklist.claim(browser, engine, send.getId());
    browser.waitForText(By.id("context-planNumber"), NUMBER);
    browser.waitForText(By.id("context-deadline"), "10/05/2023");

    new Select(browser.visible(By.id("topic-1"))).selectByVisibleText(PetitionTopic.LIVING_JOBS_POLICY.label());
    browser.driver.findElement(By.id("text-1")).sendKeys(HOUSING);
    // A program is refused as soon as it is chosen; the minutes of the union's meeting are attached.
    browser.driver.findElement(By.id("files-1")).sendKeys(TasklistBrowserTest.Attachments.write("cai-dat.exe",
        new byte[] {'M', 'Z', 0, 0}).toString());
    browser.waitForText(By.id("files-error-1"), "có thể chứa mã độc");
    browser.driver.findElement(By.id("files-1")).sendKeys(TasklistBrowserTest.Attachments.write(MINUTES, SCAN)
        .toString());
    browser.waitForText(By.id("files-list-1"), MINUTES);
    browser.click(By.id("add-petition"));
    new Select(browser.visible(By.id("topic-2"))).selectByVisibleText(
        PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.label());
    browser.fullScreenshot("dialogue-01-petitions-without-second-text");
    // The second petition has no text yet: Tasklist keeps "Hoàn thành" disabled and the task stays.
    browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return Array.from(document.querySelectorAll("
        + "'.form-actions button.btn-primary')).some(b => b.offsetParent !== null && b.disabled);")));
    assertThat(engine.getTaskService().createTaskQuery().taskId(send.getId()).count()).isOne();

    browser.driver.findElement(By.id("text-2")).sendKeys(KINDERGARTEN);
    browser.fullScreenshot("dialogue-02-petitions-filled");
    Tasklist.assertVietnamese(browser);
    Tasklist.complete(browser);

    browser.waitFor(d -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(union.getId())
        .count() == 0);
    List<Petition> stored = petitions.page(new PetitionFilter(new PlanId(DialogueDriver.DISTRICT, 2023, NUMBER), null,
        DialogueDriver.UNION_USER_UNION, null, null), 0, 10).items();
    assertThat(stored).extracting(Petition::text).containsExactly(HOUSING, KINDERGARTEN);
    assertThat(stored).extracting(Petition::topic).containsExactly(PetitionTopic.LIVING_JOBS_POLICY,
        PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH);
    assertThat(stored).extracting(Petition::channel).containsOnly(PetitionChannel.TASKLIST);
    assertThat(stored.get(0).attachments()).extracting(Petition.PetitionFile::fileName).containsExactly(MINUTES);
    assertThat(stored.get(1).attachments()).isEmpty();
    assertThat(petitions.file(stored.get(0).id(), stored.get(0).attachments().get(0).id()).orElseThrow().content())
        .isEqualTo(SCAN);
    engine.getRuntimeService().deleteProcessInstance(conference.getId(), "test finished");
  }
}
