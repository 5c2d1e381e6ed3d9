package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.NotificationTestServers;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswersDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.Afterwards;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.UnionAnswerMails;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields;
import vn.org.congdoanhanoi.phoihop.dialogue.intake.PetitionMails;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment;
import vn.org.congdoanhanoi.phoihop.dialogue.session.CommitmentDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceSession;
import vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineReminders;
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.records.document.MailReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxProperties;
import vn.org.congdoanhanoi.phoihop.records.inbox.MailIntake;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;

/**
 * Replays plan 477/KH-LĐLĐ of Gia Lâm (2023) from its issue to its last petition closed, on the engine's clock, over
 * REST and mail as its people did: the federation starts the conference on 24/4/2023 for the district's seven unions;
 * until 10/5 petitions come over REST (a union's own account and the federation), by e-mail to the petitions mailbox
 * (read by the real intake) and in a union's Tasklist task; a union is reminded 3 working days before, one is late,
 * chased by letter and sends, one is excused; on 11/5 the federation merges a duplicate, assigns in bulk and records
 * the chairman's office's answer (25/5/2023 08:30, hall 3.22), the invitation goes out with its .ics; the Labour
 * department answers several petitions at once, the chairman's office sends one answer back once, then approves; on
 * 25/5 the conference is recorded (a conclusion committing the department, an answer given orally); each union gets its
 * answers and opens its page, the numbered report goes to the city and the district Party committee, the commitment is
 * reported done and confirmed, and the conference ends with every petition closed or merged.
 */
@PostgresIntegrationTest
class GiaLam2023ReplayTest {

  /** The plan's own number: no other test uses it (they take 9xxx numbers of Gia Lâm in 2023). */
  static final String NUMBER = "477/KH-LĐLĐ";
  static final PlanId PLAN = new PlanId(DialogueDriver.DISTRICT, 2023, NUMBER);
  static final String DIENLUC = DialogueDriver.UNION_USER_UNION;
  static final String MAYPHUTHI = "gl-mayphuthi";
  static final String DETNINHHIEP = "gl-detninhhiep";
  static final String GOMBATTRANG = "gl-gombattrang";
  static final String TRAUQUY = "gl-thtrauquy";
  static final String BENHVIEN = "gl-bvdkgialam";
  static final String BATTRANG = "gl-ubndbattrang";
  /** Every union of Gia Lâm in the organisation data: the plan reaches them all. */
  static final List<String> UNIONS = List.of(DIENLUC, MAYPHUTHI, DETNINHHIEP, GOMBATTRANG, TRAUQUY, BENHVIEN, BATTRANG);
  static final String LABOUR = AnswersDriver.DEPARTMENT;
  static final String LABOUR_USER = AnswersDriver.DEPARTMENT_USER;
  static final String FEDERATION = DialogueDriver.FEDERATION_USER;
  static final String HOUSING = "Đề nghị huyện bố trí quỹ đất xây nhà ở xã hội cho công nhân ngành điện";
  static final String ANSWER_HOUSING = "UBND huyện đã đưa quỹ đất nhà ở xã hội tại xã Phú Thị vào quy hoạch 2023-2025.";
  static final String ANSWER_WAGES = "Phòng Lao động – Thương binh và Xã hội sẽ kiểm tra việc trả lương làm thêm giờ "
      + "tại các doanh nghiệp dệt may trong quý III/2023.";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  MailIntake intake;

  @Autowired
  InboxProperties inbox;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  OutgoingRegister register;

  @Autowired
  JdbcClient jdbc;

