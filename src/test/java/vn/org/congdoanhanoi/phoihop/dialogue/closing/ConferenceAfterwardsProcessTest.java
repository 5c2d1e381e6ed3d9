package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswerSheets;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.PetitionChange;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;

/**
 * The conference's last part, from the join to {@code EndEvent_ConferenceClosed}: the answers mailed to the unions in
 * batches (a union without petitions gets none, a rolled-back batch queues nothing and its retry each mail once), the
 * numbered report issued once, the petitions closed with their trail.
 */
@PostgresIntegrationTest
class ConferenceAfterwardsProcessTest {

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
  PlatformTransactionManager transactions;

  AfterwardsDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new AfterwardsDriver(engine, petitions, consolidation, jdbc, clock, answerSheets);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fromTheJoinTheUnionsGetTheirAnswersOnceTheReportIsIssuedAndThePetitionsClose() {
    AfterwardsDriver.Collected collected = driver.collected("9601/KH-LĐLĐ", "2023-06-07");
    ProcessInstance conference = collected.conference();
    assertThat(conference).hasPassed(Elements.PREPARE_ANSWER_SHEETS).isWaitingAt(Elements.AWAIT_CONFERENCE);
    driver.answerAll(conference, collected.plan());
    driver.answerAtConference(collected.detninhhiep(), "Chủ tịch UBND huyện trả lời trực tiếp tại Hội nghị.");
    driver.recordConference(conference, "2023-06-07");

    // A batch whose transaction is rolled back queues no mail and counts no union: its retry sends each mail once.
    String mailPrefix = UnionAnswerMails.key(conference.getId(), "");
    Job batch = engine.getManagementService().createJobQuery().processInstanceId(conference.getId())
        .activityId(Elements.SEND_ANSWERS_TO_UNIONS).singleResult();
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      engine.getManagementService().executeJob(batch.getId());
      assertThat(new NotificationJobs(engine).mails(mailPrefix)).isNotEmpty();
      tx.setRollbackOnly();
    });
    assertThat(new NotificationJobs(engine).mails(mailPrefix)).isEmpty();
    assertThat(conference).isWaitingAt(Elements.SEND_ANSWERS_TO_UNIONS);

    vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver.runJobs(engine, conference);
    assertThat(conference).isEnded().hasPassed(Elements.NEXT_ANSWERS_BATCH, Elements.SEND_ANSWERS_TO_UNIONS,
        Elements.ALL_UNIONS_ANSWERED, Elements.ISSUE_REPORT, Elements.CLOSE_PETITIONS, Elements.END);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(conference.getId())
        .activityId(Elements.SEND_ANSWERS_TO_UNIONS).count()).as("Gia Lâm's 7 unions in batches of 4").isEqualTo(2);
    assertThat(new NotificationJobs(engine).mails(mailPrefix)).extracting(ProcessInstance::getBusinessKey)
        .as("one mail per union that sent petitions, none for the others")
        .containsExactlyInAnyOrder(mailPrefix + AfterwardsDriver.DIENLUC, mailPrefix + AfterwardsDriver.MAYPHUTHI,
            mailPrefix + AfterwardsDriver.DETNINHHIEP);

    Map<String, Object> variables = historicVariables(conference);
    assertThat((String) variables.get(Afterwards.Vars.REPORT_NUMBER.name())).matches("\\d+/BC-LĐLĐ");
    assertThat(variables.get(Afterwards.Vars.UNIONS_ANSWERED.name())).isEqualTo(7);

    PlanId plan = collected.plan();
    assertThat(petitions.find(plan, collected.duplicate()).orElseThrow().state()).isEqualTo(PetitionState.MERGED);
    for (long id : List.of(collected.dienluc(), collected.mayphuthi(), collected.detninhhiep())) {
      assertThat(petitions.find(plan, id).orElseThrow().state()).isEqualTo(PetitionState.CLOSED);
      List<PetitionChange> trail = consolidation.trail(id);
      assertThat(trail.get(trail.size() - 1).kind()).isEqualTo(ChangeKind.CLOSE);
    }
    assertThat(consolidation.trail(collected.detninhhiep()).get(consolidation.trail(collected.detninhhiep()).size()
        - 1).detail()).contains("Đã trả lời tại Hội nghị");
  }

  Map<String, Object> historicVariables(ProcessInstance conference) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(conference.getId())
        .list().stream().filter(v -> v.getValue() != null)
        .collect(java.util.stream.Collectors.toMap(HistoricVariableInstance::getName,
            HistoricVariableInstance::getValue, (a, b) -> a));
  }
}
