package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail;
import vn.org.congdoanhanoi.phoihop.records.inbox.MailIntake;
import vn.org.congdoanhanoi.phoihop.records.inbox.Outcome;

/**
 * Petitions by e-mail, end to end: a union's mail client sends over SMTP (GreenMail), the intake reads the petitions
 * mailbox over IMAP into PostgreSQL. A union's mail naming the plan becomes its petition with the files; the same
 * message twice is one petition, even past the ledger; a mail the intake cannot place waits as "Xem xét thư kiến nghị"
 * for the right federation, whose decision stores the petition or rejects the mail.
 */
@PostgresIntegrationTest
class PetitionMailIntakeTest {

  static final String NUMBER = "9520/KH-LĐLĐ";
  static final String MAILBOX = PetitionMailHandler.MAILBOX;
  /** A demo account of the city federation's office. */
  static final String CITY_OFFICE_USER = "vanphong";

  @Autowired
  ProcessEngine engine;

  @Autowired
  MailIntake intake;

  @Autowired
  PetitionMailHandler handler;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transactions;

  static boolean started;

  @BeforeEach
  void aConferenceCollectsPetitions() throws Exception {
    if (!started) {
      DialogueDriver.clockAt("2023-04-24T09:00");
      DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, DialogueDriver.plan(NUMBER));
      started = true;
    }
    DialogueDriver.clockAt("2023-05-03T08:45");
    // Messages of other tests were taken and marked; nothing is left to take before this test sends its own.
    intake.poll(MAILBOX);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aUnionsMailNamingThePlanBecomesItsPetitionWithItsFile() throws Exception {
    byte[] scan = "%PDF-1.4 biên bản hội nghị người lao động".getBytes(StandardCharsets.UTF_8);
    send(mail("<kn-9520-1@mayphuthi.example>", "CongDoan@MayPhuThi.example",
        "Kiến nghị theo kế hoạch số 9520 / kh-ldld về nhà ở", "Đề nghị huyện quy hoạch nhà ở xã hội cho công nhân.",
        "Biên bản.pdf", scan));

    intake.poll(MAILBOX);

    Map<String, Object> petition = petitionOf("<kn-9520-1@mayphuthi.example>");
    assertThat(petition.get("union_code")).isEqualTo("gl-mayphuthi");
    assertThat(petition.get("plan_number")).isEqualTo(NUMBER);
    assertThat(petition.get("topic")).isEqualTo(PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name());
    assertThat(petition.get("body")).isEqualTo("Đề nghị huyện quy hoạch nhà ở xã hội cho công nhân.");
    assertThat(petition.get("received_at").toString()).startsWith("2023-05-03 08:45");
    List<Map<String, Object>> files = jdbc.queryForList(
        "select file_name, content_type, content from dialogue_petition_attachment where petition_id = ?",
        petition.get("id"));
    assertThat(files).singleElement().satisfies(file -> {
      assertThat(file.get("file_name")).isEqualTo("Biên bản.pdf");
      assertThat(file.get("content_type")).isEqualTo("application/pdf");
      assertThat((byte[]) file.get("content")).isEqualTo(scan);
    });
  }

  @Test
  void theSameMessageTwiceIsOnePetitionEvenPastTheLedger() throws Exception {
    MimeMessage message = mail("<kn-9520-2@gombattrang.example>", "congdoan@gombattrang.example",
        "KH 9520/KH-LĐLĐ", "Đề nghị hỗ trợ việc làm cho lao động lớn tuổi.", null, null);
    send(message);
    send(message);

    intake.poll(MAILBOX);

    assertThat(count("<kn-9520-2@gombattrang.example>")).isOne();
    Map<String, Object> petition = petitionOf("<kn-9520-2@gombattrang.example>");
    assertThat(petition.get("topic")).isEqualTo(PetitionTopic.LIVING_JOBS_POLICY.name());
    // The handler asked again directly (a restored backup, a ledger reset): the same petition, nothing new.
    Outcome again = transactions.execute(status -> handler.handle(new IncomingMail(MAILBOX,
        "<kn-9520-2@gombattrang.example>", "congdoan@gombattrang.example", "", "KH 9520/KH-LĐLĐ",
        "Đề nghị hỗ trợ việc làm cho lao động lớn tuổi.", false, List.of(), List.of(),
        ClockUtil.getCurrentTime().toInstant())));
    assertThat(again.kind()).isEqualTo(Outcome.Kind.TAKEN);
    assertThat(again.reference()).isEqualTo(PetitionMailHandler.reference((Long) petition.get("id")));
    assertThat(count("<kn-9520-2@gombattrang.example>")).isOne();
  }

