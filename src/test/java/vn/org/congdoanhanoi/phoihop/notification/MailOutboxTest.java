package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SmtpGate;

/**
 * Mail at scale: a mail is a row of the outbox, queued with the step that asked for it, claimed by a worker with
 * the database deciding (FOR UPDATE SKIP LOCKED and a lease), sent in batches over one SMTP connection, each
 * recipient recorded as the server accepts it. On PostgreSQL and a real SMTP server (GreenMail behind a gate).
 *
 * <p>The engine clock stands in 2020 here: mails other test classes left queued (in the present) are not due, so
 * the workers of this class claim only its own mails.
 */
@PostgresIntegrationTest
class MailOutboxTest {

  static final Instant START = Instant.parse("2020-02-03T01:00:00Z");

  @Autowired
  Notifications notifications;

  @Autowired
  MailOutboxSender sender;

  @Autowired
  MailOutbox outbox;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Autowired
  JdbcTemplate jdbc;

  final SmtpGate smtp = NotificationTestServers.smtpGate();

  @BeforeEach
  void inTheTestsOwnTime() {
    ClockUtil.setCurrentTime(Date.from(START));
    smtp.forward();
  }

  @AfterEach
  void realClockAndServer() {
    ClockUtil.reset();
    smtp.forward();
  }

  @Test
  void aBatchOfMailsGoesOutOverOneConnectionEachRecipientOnceAndNothingTwice() {
    List<String> keys = queue("mail-outbox-test.batch.", 12);

    assertThat(sender.sendDue("worker-a")).isEqualTo(12);

    assertThat(smtp.connections()).as("one SMTP connection for the batch").isEqualTo(1);
    for (String key : keys) {
      assertThat(copies(key)).as(key).containsExactly(1, 1);
      assertThat(state(key)).isEqualTo("SENT");
    }
    assertThat(jdbc.queryForObject("select count(*) from notification_mail_delivery where mail_key like ? "
        + "and state = 'SENT'", Integer.class, "mail-outbox-test.batch.%")).isEqualTo(24);
    assertThat(sender.sendDue("worker-a")).as("nothing left to send").isZero();
    assertThat(ReceivedMail.withMessageId(ReceivedMail.messageIdOf(keys.get(0))).copies()).isEqualTo(2);
  }

  @Test
  void aMailIsQueuedOnlyIfTheStepThatAskedForItCommits() {
    String key = "mail-outbox-test.rollback";
    Command<Void> failingStep = context -> {
      notifications.requestMail(HangingMailServerTest.testMail(key, "hoankiem@congdoanhanoi.org.vn"));
      throw new IllegalStateException("the step fails after asking for the mail");
    };
    assertThatThrownBy(() -> engineConfiguration.getCommandExecutorTxRequired().execute(failingStep))
        .hasMessageContaining("the step fails");
    assertThat(outbox.waiting(key)).as("rolled back with the step").isEmpty();

    Command<Void> step = context -> {
      notifications.requestMail(HangingMailServerTest.testMail(key, "hoankiem@congdoanhanoi.org.vn"));
      return null;
    };
    engineConfiguration.getCommandExecutorTxRequired().execute(step);
    assertThat(outbox.waiting(key)).as("committed with the step").hasSize(1);
    assertThat(sender.sendDue("worker-a")).isEqualTo(1);
  }

  @Test
  void aMailTheServerRefusedWaitsForItsNextTryAndIsSentThen() {
    String key = queue("mail-outbox-test.outage.", 1).get(0);
    smtp.refuse();

    assertThat(sender.sendDue("worker-a")).isEqualTo(1);
    assertThat(copies(key)).containsExactly(0, 0);
    assertThat(jdbc.queryForObject("select attempts from notification_mail_outbox where mail_key = ?", Integer.class,
        key)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select last_error from notification_mail_outbox where mail_key = ?", String.class,
        key)).contains("421", "Không gửi được thư");

