package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SmtpGate;
import vn.org.congdoanhanoi.phoihop.followup.TaskCreatedNotifier;

/**
 * An SMTP server that accepts connections and never answers must not hold up process work: with every mail stuck
 * on it, timers and asynchronous steps of processes still run to their end, before any stuck mail attempt has even
 * given up; the stuck mails are neither lost nor sent.
 */
@PostgresIntegrationTest
class HangingMailServerTest {

  static final String PROBE = "hanging-mail-probe";
  static final String KEY_PREFIX = "hanging-mail-test.";

  @Autowired
  ProcessEngine engine;

  @Autowired
  Notifications notifications;

  @Autowired
  NotificationWorker worker;

  final SmtpGate smtp = NotificationTestServers.smtpGate();
  Deployment probe;

  @BeforeEach
  void deployProbe() {
    probe = engine.getRepositoryService().createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn", probeProcess()).deploy();
  }

  @AfterEach
  void cleanUp() {
    smtp.forward();
    background().stop();
    new NotificationJobs(engine).discardMails(KEY_PREFIX);
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(KEY_PREFIX + "%").list()
        .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "test finished"));
    engine.getRepositoryService().deleteDeployment(probe.getId(), true);
  }

  @Test
  void timersAndAsynchronousStepsRunToTheirEndWhileEveryMailHangsOnTheServer() {
    smtp.hang();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String key = KEY_PREFIX + i;
      keys.add(key);
      notifications.requestMail(testMail(key, "hoankiem@congdoanhanoi.org.vn"));
    }
    background().start();
    waitFor("a mail is stuck on the hanging server", () -> smtp.heldConnections() > 0);

    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      probes.add(engine.getRuntimeService().startProcessInstanceByKey(PROBE, KEY_PREFIX + "probe-" + i).getId());
    }
    waitFor("every probe process ended", () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(new java.util.HashSet<>(probes)).count() == 0);

    assertThat(smtp.abandonedConnections()).as("mail attempts that gave up before the process work was done")
        .isZero();
    assertThat(smtp.heldConnections()).as("mails still stuck when the process work was done").isPositive();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Timer_Probe")
        .processDefinitionId(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(probe.getId())
            .singleResult().getId()).finished().count()).isEqualTo(10);
    for (String key : keys) {
      assertThat(ReceivedMail.withMessageId(ReceivedMail.messageIdOf(key)).copies()).as("stuck mail %s", key).isZero();
    }
    assertThat(new NotificationJobs(engine).mails(KEY_PREFIX)).as("stuck mails are kept").hasSize(12);
  }

  /** A task mail as {@link TaskCreatedNotifier} asks for one. */
  static MailRequest testMail(String key, String... to) {
    return MailRequest.of("task-created", key, List.of(to), "Công việc mới: Thư thử (" + key + ")",
        Map.of("addressees", List.of("Ban Thường vụ LĐLĐ quận Hoàn Kiếm"), "taskName", "Thư thử",
            "taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + key));
  }

  /** Start, a timer already due (its date is in the past), two asynchronous steps, end. */
  static BpmnModelInstance probeProcess() {
    return Bpmn.createExecutableProcess(PROBE).name("Quy trình thử")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("Timer_Probe").timerWithDate("2022-01-03T08:00:00")
        .serviceTask("ServiceTask_ProbeFirst").camundaAsyncBefore().camundaExpression("${true}")
        .serviceTask("ServiceTask_ProbeSecond").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
  }

  private BackgroundWork background() {
    return new BackgroundWork(engine, worker);
  }

  private static void waitFor(String what, BooleanSupplier condition) {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(until);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** What runs in the background of a production node: Camunda's job executor and the notification worker. */
  record BackgroundWork(ProcessEngine engine, NotificationWorker worker) {
    void start() {
      executor().start();
      worker.start();
    }

    void stop() {
      worker.stop();
      executor().shutdown();
    }

    private JobExecutor executor() {
      return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
  }
}