  @Test
  void anUnknownSendersMailWaitsForItsDistrictFederationWhoseDecisionStoresThePetition() throws Exception {
    byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
    send(mail("<kn-9520-3@gmail.example>", "to.truong.detninhhiep@gmail.example",
        "Kiến nghị gửi Hội nghị đối thoại (KH 9520/KH-LĐLĐ)", "Công nhân đề nghị cải tạo đường vào xưởng.",
        "anh-duong.jpg", photo));

    intake.poll(MAILBOX);

    assertThat(count("<kn-9520-3@gmail.example>")).isZero();
    Task review = reviewOf("<kn-9520-3@gmail.example>");
    assertThat(review.getName()).isEqualTo("Xem xét thư kiến nghị");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId())
        .taskCandidateGroup(Groups.federation(DialogueDriver.DISTRICT)).count()).isOne();
    assertThat(String.valueOf(engine.getTaskService().getVariable(review.getId(), MailReview.Vars.REASON.name())))
        .contains("Không rõ công đoàn cơ sở");

    Map<String, Object> notInPlan = decision(MailReview.Decision.RECEIVE, "gl-khongco");
    assertThatThrownBy(() -> complete(review, notInPlan)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("không gửi tới công đoàn cơ sở 'gl-khongco'");
    assertThat(count("<kn-9520-3@gmail.example>")).isZero();

    // The intake guessed OTHER (no keyword); the reviewer names the topic.
    assertThat(engine.getTaskService().getVariable(review.getId(), MailReview.Vars.TOPIC.name()))
        .isEqualTo(PetitionTopic.OTHER.name());
    Map<String, Object> receive = decision(MailReview.Decision.RECEIVE, "gl-detninhhiep");
    MailReview.Vars.TOPIC.putInto(receive, PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH);
    complete(review, receive);

    Map<String, Object> petition = petitionOf("<kn-9520-3@gmail.example>");
    assertThat(petition.get("union_code")).isEqualTo("gl-detninhhiep");
    assertThat(petition.get("topic")).isEqualTo(PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name());
    assertThat(jdbc.queryForObject("select content from dialogue_petition_attachment where petition_id = ?",
        byte[].class, petition.get("id"))).isEqualTo(photo);
  }

  @Test
  void aMailNamingNoOpenPlanWaitsForTheCityOfficeWhichMayRejectIt() throws Exception {
    send(mail("<kn-9520-4@gmail.example>", "nguoi.la@gmail.example", "Góp ý", "Tôi muốn góp ý chung.", null, null));
    // A union's own mail without a plan waits for its own district's federation.
    send(mail("<kn-9520-5@thtrauquy.example>", "congdoan@thtrauquy.example", "Kiến nghị", "Tăng lương.", null, null));

    intake.poll(MAILBOX);

    Task cityReview = reviewOf("<kn-9520-4@gmail.example>");
    assertThat(engine.getTaskService().createTaskQuery().taskId(cityReview.getId())
        .taskCandidateGroup(Groups.CITY_OFFICE).count()).isOne();
    Task unionReview = reviewOf("<kn-9520-5@thtrauquy.example>");
    assertThat(engine.getTaskService().createTaskQuery().taskId(unionReview.getId())
        .taskCandidateGroup(Groups.federation(DialogueDriver.DISTRICT)).count()).isOne();
    assertThat(String.valueOf(engine.getTaskService().getVariable(unionReview.getId(), MailReview.Vars.REASON.name())))
        .contains("không ghi số kế hoạch");

    assertThatThrownBy(() -> complete(CITY_OFFICE_USER, cityReview, decision(MailReview.Decision.REJECT, null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lý do không nhận thư");
    Map<String, Object> reject = decision(MailReview.Decision.REJECT, null);
    MailReview.Vars.REJECTION_REASON.putInto(reject, "Thư không phải kiến nghị của công đoàn cơ sở.");
    complete(CITY_OFFICE_USER, cityReview, reject);

    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(cityReview.getProcessInstanceId()).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo(MailReview.Elements.REJECTED);
    assertThat(count("<kn-9520-4@gmail.example>")).isZero();
  }

  Map<String, Object> decision(MailReview.Decision decision, String union) {
    Map<String, Object> values = new HashMap<>();
    MailReview.Vars.DECISION.putInto(values, decision);
    if (union != null) {
      MailReview.Vars.UNION.putInto(values, union);
      MailReview.Vars.PLAN_NUMBER.putInto(values, NUMBER);
      values.put(MailReview.Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    }
    return values;
  }

  void complete(Task task, Map<String, Object> values) {
    complete(DialogueDriver.FEDERATION_USER, task, values);
  }

  void complete(String user, Task task, Map<String, Object> values) {
    DialogueDriver.complete(engine, user, task, values);
  }

  Task reviewOf(String messageId) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(MailReview.KEY)
        .processInstanceBusinessKey(messageId).singleResult();
  }

  Map<String, Object> petitionOf(String messageId) {
    return jdbc.queryForMap("select * from dialogue_petition where channel = ? and source_reference = ?",
        PetitionChannel.EMAIL.name(), messageId);
  }

  long count(String messageId) {
    return jdbc.queryForObject("select count(*) from dialogue_petition where channel = ? and source_reference = ?",
        Long.class, PetitionChannel.EMAIL.name(), messageId);
  }

  /** A union's mail with its own Message-ID and, when given, one file. */
  static MimeMessage mail(String messageId, String from, String subject, String text, String fileName, byte[] file)
      throws MessagingException {
    return PetitionMails.mail(messageId, from, subject, text, fileName, file);
  }

  static void send(MimeMessage message) throws MessagingException {
    Transport.send(message);
  }
}