  NotificationJobs jobs;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    jobs = new NotificationJobs(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void plan477OfGiaLamRunsFromItsIssueToTheLastPetitionClosed() throws Exception {
    // 24/4/2023: the federation issues the plan and starts the conference over Camunda's REST API.
    DialogueDriver.clockAt("2023-04-24T09:00");
    RestCaller.Response started = DialogueDriver.startOverRest(port, FEDERATION, DialogueDriver.plan(NUMBER));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("businessKey").asText()).isEqualTo(NUMBER);
    ProcessInstance conference = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(started.json().get("id").asText()).singleResult();
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).isWaitingAt(Elements.PETITION_DEADLINE, Elements.CONFIRM_DATE);
    for (String union : UNIONS) {
      assertThat(running(union)).as(union).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS);
    }

    // Until 10/5: petitions over REST, by the union's own account and by the federation for a union.
    DialogueDriver.clockAt("2023-04-26T10:00");
    long housing = sendOverRest(DialogueDriver.UNION_USER, DIENLUC, PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH,
        HOUSING, null);
    long overtime = sendOverRest(DialogueDriver.UNION_USER, DIENLUC, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị quy định rõ chế độ bồi dưỡng cho công nhân trực sự cố ngoài giờ", null);
    assertThat(ended(DIENLUC)).as("its REST petition ends the union's task").isTrue();
    DialogueDriver.clockAt("2023-04-27T15:00");
    long wages = sendOverRest(FEDERATION, DETNINHHIEP, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị kiểm tra việc trả lương làm thêm giờ tại các doanh nghiệp dệt may", "kn-477-detninhhiep-1");
    RestCaller.Response retried = RestCaller.demo(port, FEDERATION).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(NUMBER, DETNINHHIEP, PetitionTopic.LIVING_JOBS_POLICY.name(), "Bản gửi lại"),
        Map.of("Idempotency-Key", "kn-477-detninhhiep-1"));
    assertThat(retried.status()).as("a retry of the same input is no copy").isEqualTo(409);

    // ... one in the union's task in Tasklist (completed over the REST API Tasklist uses) ...
    DialogueDriver.clockAt("2023-04-28T08:30");
    Task send = DialogueDriver.task(engine, running(GOMBATTRANG), UnionPetitions.Elements.SEND_PETITIONS);
    RestCaller.Response sent = complete(FEDERATION, send, Map.of(UnionPetitions.Vars.PETITIONS.name(), json("""
        [{"topic": "SKILLED_WORKERS",
          "text": "Đề nghị tôn vinh nghệ nhân, thợ giỏi làng gốm Bát Tràng hằng năm"}]""")));
    assertThat(sent.status()).as(sent.body()).isEqualTo(204);
    assertThat(ended(GOMBATTRANG)).isTrue();
    long gombattrang = petitionOf(GOMBATTRANG);

    // ... and by e-mail: two unions' mail clients write to the petitions mailbox, the intake reads it.
    DialogueDriver.clockAt("2023-05-04T09:15");
    String mailbox = petitionsMailbox();
    intake.poll(mailbox);
    mail("<kn-477@mayphuthi.example>", "congdoan@mayphuthi.example", "Kiến nghị theo Kế hoạch số 477/KH-LĐLĐ",
        "Đề nghị có chính sách nhà ở xã hội cho công nhân may trên địa bàn huyện.");
    mail("<kn-477@bvdkgialam.example>", "congdoan@bvdkgialam.example", "Kiến nghị Hội nghị đối thoại (477/KH-LĐLĐ)",
        "Đề nghị tổ chức khám sức khỏe định kỳ cho công nhân các khu công nghiệp tại bệnh viện huyện.");
    intake.poll(mailbox);
    long duplicate = byMail("<kn-477@mayphuthi.example>", MAYPHUTHI);
    long health = byMail("<kn-477@bvdkgialam.example>", BENHVIEN);
    assertThat(ended(MAYPHUTHI)).isTrue();
    assertThat(ended(BENHVIEN)).isTrue();

    // 3 working days before the deadline the two unions still silent are reminded; the mail arrives.
    LocalDate deadline = LocalDate.parse(DialogueDriver.PETITION_DEADLINE);
    DialogueDriver.clockAt(reminders.reminderDay(3, deadline) + "T08:00");
    for (String silent : List.of(TRAUQUY, BATTRANG)) {
      ProcessInstance watch = followUp(silent);
      DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_7);
      DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_3);
    }
    String reminderKey = "deadline-reminder." + followUp(TRAUQUY).getId() + "." + deadline + ".3";
    ReceivedMail reminder = ReceivedMail.withMessageId(jobs.sendMail(reminderKey));
    assertThat(reminder.subject()).startsWith("Nhắc hạn: còn 3 ngày làm việc (" + NUMBER + ")");
    assertThat(reminder.text()).contains("Công đoàn Trường Tiểu học Trâu Quỳ");

    // 11/5: collection closes; the federation chases one late union with a letter and excuses the other.
    DialogueDriver.clockAt("2023-05-11T00:00");
    DialogueDriver.fireTimer(engine, conference, Elements.PETITION_DEADLINE);
    DialogueDriver.clockAt("2023-05-11T08:00");
    Task chase = late(TRAUQUY);
    assertThat(chase.getName()).isEqualTo("Đôn đốc: Công đoàn Trường Tiểu học Trâu Quỳ (" + NUMBER + ")");
    DialogueDriver.complete(engine, FEDERATION, chase, followUpDecision("SEND_LETTER",
        "Đề nghị Công đoàn cơ sở gửi ý kiến, kiến nghị trong ngày 11/5/2023."));
    ProcessInstance letterMail = jobs.mails("follow-up-letter.").stream().filter(i -> {
      String request = jobs.variables(i).get(NotificationMail.Vars.MAIL_REQUEST.name()).toString();
      return request.contains("Trâu Quỳ") && request.contains(NUMBER) && !request.contains("9" + NUMBER);
    }).findFirst().orElseThrow();
    ReceivedMail letter = ReceivedMail.withMessageId(jobs.sendMail(letterMail.getBusinessKey()));
    assertThat(letter.subject()).startsWith("Công văn đôn đốc: Công đoàn Trường Tiểu học Trâu Quỳ");
    assertThat(letter.text()).contains("trong ngày 11/5/2023");
    DialogueDriver.complete(engine, FEDERATION, late(BATTRANG), followUpDecision("EXCUSE",
        "Cơ quan đang sáp nhập, chưa tổ chức hội nghị cán bộ, công chức"));
    assertThat(ended(BATTRANG)).isTrue();
    DialogueDriver.clockAt("2023-05-11T09:30");
    long maternity = sendOverRest(FEDERATION, TRAUQUY, PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY,
        "Đề nghị Bảo hiểm xã hội huyện chi trả sớm chế độ thai sản cho giáo viên", null);
    assertThat(ended(TRAUQUY)).as("the late petition ends the task and its chasing").isTrue();

    // 11/5: the federation consolidates over REST: the duplicate merged into Điện lực's, all assigned at once.
    DialogueDriver.clockAt("2023-05-11T14:00");
    RestCaller federation = RestCaller.demo(port, FEDERATION);
    Map<Long, Integer> versions = versions();
    assertThat(versions).hasSize(7);
    Map<String, Object> merge = AnswersDriver.sheetFields(NUMBER, LABOUR);
    merge.remove(ConsolidationFields.DEPARTMENT);
    merge.put(ConsolidationFields.INTO, ConsolidationRestTest.seen(housing, versions.get(housing)));
    merge.put(ConsolidationFields.DUPLICATES, List.of(ConsolidationRestTest.seen(duplicate, versions.get(duplicate))));
    RestCaller.Response merged = federation.post("/api/dialogue-conferences/petitions/merge", merge);
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    versions = versions();
    Map<String, Object> assign = AnswersDriver.sheetFields(NUMBER, LABOUR);
    List<Map<String, Object>> selected = new ArrayList<>();
    for (long id : List.of(housing, overtime, wages, gombattrang, health, maternity)) {
      selected.add(ConsolidationRestTest.seen(id, versions.get(id)));
    }
    assign.put(ConsolidationFields.SELECTED, selected);
    RestCaller.Response assigned = federation.post("/api/dialogue-conferences/petitions/assign", assign);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(complete(FEDERATION, DialogueDriver.task(engine, conference, Elements.CONSOLIDATE), Map.of()).status())
        .isEqualTo(204);
    DialogueDriver.runJobs(engine, conference);

    // The chairman's office answers: 25/5/2023 08:30 at hall 3.22 as planned; booked, invited with the .ics.
    DialogueDriver.clockAt("2023-05-11T16:00");
    assertThat(complete(FEDERATION, DialogueDriver.task(engine, conference, Elements.CONFIRM_DATE),
        Map.of(ConferenceDate.Vars.DECISION.name(), Map.of("value", ConferenceDate.Decision.CONFIRMED.name())))
        .status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).hasPassed(Elements.BOOK_CONFERENCE, Elements.SEND_INVITATION);
    String uid = (String) engine.getRuntimeService().getVariable(conference.getId(), InvitationVars.UID.name());
    ReceivedMail invitation = ReceivedMail.withMessageId(jobs.sendMail(
        "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + ".0"));
    assertThat(invitation.recipients()).contains("gialam@congdoanhanoi.org.vn");
    assertThat(invitation.calendar()).contains("UID:" + uid, "SEQUENCE:0", "DTSTART:20230525T013000Z",
        "Hội trường 3.22");

    // The Labour department answers its six petitions, three at once and three at once, and completes.
    ProcessInstance sheet = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DepartmentAnswers.KEY).superProcessInstanceId(conference.getId()).singleResult();
    assertThat(sheet.getBusinessKey()).isEqualTo(NUMBER + "/" + LABOUR);
    DialogueDriver.clockAt("2023-05-15T10:00");
    saveAnswers(Map.of(housing, 0, overtime, 0, health, 0), ANSWER_HOUSING);
    saveAnswers(Map.of(wages, 0, gombattrang, 0, maternity, 0), "Phòng Lao động – Thương binh và Xã hội tiếp thu, "
        + "phối hợp với các cơ quan liên quan báo cáo Chủ tịch UBND huyện tại Hội nghị.");
    assertThat(complete(LABOUR_USER, DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.ANSWER_PETITIONS),
        Map.of()).status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, sheet);

    // The chairman's office sends the answer on wages back once, then approves the corrected sheet.
    DialogueDriver.clockAt("2023-05-16T09:00");
    assertThat(complete(AnswersDriver.REVIEWER, DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.REVIEW),
        review(DepartmentAnswers.ReviewDecision.SEND_BACK, "[{\"id\": " + wages
            + ", \"reason\": \"Cần nêu rõ thời hạn kiểm tra\"}]")).status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, sheet);
    assertThat(sheet).isWaitingAt(DepartmentAnswers.Elements.ANSWER_PETITIONS);
    DialogueDriver.clockAt("2023-05-17T10:00");
    saveAnswers(Map.of(wages, answerVersion(wages)), ANSWER_WAGES);
    assertThat(complete(LABOUR_USER, DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.ANSWER_PETITIONS),
        Map.of()).status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, sheet);
    assertThat(complete(AnswersDriver.REVIEWER, DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.REVIEW),
        review(DepartmentAnswers.ReviewDecision.APPROVE, "[]")).status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, sheet);
    assertThat(sheet).isEnded();
    assertThat(state(wages)).isEqualTo(PetitionState.ANSWERED.name());

    // 25/5/2023 08:30: the conference; the federation records it: a conclusion commits the Labour department until
    // 30/6 on the wages petition, the chairman answers the teachers' petition himself.
    DialogueDriver.clockAt("2023-05-25T08:30");
    DialogueDriver.fireTimer(engine, conference, Elements.CONFERENCE_DAY);
    DialogueDriver.clockAt("2023-05-25T11:30");
    Map<String, Object> record = SessionDriver.record(
        "[{\"text\": \"Giao Phòng Lao động – Thương binh và Xã hội kiểm tra việc trả lương làm thêm giờ tại các "
            + "doanh nghiệp dệt may\", \"departmentCode\": \"" + LABOUR + "\", \"deadline\": \"2023-06-30\", "
            + "\"relatedPetitions\": [" + wages + "]}]",
        "[{\"petitionId\": " + maternity + ", \"answer\": \"Chủ tịch UBND huyện giao Bảo hiểm xã hội huyện chi trả "
            + "chế độ thai sản cho giáo viên trước ngày 15/6/2023.\"}]");
    ConferenceSession.Vars.MINUTES.putInto(record, "Hội nghị khai mạc lúc 8 giờ 30 tại Hội trường 3.22; Chủ tịch "
        + "UBND huyện trả lời các kiến nghị của công nhân, viên chức, lao động và kết luận.");
    SessionDriver.complete(engine, conference, record);
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).hasPassed(Elements.SEND_ANSWERS_TO_UNIONS, Elements.ISSUE_REPORT)
        .isWaitingAt(Elements.COMMITMENTS);
    assertThat(state(maternity)).isEqualTo(PetitionState.ANSWERED_AT_CONFERENCE.name());
    assertThat(state(wages)).isEqualTo(PetitionState.FOLLOW_UP.name());

    // Each union that sent gets its answers by mail, with the link to its page, which opens for its people.
    for (String union : List.of(DIENLUC, MAYPHUTHI, DETNINHHIEP, GOMBATTRANG, TRAUQUY, BENHVIEN)) {
      assertThat(jobs.mails(UnionAnswerMails.key(conference.getId(), union))).as(union).hasSize(1);
    }
    assertThat(jobs.mails(UnionAnswerMails.key(conference.getId(), BATTRANG))).as("excused, sent nothing").isEmpty();
    ReceivedMail answers = ReceivedMail.withMessageId(jobs.sendMail(UnionAnswerMails.key(conference.getId(), DIENLUC)));
    String page = UnionAnswerMails.page(PLAN, DIENLUC);
    assertThat(answers.subject()).isEqualTo("Trả lời kiến nghị của Công đoàn Điện lực Gia Lâm (" + NUMBER + ")");
    assertThat(answers.recipients()).contains("congdoan@dienlucgialam.example", "gialam.cdcs@demo.phoihop.example");
    assertThat(answers.text()).contains(HOUSING, ANSWER_HOUSING, page);
    ReceivedMail mayphuthi = ReceivedMail.withMessageId(jobs.sendMail(
        UnionAnswerMails.key(conference.getId(), MAYPHUTHI)));
    assertThat(mayphuthi.text()).contains("Đã gộp vào kiến nghị số " + housing, ANSWER_HOUSING);
    RestCaller.Response own = RestCaller.demo(port, DialogueDriver.UNION_USER).get(page);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains("Công đoàn Điện lực Gia Lâm", HOUSING, ANSWER_HOUSING);

    // The report: numbered …/BC-LĐLĐ in the district's register, its DOCX naming the plan, the day and the hall,
    // mailed to the city federation and the district Party committee.
    String documentId = (String) engine.getRuntimeService().getVariable(conference.getId(),
        Afterwards.Vars.REPORT_DOCUMENT.name());
    OutgoingDocument report = register.find(documentId).orElseThrow();
    assertThat(report.registerCode()).isEqualTo("LDLD-gialam");
    assertThat(report.symbol()).matches("\\d+/BC-LĐLĐ");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(register.file(documentId).orElseThrow()
        .content())); XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("Số: " + report.symbol(), "BÁO CÁO",
          "Kế hoạch số " + NUMBER + " ngày 24/04/2023", "08:30 ngày 25/05/2023", "Hội trường 3.22",
          "Kế hoạch được gửi đến 7 công đoàn cơ sở; 6 công đoàn cơ sở đã gửi ý kiến, kiến nghị. Tổng số 7 ý kiến",
          "Thư điện tử", "Huyện ủy Gia Lâm");
    }
    ReceivedMail reportMail = ReceivedMail.withMessageId(jobs.sendMail(
        MailReportDistribution.idempotencyKey(documentId)));
    assertThat(reportMail.recipients()).contains("thuongtruc@demo.phoihop.example",
        "gialam.capuy@demo.phoihop.example");
    assertThat(reportMail.attachmentNames()).singleElement().asString().endsWith(".docx");

    // The commitment: the department reports it done, the federation confirms; the conference closes.
    ProcessInstance commitment = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(Commitment.KEY).superProcessInstanceId(conference.getId()).singleResult();
    DialogueDriver.clockAt("2023-06-20T09:00");
    DialogueDriver.complete(engine, LABOUR_USER, DialogueDriver.task(engine, commitment, Commitment.Elements.REPORT),
        CommitmentDriver.done("2023-06-19"));
    DialogueDriver.runJobs(engine, commitment);
    DialogueDriver.clockAt("2023-06-21T09:00");
    assertThat(complete(FEDERATION, DialogueDriver.task(engine, commitment, Commitment.Elements.CONFIRM),
        Map.of(Commitment.Vars.CONFIRMATION.name(), Map.of("value", Commitment.Confirmation.CONFIRMED.name())))
        .status()).isEqualTo(204);
    DialogueDriver.runJobs(engine, commitment);
    DialogueDriver.runJobs(engine, conference);
    assertThat(commitment).isEnded().hasPassed(Commitment.Elements.DONE);
    assertThat(conference).isEnded().hasPassed(Elements.CLOSE_PETITIONS, Elements.END);
    JsonNode commitments = federation.get("/api/dialogue-conferences/commitments?planNumber="
        + DialogueDriver.encode(NUMBER) + "&issuedOn=" + DialogueDriver.ISSUED_ON + "&unitCode=gialam").json();
    assertThat(commitments.get("commitments").get(0).get("state").asText()).isEqualTo("DONE");
    Map<String, Long> states = new HashMap<>();
    jdbc.sql("select state, count(*) from dialogue_petition where district_code = ? and plan_year = ? "
            + "and plan_number = ? group by state")
        .params(PLAN.districtCode(), PLAN.year(), NUMBER)
        .query((rs, row) -> states.put(rs.getString(1), rs.getLong(2))).list();
    assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(PetitionState.CLOSED.name(), 6L,
        PetitionState.MERGED.name(), 1L));
  }

  // --- the people's actions

  /** A petition over REST; its id. */
  long sendOverRest(String user, String union, PetitionTopic topic, String text, String idempotencyKey) {
    Map<String, Object> body = DialogueDriver.petition(NUMBER, union, topic.name(), text);
    RestCaller caller = RestCaller.demo(port, user);
    RestCaller.Response sent = idempotencyKey == null ? caller.post(DialogueDriver.PETITIONS, body)
        : caller.post(DialogueDriver.PETITIONS, body, Map.of("Idempotency-Key", idempotencyKey));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json().get("id").asLong();
  }

  /** A union's mail client sends to the petitions mailbox (GreenMail's SMTP). */
  static void mail(String messageId, String from, String subject, String text) throws MessagingException {
    Transport.send(PetitionMails.mail(messageId, from, subject, text, null, null));
  }

  /** The mailbox the petitions intake reads: the one the test mail server's petitions account serves. */
  String petitionsMailbox() {
    return inbox.mailboxes().entrySet().stream()
        .filter(e -> NotificationTestServers.PETITION_MAILBOX_LOGIN.equals(e.getValue().username()))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  /** The petition the intake stored for this mail, checked to be the union's; its id. */
  long byMail(String messageId, String union) {
    Map<String, Object> petition = jdbc.sql("select id, union_code, plan_number from dialogue_petition "
            + "where channel = ? and source_reference = ?")
        .params(PetitionChannel.EMAIL.name(), messageId).query().singleRow();
    assertThat(petition.get("union_code")).isEqualTo(union);
    assertThat(petition.get("plan_number")).isEqualTo(NUMBER);
    return ((Number) petition.get("id")).longValue();
  }

  /** A task completed over Camunda's REST API (as Tasklist does) with variables in its format. */
  RestCaller.Response complete(String user, Task task, Map<String, Object> variables) {
    return RestCaller.demo(port, user).post("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", variables));
  }

  static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  static Map<String, Object> review(DepartmentAnswers.ReviewDecision decision, String sentBack) {
    return Map.of(DepartmentAnswers.Vars.REVIEW_DECISION.name(), Map.of("value", decision.name()),
        DepartmentAnswers.Vars.SENT_BACK.name(), json(sentBack));
  }

  /** The department saves one text for these petitions at the versions it sees. */
  void saveAnswers(Map<Long, Integer> seen, String text) {
    RestCaller.Response saved = RestCaller.demo(port, LABOUR_USER).post(AnswersDriver.SAVE,
        AnswersDriver.save(NUMBER, LABOUR, seen, text, null));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  /** The version of the petition's answer the department's page shows now. */
  int answerVersion(long petitionId) {
    JsonNode page = RestCaller.demo(port, LABOUR_USER).get(AnswersDriver.page(NUMBER, LABOUR, "size=200")).json();
    for (JsonNode item : page.findParents(ConsolidationFields.ID)) {
      if (item.get(ConsolidationFields.ID).asLong() == petitionId) {
        return item.get(ConsolidationFields.VERSION).asInt();
      }
    }
    throw new AssertionError("petition " + petitionId + " not on the sheet: " + page);
  }

  /** The union reaches its deadline without a petition: the federation's task "Đôn đốc". */
  Task late(String union) {
    ProcessInstance watch = followUp(union);
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.REMINDER_1);
    DialogueDriver.fireTimer(engine, watch, DeadlineFollowUp.Elements.DEADLINE_REACHED);
    return DialogueDriver.task(engine, watch, DeadlineFollowUp.Elements.FOLLOW_UP);
  }

  static Map<String, Object> followUpDecision(String action, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), action);
    DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.putInto(values, note);
    return values;
  }

  // --- reads

  /** The union's running dialogue-union-petitions instance. */
  ProcessInstance running(String union) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY).processInstanceBusinessKey(UnionPetitions.businessKey(NUMBER, union))
        .singleResult();
    assertThat(instance).as("%s still has its part open", union).isNotNull();
    return instance;
  }

  /** Whether the union's part has ended (its task and follow-up with it). */
  boolean ended(String union) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(NUMBER, union)).finished().count() == 1;
  }

  ProcessInstance followUp(String union) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(running(union).getId()).singleResult();
  }

  /** The id of the one petition this union sent. */
  long petitionOf(String union) {
    return jdbc.sql("select id from dialogue_petition where district_code = ? and plan_year = ? and plan_number = ? "
            + "and union_code = ?").params(PLAN.districtCode(), PLAN.year(), NUMBER, union).query(Long.class).single();
  }

  /** Every petition of the plan with the version the federation's list shows. */
  Map<Long, Integer> versions() {
    JsonNode page = RestCaller.demo(port, FEDERATION).get(DialogueDriver.petitionsOf(NUMBER, "size=200")).json();
    Map<Long, Integer> versions = new LinkedHashMap<>();
    // the page's items are its nodes with an id and a version (a file of a petition has no version)
    for (JsonNode item : page.findParents(ConsolidationFields.VERSION)) {
      versions.put(item.get(ConsolidationFields.ID).asLong(), item.get(ConsolidationFields.VERSION).asInt());
    }
    return versions;
  }

  String state(long petitionId) {
    return jdbc.sql("select state from dialogue_petition where id = ?").param(petitionId).query(String.class).single();
  }
}
