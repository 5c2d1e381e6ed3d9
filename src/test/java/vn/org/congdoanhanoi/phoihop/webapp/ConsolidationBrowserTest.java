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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;

/**
 * The district federation consolidates in Tasklist ("Tổng hợp kiến nghị của các công đoàn cơ sở"): it merges two
 * unions' petitions about the same housing problem into one, assigns the rest of the page in bulk to the default
 * department of each topic, and sees the merged petition linked to the kept one. Screenshots: target/screenshots/.
 */
@PostgresIntegrationTest
class ConsolidationBrowserTest {

  static final String NUMBER = "9736/KH-LĐLĐ";
  static final String MAYPHUTHI = "gl-mayphuthi";

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
  void theFederationMergesTwoDuplicatesAndAssignsTheRestInBulk() {
    DialogueDriver.clockAt("2023-04-24T09:00");
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
        DialogueConference.Vars.GRASSROOTS_UNITS.putInto(DialogueDriver.plan(NUMBER),
            List.of(DialogueDriver.UNION_USER_UNION, MAYPHUTHI)));
    DialogueDriver.runJobs(engine, conference);
    long kept = send(DialogueDriver.UNION_USER_UNION, PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH,
        "Đề nghị UBND huyện bố trí quỹ đất xây nhà ở xã hội cho công nhân");
    long duplicate = send(MAYPHUTHI, PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH,
        "Đề nghị xây nhà ở xã hội cho công nhân Cụm công nghiệp Phú Thị");
    long wages = send(MAYPHUTHI, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị kiểm tra việc trả lương làm thêm giờ tại các doanh nghiệp");
    DialogueDriver.clockAt("2023-05-11T00:00");
    DialogueDriver.fireTimer(engine, conference, DialogueConference.Elements.PETITION_DEADLINE);
    Task consolidate = DialogueDriver.task(engine, conference, DialogueConference.Elements.CONSOLIDATE);

    Browser browser = browsers.open(port, "vi-VN");
    browser.logIn("tasklist", DialogueDriver.FEDERATION_USER, RestCaller.DEMO_PASSWORD);
    Tasklist.openTask(browser, consolidate.getId());
    Tasklist.claim(browser, engine, consolidate.getId());
    browser.waitForText(By.id("context-planNumber"), NUMBER);
    browser.waitForText(By.id("paging"), "tổng 3 kiến nghị");

    // Merge: the two housing petitions, keeping the first union's.
    browser.click(By.id("select-" + kept));
    browser.click(By.id("select-" + duplicate));
    browser.click(By.id("start-merge"));
    browser.click(browser.visible(By.id("keep-" + kept)));
    browser.fullScreenshot("consolidation-01-merge");
    browser.click(By.id("do-merge"));
    browser.waitForText(By.id("merged-into-" + duplicate), "Đã gộp vào kiến nghị số " + kept);

    // Assign the rest of the page in bulk, each to its topic's default department.
    browser.click(By.id("select-page"));
    browser.waitForText(By.id("selected-count"), "Đã chọn 2 kiến nghị");
    browser.click(By.id("start-assign"));
    browser.click(browser.visible(By.id("do-assign")));
    browser.waitForText(By.id("message"), "Đã giao 2 kiến nghị");
    browser.waitForText(By.id("petition-" + wages), "Phòng Lao động");
    browser.fullScreenshot("consolidation-02-assigned");
    assertThat(browser.driver.findElement(By.id("merged-into-" + duplicate)).getText())
        .isEqualTo("Đã gộp vào kiến nghị số " + kept);
    Tasklist.assertVietnamese(browser);

    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, NUMBER);
    Petition merged = petitions.find(plan, duplicate).orElseThrow();
    assertThat(merged.state()).isEqualTo(PetitionState.MERGED);
    assertThat(merged.mergedInto()).isEqualTo(kept);
    assertThat(petitions.find(plan, kept).orElseThrow().departmentCode()).isEqualTo("gl-qldt");
    assertThat(petitions.find(plan, wages).orElseThrow().departmentCode()).isEqualTo("gl-ldtbxh");
    assertThat(petitions.find(plan, wages).orElseThrow().state()).isEqualTo(PetitionState.ASSIGNED);

    Tasklist.complete(browser);
    browser.waitFor(d -> engine.getTaskService().createTaskQuery().taskId(consolidate.getId()).count() == 0);
    engine.getRuntimeService().deleteProcessInstance(conference.getId(), "test finished");
  }

  /** A union's petition sent for it by the district federation over REST; its id. */
  long send(String union, PetitionTopic topic, String text) {
    RestCaller.Response sent = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(NUMBER, union, topic.name(), text));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json().get("id").asLong();
  }
}
