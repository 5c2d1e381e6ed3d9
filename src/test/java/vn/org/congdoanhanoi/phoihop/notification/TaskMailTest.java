package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.TaskCreatedNotifier;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** Every new user task is mailed, in Vietnamese, to the unit's mailbox and its people, with a link that opens it. */
@PostgresIntegrationTest
class TaskMailTest {

  @Autowired
  ProcessEngine engine;

  @LocalServerPort
  int port;

  @Test
  void aNewTaskReachesTheUnitMailboxAndItsPeopleOverSmtpWithALinkThatOpensIt() throws Exception {
    String number = "9601/LĐLĐ";
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(number, List.of("hoankiem")));
    ProcessInstance campaign = d.campaign();
    Task proposal = d.task(d.unit("hoankiem"), UnitSigning.Elements.PROPOSAL);
    assertThat(proposal.getDueDate()).isNotNull();
    assertThat(proposal.getFollowUpDate()).isNotNull().isBeforeOrEqualTo(proposal.getDueDate());

    NotificationJobs jobs = new NotificationJobs(engine);
    String messageId = jobs.sendMail(TaskCreatedNotifier.idempotencyKey(proposal.getId()));

    ReceivedMail mail = ReceivedMail.withMessageId(messageId);
    assertThat(mail.recipients()).containsExactlyInAnyOrder("hoankiem@congdoanhanoi.org.vn",
        "hoankiem.ldld@demo.phoihop.example");
    assertThat(mail.copies()).isEqualTo(2);
    assertThat(mail.subject()).isEqualTo("Công việc mới: Đề xuất tổ chức Lễ ký kết (9601/LĐLĐ)");
    assertThat(mail.first().getHeader(MailDelivery.IDEMPOTENCY_HEADER)[0])
        .isEqualTo(TaskCreatedNotifier.idempotencyKey(proposal.getId()));
    String due = MailFormats.date(proposal.getDueDate());
    String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + proposal.getId();
    assertThat(mail.contentType("text/plain")).containsIgnoringCase("charset=UTF-8");
    assertThat(mail.text())
        .contains("Kính gửi: Ban Thường vụ Liên đoàn Lao động quận Hoàn Kiếm")
        .contains("Công việc: Đề xuất tổ chức Lễ ký kết")
        .contains("Văn bản: 9601/LĐLĐ – V/v tổ chức Lễ ký Quy chế phối hợp công tác giai đoạn 2022-2025")
        .contains("Đơn vị: Liên đoàn Lao động quận Hoàn Kiếm")
        .contains("Hạn xử lý: " + due)
        .contains(link);
    assertThat(due).matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(mail.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"")
        .contains("Hạn xử lý").contains(due).contains("Ký kết Quy chế phối hợp của đơn vị");

    // The link works: the page is Tasklist, and the task it names is there for the unit's people.
    assertThat(RestCaller.anonymous(port).get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    String taskId = link.substring(link.indexOf("?task=") + 6);
    RestCaller.Response task = RestCaller.demo(port, "hoankiem.ldld").get("/engine-rest/task/" + taskId);
    assertThat(task.status()).isEqualTo(200);
    assertThat(task.json().get("name").asText()).isEqualTo("Đề xuất tổ chức Lễ ký kết");

    engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished");
  }
}