    smtp.forward();
    assertThat(sender.sendDue("worker-a")).as("the next try is in five minutes (R3/PT5M)").isZero();
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertThat(sender.sendDue("worker-a")).isEqualTo(1);
    assertThat(copies(key)).containsExactly(1, 1);
    assertThat(state(key)).isEqualTo("SENT");
  }

  @Test
  void twoWorkersAtOnceNeverSendAMailTwice() throws Exception {
    List<String> keys = queue("mail-outbox-test.race.", 30);
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> claimed = new ArrayList<>();
      for (String worker : List.of("worker-a", "worker-b")) {
        Callable<Integer> drain = () -> {
          together.await();
          int total = 0;
          for (int batch = sender.sendDue(worker, 3); batch > 0; batch = sender.sendDue(worker, 3)) {
            total += batch;
          }
          return total;
        };
        claimed.add(workers.submit(drain));
      }
      assertThat(claimed.get(0).get() + claimed.get(1).get()).as("claims in all").isEqualTo(30);
    } finally {
      workers.shutdownNow();
    }
    for (String key : keys) {
      assertThat(copies(key)).as(key).containsExactly(1, 1);
      assertThat(state(key)).isEqualTo("SENT");
    }
    assertThat(jdbc.queryForList("select distinct claims from notification_mail_outbox where mail_key like ?",
        Integer.class, "mail-outbox-test.race.%")).as("every mail claimed once").containsExactly(1);
  }

  @Test
  void aMailClaimedByANodeThatDiedIsSentByAnotherOnceTheLeaseRanOutOnlyToWhoDidNotGetIt() {
    String key = queue("mail-outbox-test.crash.", 1).get(0);
    // The node claimed the mail, the server took it for the first recipient, and the node died before the second.
    assertThat(outbox.claim("dead-node", 10, Duration.ofSeconds(30))).hasSize(1);
    jdbc.update("insert into notification_mail_delivery (mail_key, recipient, state, attempts, last_attempt_at, "
        + "sent_at) values (?, ?, 'SENT', 1, ?, ?)", key, RECIPIENTS.get(0), java.sql.Timestamp.from(START),
        java.sql.Timestamp.from(START));

    assertThat(sender.sendDue("restarted-node")).as("still under the dead node's lease").isZero();
    ClockUtil.setCurrentTime(Date.from(START.plusSeconds(31)));
    assertThat(sender.sendDue("restarted-node")).isEqualTo(1);

    assertThat(copies(key)).as("the first recipient had it from the dead node").containsExactly(0, 1);
    assertThat(state(key)).isEqualTo("SENT");
    assertThat(jdbc.queryForObject("select claims from notification_mail_outbox where mail_key = ?", Integer.class,
        key)).isEqualTo(2);
  }

  @Test
  void aQueuedMailCommittedBeforeACrashIsSentAfterTheRestart() {
    // Committed, then the node died before any worker took it: the row is all there is, and all that is needed.
    String key = queue("mail-outbox-test.restart.", 1).get(0);
    assertThat(outbox.waiting(key)).hasSize(1);

    assertThat(sender.sendDue("restarted-node")).isEqualTo(1);
    assertThat(copies(key)).containsExactly(1, 1);
  }

  static final List<String> RECIPIENTS = List.of("thanhtri@congdoanhanoi.org.vn", "thanhtri.ldld@demo.phoihop.example");

  private List<String> queue(String prefix, int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = prefix + i;
      keys.add(key);
      notifications.requestMail(HangingMailServerTest.testMail(key, RECIPIENTS.toArray(String[]::new)));
    }
    return keys;
  }

  private static List<Integer> copies(String key) {
    return RECIPIENTS.stream().map(to -> ReceivedMail.copiesFor(ReceivedMail.messageIdOf(key), to)).toList();
  }

  private String state(String key) {
    return jdbc.queryForObject("select state from notification_mail_outbox where mail_key = ?", String.class, key);
  }
}
