package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.models.RepositoryFiles;

/**
 * Mails and webhooks keep their history for PHOIHOP_NOTIFICATION_HISTORY_DAYS (30 by default), the business
 * processes for PHOIHOP_HISTORY_TTL (ten years); the mail delivery ledger forgets the mails whose history is gone.
 */
@PostgresIntegrationTest
class NotificationHistoryTest {

  private static final long BUSINESS_DAYS = 3650;

  @Autowired
  ProcessEngine engine;

  @Autowired
  Notifications notifications;

  @Autowired
  NotificationHistory history;

  @Autowired
  MailDeliveryLedger ledger;

  @Autowired
  MailOutbox outbox;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aSentMailIsRemovedThirtyDaysAfterItWasSentOnTheEngineClock() {
    Instant sentAt = Instant.parse("2031-03-10T03:15:00Z");
    ClockUtil.setCurrentTime(Date.from(sentAt));
    String key = request("notification-history-test.ttl");
    new NotificationJobs(engine).sendMail(key);
    assertThat(jdbc.queryForObject("select sent_at from notification_mail_outbox where mail_key = ?",
        java.sql.Timestamp.class, key).toInstant()).isEqualTo(sentAt);

    purgeAsOn(sentAt.plus(Duration.ofDays(30)).minusSeconds(1));
    assertThat(outboxRows(key)).as("kept for thirty days").isEqualTo(1);
    purgeAsOn(sentAt.plus(Duration.ofDays(30)).plusSeconds(1));
    assertThat(outboxRows(key)).as("gone after thirty days").isZero();
  }

  @Test
  void onlyTheNotificationProcessesHaveTheShortTimeTheBusinessProcessesKeepTheirs() throws java.io.IOException {
    assertThat(history.days()).isEqualTo(30);
    // The product's processes, as deployed from bpmn/ (tests deploy processes of their own with other times).
    Set<String> productModels = RepositoryFiles.under(RepositoryFiles.MODELS, ".bpmn").stream()
        .map(model -> model.getFileName().toString()).collect(Collectors.toSet());
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      if (!productModels.contains(Path.of(definition.getResourceName()).getFileName().toString())) {
        continue;
      }
      boolean notification = NotificationHistory.PROCESS_KEYS.contains(definition.getKey());
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
          .isEqualTo(notification ? 30 : (int) BUSINESS_DAYS);
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKeyIn("signing-campaign", "unit-signing").count()).isPositive();
  }

  @Test
  void aVersionStoredWithAnotherTimeIsBroughtBackAtStartAndItsEndedMailsAreRecalculated() {
    ProcessDefinition mail = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(NotificationMail.KEY).latestVersion().singleResult();
    engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(mail.getId(), (int) BUSINESS_DAYS);
    List<String> batches = batchIds();
    boolean endedMails = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionId(mail.getId()).finished().count() > 0;

    history.postProcessEngineBuild(engine); // what every start does

    assertThat(engine.getRepositoryService().getProcessDefinition(mail.getId()).getHistoryTimeToLive())
        .isEqualTo(30);
    List<String> created = batchIds().stream().filter(id -> !batches.contains(id)).toList();
    assertThat(created).hasSize(endedMails ? 1 : 0);
    assertThat(history.apply(engine)).isZero();
    // Its jobs would only run with the job executor, which the tests drive themselves.
    created.forEach(id -> engine.getManagementService().deleteBatch(id, true));
  }

  @Test
  void theDeliveryLedgerForgetsAMailOnlyOnceItsHistoryIsGone() {
    Instant sentAt = Instant.parse("2031-03-11T03:15:00Z");
    ClockUtil.setCurrentTime(Date.from(sentAt));
    String key = request("notification-history-test.ledger");
    jdbc.update("insert into notification_mail_delivery (mail_key, recipient, state, attempts, last_attempt_at) "
        + "values (?, ?, 'SENT', 1, current_timestamp)", "notification-history-test.gone", "gone@example.org");

    ledger.purgeRemovedMails();
    assertThat(rows("notification-history-test.gone")).as("no mail, no instance: forgotten").isZero();

    new NotificationJobs(engine).sendMail(key);
    assertThat(rows(key)).isEqualTo(2);
    ledger.purgeRemovedMails();
    assertThat(rows(key)).as("kept with the sent mail").isEqualTo(2);

    // What the hourly purge does once the mail's thirty days have passed.
    purgeAsOn(sentAt.plus(Duration.ofDays(31)));
    ledger.purgeRemovedMails();
    assertThat(rows(key)).isZero();
  }

  private String request(String key) {
    notifications.requestMail(MailRequest.of("task-created", key, List.of("hoaiduc@congdoanhanoi.org.vn",
            "hoaiduc.ldld@demo.phoihop.example"), "Công việc mới: Đề xuất tổ chức Lễ ký kết (9811/LĐLĐ)",
        Map.of("addressees", List.of("Ban Thường vụ LĐLĐ huyện Hoài Đức"), "taskName", "Đề xuất tổ chức Lễ ký kết",
            "taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=9811")));
    return key;
  }

  private List<String> batchIds() {
    return engine.getManagementService().createBatchQuery().list().stream().map(b -> b.getId()).toList();
  }

  /** What the hourly purge (MailLedgerPurge) does to the outbox on that day: mails done 30 days before go. */
  private void purgeAsOn(Instant day) {
    outbox.purgeDoneBefore(day.minus(Duration.ofDays(30)));
  }

  private int outboxRows(String key) {
    return jdbc.queryForObject("select count(*) from notification_mail_outbox where mail_key = ?", Integer.class, key);
  }

  private int rows(String key) {
    return jdbc.queryForObject("select count(*) from notification_mail_delivery where mail_key = ?", Integer.class,
        key);
  }
}
