package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SmtpGate;

/**
 * During a mail outage the log says, per failed attempt, one line: which mail, for which matter, why, and what
 * happens next. The stack trace is not logged; it stays with the delivery and its incident in Cockpit.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailFailureLogTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  Notifications notifications;

  final SmtpGate smtp = NotificationTestServers.smtpGate();

  @AfterEach
  void serverWorksAgain() {
    smtp.forward();
  }

  @Test
  void everyFailedAttemptIsOneLineWithTheMatterAndTheCauseAndTheIncidentKeepsTheDetail(CapturedOutput output)
      throws Exception {
    String key = "mail-failure-log-test.9701";
    notifications.requestMail(MailRequest.of("task-created", key, List.of("dongda@congdoanhanoi.org.vn",
            "dongda.ldld@demo.phoihop.example"), "Công việc mới: Đề xuất tổ chức Lễ ký kết (9701/LĐLĐ)",
        Map.of("addressees", List.of("Ban Thường vụ LĐLĐ quận Đống Đa"), "taskName", "Đề xuất tổ chức Lễ ký kết",
            "taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=9701")));
    NotificationJobs jobs = new NotificationJobs(engine);
    ProcessInstance mail = jobs.mail(key);
    smtp.refuse();

    for (int attempt = 1; attempt <= 3; attempt++) {
      int before = output.getAll().length();
      assertThat(jobs.deliver(mail)).as("attempt %s fails", attempt).isPresent();
      List<String> lines = Arrays.stream(output.getAll().substring(before).split("\\R"))
          .filter(line -> !line.isBlank()).toList();
      assertThat(lines).as("log of attempt %s", attempt).hasSize(1);
      assertThat(lines.get(0))
          .contains(attempt < 3 ? "WARN" : "ERROR")
          .contains("Không gửi được thư 'Công việc mới: Đề xuất tổ chức Lễ ký kết (9701/LĐLĐ)' (" + key + ")")
          .contains("421")
          .contains(attempt < 3 ? "lần thử " + attempt + "/3; thử lại sau 5 phút" : "hết lượt thử; sự cố trong Cockpit");
    }
    assertThat(smtp.refusedConnections()).isEqualTo(3);

    // The tries are spent: the mail left the outbox for a notification-mail instance that shows the incident.
    mail = jobs.mail(key);
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(mail.getId())
        .singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(NotificationMail.Elements.SEND);
    assertThat(incident.getIncidentMessage()).contains("Không gửi được thư", "9701/LĐLĐ", "421",
        "bấm Thử lại trong Cockpit");
    ExternalTask task = jobs.task(mail);
    assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(task.getId()))
        .contains("MailNotSentException").contains("\tat ");

    // "Thử lại" in Cockpit once the server works: the mail goes out, once per recipient.
    smtp.forward();
    engine.getExternalTaskService().setRetries(task.getId(), 1);
    assertThat(jobs.deliver(mail)).isEmpty();
    assertThat(ReceivedMail.withMessageId(ReceivedMail.messageIdOf(key)).copies()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(mail.getId()).count()).isZero();
  }
}
