package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.directive.Directive;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDriver;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswersDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.SeenPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.intake.MailReview;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment;
import vn.org.congdoanhanoi.phoihop.dialogue.session.CommitmentDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecords;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceSession;
import vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.models.RepositoryFiles;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeDriver;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMailHandler;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Every form in forms/ (all family folders) opened in Tasklist, on a task (or the start dialog) that really uses it, in a real browser:
 * the form must render, show each of its fields, carry no error and log no error to the console. Each family is driven
 * through its test driver to each step (a campaign of two units of cluster 5, a directive, a programme's year, a
 * dialogue conference of Gia Lâm); a new form is one {@code openTaskForm} (or {@code openStartForm}) line at the step
 * that uses it, and the closing assertion fails until it is there. One screenshot per form in target/screenshots/.
 */
@PostgresIntegrationTest
class FormsSmokeBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The fields each embedded (HTML) form shows as soon as it is opened, by element id; a form's conditional fields
   * (the outcome's, once a result is chosen) are left to the browser tests that fill it in.
   */
  private static final Map<String, List<String>> HTML_FORM_FIELDS = Map.of(
      "unit-signing-proposal.html", List.of(UnitSigning.Vars.PROPOSED_DATE.name(),
          UnitSigning.Vars.PROPOSED_TIME.name(), UnitSigning.Vars.VENUE.name(), "venueArrangedBy-UNIT",
          "signingMode-DIRECT", "signingScope-CLUSTER", UnitSigning.Vars.COMBINED_ACTIVITY.name(),
              UnitSigning.Vars.ATTENDEES.name(), UnitSigning.Vars.DRAFT_REGULATION_REFERENCE.name(),
          "draftRegulationFile"),
      "unit-signing-outcome.html", List.of("context-ceremonyDate", "context-ceremonyTime", "context-ceremonyVenue",
          "ceremonyOutcome-SIGNED", "ceremonyOutcome-POSTPONED"),
      "directive-duty-report.html", List.of("context-documentNumber", "context-item", "context-deadline",
          "progress-DONE", "progress-IN_PROGRESS", "progress-BLOCKED"),
      "dialogue-union-petitions-send.html", List.of("context-planNumber", "context-deadline", "context-unionName",
          "topic-1", "text-1", "add-petition"),
      "dialogue-conference-consolidation.html", List.of("context-planNumber", "context-deadline", "filter-topic",
          "filter-union", "filter-state", "filter-department", "petition-list", "start-merge", "start-assign"),
      "dialogue-department-answers.html", List.of("context-planNumber", "context-deadline",
          "context-departmentName", "filter-topic", "select-all", "answer-template", "answer-text", "save-answers"),
      "dialogue-department-answers-review.html", List.of("context-planNumber", "context-departmentName",
          "decision-APPROVE", "decision-SEND_BACK"),
      "dialogue-conference-record.html", List.of("context-planNumber", "context-venue", "agenda", "present",
          "representatives", ConferenceSession.Vars.MINUTES.name(), "signedMinutesInput", "add-conclusion", "add-answer"),
      "dialogue-commitment-report.html", List.of("context-planNumber", "context-unitName", "context-conclusion",
          "context-deadline", "progress-DONE", "progress-IN_PROGRESS"));

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  List<IncomingMailHandler> mailHandlers;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  Consolidation consolidation;

  @Autowired
  ConferenceRecords conferenceRecords;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private final TreeSet<String> opened = new TreeSet<>();
  /** One browser for every user, signed in as each in turn: several Chromiums at once overload a 2-core runner. */
  private Browser browser;
  private String signedIn;
  private String currentTaskId;

  @Test
  void everyFormInTheRepositoryRendersInTasklistWithAllItsFields() throws Exception {
    browser = browsers.open(port, "vi-VN");
    openStartForm(as("vanphong"), "Đợt ký kết", "signing-campaign-start.form");

    SigningDriver c = SigningDriver.start(engine, SigningDriver.campaign("9502/LĐLĐ", List.of("unghoa", "chuongmy")));
    c.runJobs();
    ProcessInstance unghoa = c.unit("unghoa");
    ProcessInstance chuongmy = c.unit("chuongmy");

    openTaskForm(as("unghoa.ldld"), c.task(unghoa, UnitSigning.Elements.PROPOSAL), "unit-signing-proposal.html");
    c.completeAndRunJobs("unghoa.ldld", unghoa, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("CLUSTER"));
    c.completeAndRunJobs("chuongmy.ldld", chuongmy, UnitSigning.Elements.PROPOSAL, SigningDriver.proposal("LOCALITY"));
    openTaskForm(as("unghoa.capuy"), c.task(unghoa, UnitSigning.Elements.COMMITTEE_OPINION), "unit-signing-opinion.form");
    c.completeAndRunJobs("unghoa.capuy", unghoa, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());
    c.completeAndRunJobs("chuongmy.capuy", chuongmy, UnitSigning.Elements.COMMITTEE_OPINION, SigningDriver.approval());

    ProcessInstance cluster = c.cluster("cum5");
    openTaskForm(as("unghoa.ldld"), c.task(unghoa, UnitSigning.Elements.AWAIT_CLUSTER), "unit-signing-await-cluster.form");
    openTaskForm(as("chuongmy.ldld"), c.task(chuongmy, UnitSigning.Elements.SCHEDULE_LOCAL), "unit-signing-schedule.form");
    openTaskForm(as("unghoa.ldld"), c.task(cluster, ClusterCeremony.Elements.PROPOSE), "cluster-ceremony-proposal.form");
    // The lead's watch reaches the office's follow-up of the lead once the cluster's deadline has passed on the
    // engine's clock; the booking below then ends that watch.
    ProcessInstance leadWatch = followUpTaskOf(cluster, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD);
    openTaskForm(as("vanphong"), c.task(leadWatch, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD),
        "deadline-follow-up-cluster-lead.form");
    c.completeAndRunJobs("unghoa.ldld", cluster, ClusterCeremony.Elements.PROPOSE, Map.of(ClusterCeremony.Vars.JOINT_DATE.name(), "2022-06-09",
        ClusterCeremony.Vars.JOINT_TIME.name(), "14:00", ClusterCeremony.Vars.JOINT_VENUE.name(), "Hội trường Huyện ủy Ứng Hòa", ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT"));
    openTaskForm(as("thuongtruc"), c.task(cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE), "cluster-ceremony-attendance.form");
    c.completeAndRunJobs("thuongtruc", cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE,
        Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "Đồng chí Chủ tịch; các Phó Chủ tịch LĐLĐ Thành phố"));
    c.fireTimer(cluster, ClusterCeremony.Elements.CEREMONY_DAY);
    openTaskForm(as("unghoa.ldld"), c.task(cluster, ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME), "cluster-ceremony-member-outcome.form");

    c.completeAndRunJobs("chuongmy.ldld", chuongmy, UnitSigning.Elements.SCHEDULE_LOCAL, Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "SCHEDULE",
        UnitSigning.Vars.CEREMONY_DATE.name(), "2022-06-16", UnitSigning.Vars.CEREMONY_TIME.name(), "09:00", UnitSigning.Vars.CEREMONY_VENUE.name(), "Hội trường UBND huyện Chương Mỹ"));
    c.fireTimer(chuongmy, UnitSigning.Elements.CEREMONY_DAY);
    openTaskForm(as("chuongmy.ldld"), c.task(chuongmy, UnitSigning.Elements.RECORD_OUTCOME), "unit-signing-outcome.html");
    c.completeAndRunJobs("chuongmy.ldld", chuongmy, UnitSigning.Elements.RECORD_OUTCOME, Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
        UnitSigning.Vars.SIGNED_ON.name(), "2022-06-16", UnitSigning.Vars.SIGNATORIES.name(), "Bí thư Huyện ủy Chương Mỹ; Chủ tịch LĐLĐ Thành phố"));
    openTaskForm(as("chuongmy.ldld"), c.task(chuongmy, UnitSigning.Elements.REPORT), "unit-signing-report.form");

    // Ứng Hòa's deadline of 30/6/2022 has passed on the engine's clock, set to Monday 4/7/2022 (never the real date,
    // which may lie beyond the holiday file): its watch reaches the city office's follow-up ("Đôn đốc").
    ProcessInstance watch = followUpTaskOf(unghoa, DeadlineFollowUp.Elements.FOLLOW_UP);
    openTaskForm(as("vanphong"), c.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP), "deadline-follow-up.form");

    // The directive family's forms: a recipient's report, the issuer's review of an obstacle, the closing.
    DirectiveDriver d = new DirectiveDriver(engine, "9304-CV/HU");
    EngineActions.as(engine, "vanphong", () -> engine.getRuntimeService().startProcessInstanceByKey(Directive.KEY,
        DirectiveDriver.letter("9304-CV/HU", "2022-05-16", "thanhpho", DirectiveDriver.items(DirectiveDriver.item(
            "1", "Đại hội Công đoàn cơ sở", "2022-06-30", List.of("unghoa"))))));
    d.runJobs();
    ProcessInstance duty = d.duty("unghoa", "1");
    openTaskForm(as("unghoa.ldld"), d.task(duty, DirectiveDuty.Elements.REPORT), "directive-duty-report.html");
    d.complete("unghoa.ldld", duty, DirectiveDuty.Elements.REPORT, Map.of(DirectiveDuty.Vars.PROGRESS.name(),
        "BLOCKED", DirectiveDuty.Vars.OBSTACLE.name(), "Chưa đủ nhân sự"));
    openTaskForm(as("vanphong"), d.task(duty, DirectiveDuty.Elements.REVIEW_OBSTACLE), "directive-duty-obstacle.form");
    d.complete("vanphong", duty, DirectiveDuty.Elements.REVIEW_OBSTACLE, Map.of(
        DirectiveDuty.Vars.OBSTACLE_DECISION.name(), "EXCUSE", DirectiveDuty.Vars.DECISION_NOTE.name(), "Giải thể"));
    openTaskForm(as("vanphong"), d.task(d.directive(), Directive.Elements.CLOSE), "directive-close.form");

    openProgrammeForms();
    openDialogueForms();
    openConferenceSessionForms();

    assertThat(opened).as("forms opened in Tasklist").containsExactlyElementsOf(formsInRepository());
  }

  /**
   * The programme family's forms: its start, then one year's review (2024, a Tuesday's slot nobody else books) from
   * the city's report to the conclusions. The engine's clock follows the programme's dates, reset afterwards.
   */
  private void openProgrammeForms() throws IOException {
    openStartForm(as(ProgrammeDriver.OFFICE), "Chương trình phối hợp", "programme-start.form");
    String number = "9505/CTPH-LĐLĐ";
    ProgrammeDriver p = new ProgrammeDriver(engine, number);
    try {
      ProgrammeDriver.clockAt(LocalDateTime.of(2024, 3, 4, 9, 0));
      p.start(ProgrammeDriver.OFFICE, ProgrammeDriver.programme(number, "2024-03-04", 2024, 2024));
      ProcessInstance review = p.openYear(2024);
      openTaskForm(as(ProgrammeDriver.OFFICE), p.reportTask(review, "thanhpho"), "programme-review-report.form");
      p.report(ProgrammeDriver.OFFICE, review, "thanhpho", 2024);
      p.report(ProgrammeDriver.OFFICE, review, "nghean", 2024);
      openTaskForm(as(ProgrammeDriver.OFFICE), p.task(review, ProgrammeReview.Elements.PROPOSE_REVIEW),
          "programme-review-proposal.form");
      p.complete(ProgrammeDriver.OFFICE, review, ProgrammeReview.Elements.PROPOSE_REVIEW,
          ProgrammeDriver.proposal(LocalDate.of(2024, 12, 10), "16:35", "Hội trường 9505"));
      p.reviewDayComes(review);
      openTaskForm(as(ProgrammeDriver.OFFICE), p.task(review, ProgrammeReview.Elements.RECORD_CONCLUSIONS),
          "programme-review-conclusions.form");
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * The dialogue family's forms: the district federation's plan (start dialog), a union's petitions, the review of a
   * mail from a sender no union is known by (handed to the petitions mailbox's handler as the intake does after
   * reading it), and the consolidation once the petition deadline has passed. Plan 9505/KH-LĐLĐ of Gia Lâm, 2023.
   */
  private void openDialogueForms() throws IOException {
    openStartForm(as(DialogueDriver.FEDERATION_USER), "Hội nghị đối thoại", "dialogue-conference-start.form");
    String number = "9505/KH-LĐLĐ";
    try {
      DialogueDriver.clockAt("2023-04-24T09:00");
      ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
          DialogueDriver.plan(number));
      DialogueDriver.runJobs(engine, conference);
      // The chairman's answer on the date, recorded by the district federation beside the petition collection.
      openTaskForm(as(DialogueDriver.FEDERATION_USER), DialogueDriver.task(engine, conference,
          DialogueConference.Elements.CONFIRM_DATE), "dialogue-conference-date.form");
      ProcessInstance union = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(UnionPetitions.KEY)
          .processInstanceBusinessKey(UnionPetitions.businessKey(number, DialogueDriver.UNION_USER_UNION))
          .singleResult();
      openTaskForm(as(DialogueDriver.UNION_USER), DialogueDriver.task(engine, union,
          UnionPetitions.Elements.SEND_PETITIONS), "dialogue-union-petitions-send.html");

      DialogueDriver.clockAt("2023-05-03T08:45");
      String messageId = "<kn-9505-1@gmail.example>";
      IncomingMailHandler petitionsMailbox = mailHandlers.stream()
          .filter(h -> h.getClass().getPackageName().equals(MailReview.class.getPackageName())).findFirst()
          .orElseThrow();
      transactions.execute(status -> petitionsMailbox.handle(new IncomingMail(petitionsMailbox.mailbox(), messageId,
          "to.truong.detninhhiep@gmail.example", "", "Kiến nghị gửi Hội nghị đối thoại (KH " + number + ")",
          "Công nhân đề nghị cải tạo đường vào xưởng.", false, List.of(), List.of(),
          ClockUtil.getCurrentTime().toInstant())));
      Task review = engine.getTaskService().createTaskQuery().processDefinitionKey(MailReview.KEY)
          .processInstanceBusinessKey(messageId).singleResult();
      openTaskForm(as(DialogueDriver.FEDERATION_USER), review, "dialogue-mail-review.form");

      long petition = AnswersDriver.petition(port, number, AnswersDriver.MAYPHUTHI, PetitionTopic.LIVING_JOBS_POLICY,
          "Đề nghị kiểm tra việc trả lương làm thêm giờ");
      DialogueDriver.clockAt("2023-05-11T00:00");
      DialogueDriver.fireTimer(engine, conference, DialogueConference.Elements.PETITION_DEADLINE);
      openTaskForm(as(DialogueDriver.FEDERATION_USER), DialogueDriver.task(engine, conference,
          DialogueConference.Elements.CONSOLIDATE), "dialogue-conference-consolidation.html");

      // The department's answer sheet, then the chairman's office's review of it.
      PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
      consolidation.assign(plan, List.of(new SeenPetition(petition, 0)), AnswersDriver.DEPARTMENT,
          DialogueDriver.FEDERATION_USER);
      DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, DialogueDriver.task(engine, conference,
          DialogueConference.Elements.CONSOLIDATE), Map.of());
      DialogueDriver.runJobs(engine, conference);
      ProcessInstance sheet = AnswersDriver.sheetOf(engine, new AnswersDriver.Sheet(number, plan, conference,
          List.of(petition), 0), AnswersDriver.DEPARTMENT);
      Task answer = DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.ANSWER_PETITIONS);
      openTaskForm(as(AnswersDriver.DEPARTMENT_USER), answer, "dialogue-department-answers.html");
      AnswersDriver.answer(port, number, Map.of(petition, 0), "Phòng sẽ kiểm tra trong quý III/2023.");
      DialogueDriver.complete(engine, AnswersDriver.DEPARTMENT_USER, answer, Map.of());
      openTaskForm(as(AnswersDriver.REVIEWER), DialogueDriver.task(engine, sheet, DepartmentAnswers.Elements.REVIEW),
          "dialogue-department-answers-review.html");
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * The dialogue conference's day: its record, then a commitment's report by the department and the district
   * federation's confirmation. Plan 9507/KH-LĐLĐ of Gia Lâm, its conference on 27/6/2023 at 15:10.
   */
  private void openConferenceSessionForms() throws IOException {
    String number = "9507/KH-LĐLĐ";
    try {
      ProcessInstance conference = SessionDriver.atConferenceDay(engine, number, "2023-06-27");
      openTaskForm(as(DialogueDriver.FEDERATION_USER), DialogueDriver.task(engine, conference,
          DialogueConference.Elements.RECORD_CONFERENCE), "dialogue-conference-record.html");
      ProcessInstance commitment = CommitmentDriver.start(engine, number,
          CommitmentDriver.record(engine, conferenceRecords, conference, number).get(0));
      Task report = DialogueDriver.task(engine, commitment, Commitment.Elements.REPORT);
      openTaskForm(as(SessionDriver.DEPARTMENT_USER), report, "dialogue-commitment-report.html");
      DialogueDriver.complete(engine, SessionDriver.DEPARTMENT_USER, report, CommitmentDriver.done("2023-06-27"));
      openTaskForm(as(DialogueDriver.FEDERATION_USER), DialogueDriver.task(engine, commitment,
          Commitment.Elements.CONFIRM), "dialogue-commitment-confirm.form");
    } finally {
      ClockUtil.reset();
    }
  }

  /** The deadline follow-up watching {@code watched}, run on the engine's clock past the deadline to its task. */
  private ProcessInstance followUpTaskOf(ProcessInstance watched, String taskKey) {
    ProcessInstance watch = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DeadlineFollowUp.KEY).superProcessInstanceId(watched.getId()).singleResult();
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2022, 7, 4, 9, 0).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
    try {
      for (int round = 0; round < 6 && engine.getTaskService().createTaskQuery().processInstanceId(watch.getId())
          .taskDefinitionKey(taskKey).count() == 0; round++) {
        engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));
      }
    } finally {
      ClockUtil.reset();
    }
    return watch;
  }

  private Browser as(String user) {
    if (!user.equals(signedIn)) {
      browser.driver.manage().deleteAllCookies();
      browser.logIn("tasklist", user, RestCaller.DEMO_PASSWORD);
      signedIn = user;
    }
    return browser;
  }

  private static TreeSet<String> formsInRepository() throws IOException {
    return RepositoryFiles.under(RepositoryFiles.FORMS, ".form", ".html").stream()
        .map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  /** Opens the start form of the process whose name contains {@code processName} from Tasklist's start dialog. */
  private void openStartForm(Browser browser, String processName, String form) throws IOException {
    // From Tasklist without a task open: a task's form left on the page would be found before the start form's.
    browser.open("/camunda/app/tasklist/default/#/");
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-form, form.phoihop-form")).isEmpty());
    browser.click(By.cssSelector(".start-process-action a"));
    org.openqa.selenium.WebElement process = browser.waitFor(d -> d.findElements(
        By.cssSelector(".modal-body a")).stream()
        .filter(a -> a.getText().contains(processName)).findFirst().orElse(null));
    browser.click(process);
    checkForm(browser, form);
    // Close the dialog, so this browser can open tasks later (every extra browser costs a core here).
    org.openqa.selenium.WebElement close = browser.waitFor(d -> d.findElements(
        By.cssSelector(".modal-footer button, .modal-footer a")).stream()
        .filter(b -> b.getText().strip().equals("Đóng")).findFirst().orElse(null));
    browser.click(close);
    browser.waitFor(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? Boolean.TRUE : null);
  }

  private void openTaskForm(Browser browser, Task task, String form) throws IOException {
    // What the console said before (e.g. Tasklist noticing that a task it showed was completed meanwhile) is not
    // this form's business.
    browser.driver.manage().logs().get("browser");
    Tasklist.openTask(browser, task.getId());
    currentTaskId = task.getId();
    checkForm(browser, form);
    currentTaskId = null;
  }

  /** The form is shown with all its fields, without an error message or a console error. */
  private void checkForm(Browser browser, String form) throws IOException {
    if (form.endsWith(".html")) {
      assertThat(HTML_FORM_FIELDS).as("field ids of %s listed in HTML_FORM_FIELDS", form).containsKey(form);
      browser.visible(By.cssSelector("form.phoihop-form"));
      // The task's context has come: the form's first read-only field shows a value, not its template.
      browser.waitFor(d -> {
        String shown = d.findElements(By.cssSelector("[id^='context-']")).stream().findFirst()
            .map(org.openqa.selenium.WebElement::getText).orElse("");
        return !shown.isBlank() && !shown.contains("{{");
      });
      for (String id : HTML_FORM_FIELDS.get(form)) {
        assertThat(browser.driver.findElements(By.id(id))).as("%s: field %s", form, id).hasSize(1);
      }
    } else {
      browser.visible(By.cssSelector(".fjs-form"));
      JsonNode schema = JSON.readTree(RepositoryFiles.form(form).toFile());
      for (String id : alwaysShownFieldIds(schema.get("components"), new ArrayList<>())) {
        assertThat(browser.driver.findElements(By.cssSelector("[id*='" + id + "']")))
            .as("%s: field %s is rendered", form, id).isNotEmpty();
      }
    }
    // Every answer the form asked for, an error too, has been handled before the absence of errors is asserted.
    browser.waitUntilIdle();
    List<String> errors = new ArrayList<>();
    browser.driver.findElements(By.cssSelector(".alert-danger, .fjs-form-field-error, .notification.error"))
        .stream().filter(e -> e.isDisplayed()).forEach(e -> errors.add(e.getText()));
    String body = browser.bodyText();
    for (String failure : List.of("Form failure", "Lỗi biểu mẫu", "không tải được", "could not be loaded")) {
      if (body.contains(failure)) {
        errors.add(failure);
      }
    }
    for (LogEntry entry : browser.driver.manage().logs().get("browser").getAll()) {
      // Tasklist itself asks, before login, whether a session exists (404) and for the welcome page link.
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          && !entry.getMessage().contains("/camunda/api/admin/auth/user/default")
          && !entry.getMessage().contains("/camunda-welcome")
          && !isAnEarlierTaskGone(entry.getMessage())) {
        errors.add(entry.getMessage());
      }
    }
    browser.fullScreenshot("form-" + form.replace('.', '-'));
    assertThat(errors).as("errors shown with %s", form).isEmpty();
    Tasklist.assertVietnamese(browser);
    opened.add(form);
  }

  /** Tasklist polling a task shown before, which the test has completed meanwhile through the Java API. */
  private boolean isAnEarlierTaskGone(String message) {
    return message.matches(".*/task/[0-9a-f-]{36} - Failed to load resource: .* 404.*")
        && (currentTaskId == null || !message.contains(currentTaskId));
  }

  /** Fields and texts without a condition: they are on screen whatever the data. */
  private static List<String> alwaysShownFieldIds(JsonNode components, List<String> ids) {
    for (JsonNode component : components) {
      if (component.has("conditional")) {
        continue;
      }
      if (component.has("components")) {
        alwaysShownFieldIds(component.get("components"), ids);
      } else if (component.has("key") && component.has("id")) {
        ids.add(component.get("id").asText());
      }
    }
    return ids;
  }
}
