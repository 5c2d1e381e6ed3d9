package vn.org.congdoanhanoi.phoihop.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SmtpGate;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWorker;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;

/**
 * Benchmark, not a test of timing: the delay of process jobs (from a job's creation to the start of its step) while
 * every process instance also asks for a mail, once with a working SMTP server and once with one that accepts
 * connections and never answers. It reports median, p95 and maximum of both and their ratio (the goal: p95 under a
 * hanging server within 2x of normal) on standard output and in target/benchmark/notification-isolation.txt; it
 * asserts only that all the work was done.
 *
 * <p>Not part of the test suite (its name does not end in Test); run it with
 * {@code mvn test-compile surefire:test@default-test -Dtest=NotificationIsolationBenchmark}.
 */
@PostgresIntegrationTest
class NotificationIsolationBenchmark {

  static final String PROBE = "notification-isolation-benchmark";
  static final int INSTANCES = 60;
  static final Duration START_INTERVAL = Duration.ofMillis(250);

  @Autowired
  ProcessEngine engine;

  @Autowired
  Notifications notifications;

  @Autowired
  NotificationWorker worker;

  final SmtpGate smtp = NotificationTestServers.smtpGate();

  @Test
  void processJobDelayWithAWorkingAndWithAHangingSmtpServer() throws Exception {
    Deployment deployment = engine.getRepositoryService().createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn", probe()).deploy();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(deployment.getId()).singleResult().getId();
    try {
      smtp.forward();
      Stats normal = run("normal", definition);
      smtp.hang();
      Stats hanging = run("hanging", definition);
      String report = String.format(Locale.ROOT, """
          Process job delay (job created -> step started), %d instances x 2 asynchronous steps, one mail each
            working SMTP server : median %5d ms   p95 %5d ms   max %5d ms
            hanging SMTP server : median %5d ms   p95 %5d ms   max %5d ms   (mails stuck at the end: %d)
            p95 hanging / normal: %.2f  (goal: at most 2.00)
          """, INSTANCES, normal.median, normal.p95, normal.max, hanging.median, hanging.p95, hanging.max,
          hanging.stuckMails, (double) Math.max(hanging.p95, 1) / Math.max(normal.p95, 1));
      System.out.println(report);
      Path file = Path.of("target", "benchmark", "notification-isolation.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
    } finally {
      smtp.forward();
      worker.stop();
      executor().shutdown();
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(PROBE + "%").list()
          .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "benchmark finished"));
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  record Stats(long median, long p95, long max, long stuckMails) {}

  private Stats run(String scenario, String definition) throws InterruptedException, IOException {
    executor().start();
    worker.start();
    Set<String> instances = new HashSet<>();
    try {
      for (int i = 0; i < INSTANCES; i++) {
        String key = PROBE + "." + scenario + "." + i;
        notifications.requestMail(MailRequest.of("task-created", key, List.of("hoankiem@congdoanhanoi.org.vn"),
            "Công việc mới: Đo độ trễ (" + key + ")", Map.of("addressees", List.of("Ban Thường vụ LĐLĐ quận Hoàn Kiếm"),
                "taskName", "Đo độ trễ", "taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + i)));
        instances.add(engine.getRuntimeService().startProcessInstanceById(definition, key).getId());
        Thread.sleep(START_INTERVAL.toMillis());
      }
      Instant until = Instant.now().plus(Duration.ofMinutes(5));
      while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).count() > 0) {
        assertThat(Instant.now()).as("%s: every probe instance ended", scenario).isBefore(until);
        Thread.sleep(100);
      }
    } finally {
      worker.stop();
      executor().shutdown();
    }
    long stuck = new NotificationJobs(engine).mails(PROBE + "." + scenario + ".").size();
    return stats(delays(definition, instances), stuck);
  }

  /** Per job: its creation (job log) to the start of the step it runs (activity instance), engine timestamps. */
  private List<Long> delays(String definition, Set<String> instances) {
    Map<String, Long> started = new HashMap<>();
    for (HistoricActivityInstance step : engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processDefinitionId(definition).activityType("serviceTask").list()) {
      if (instances.contains(step.getProcessInstanceId())) {
        started.put(step.getProcessInstanceId() + "/" + step.getActivityId(), step.getStartTime().getTime());
      }
    }
    List<Long> delays = new ArrayList<>();
    for (HistoricJobLog created : engine.getHistoryService().createHistoricJobLogQuery()
        .processDefinitionId(definition).creationLog().list()) {
      Long start = started.get(created.getProcessInstanceId() + "/" + created.getActivityId());
      if (start != null) {
        delays.add(Math.max(0, start - created.getTimestamp().getTime()));
      }
    }
    assertThat(delays).hasSize(INSTANCES * 2);
    return delays;
  }

  private static Stats stats(List<Long> delays, long stuck) {
    List<Long> sorted = delays.stream().sorted().toList();
    return new Stats(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
        sorted.get(sorted.size() - 1), stuck);
  }

  private static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess(PROBE).name("Đo độ trễ tác vụ nền")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("ServiceTask_First").camundaAsyncBefore().camundaExpression("${true}")
        .serviceTask("ServiceTask_Second").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
  }

  private org.camunda.bpm.engine.impl.jobexecutor.JobExecutor executor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }
}
