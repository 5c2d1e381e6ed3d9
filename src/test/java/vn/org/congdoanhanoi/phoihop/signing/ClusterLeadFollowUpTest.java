package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineReminders;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * A cluster lead's tasks are watched like a unit's: reminders 7, 3 and 1 working days before the cluster's deadline
 * (to the lead, or to the standing committee while the city's confirmation is open), then the city office's
 * "Đôn đốc Cụm trưởng" task. A lead who never proposes cannot hold up the campaign: the office sends a letter,
 * extends, and finally lets the members sign by locality, which ends the cluster ceremony. A booking ends the watch.
 * Timers are fired as jobs with the engine clock set to their due date.
 */
@PostgresIntegrationTest
class ClusterLeadFollowUpTest {

  static final String NEVER_PROPOSES = "9901/LĐLĐ";
  static final String CITY_LATE = "9902/LĐLĐ";
  static final String RACE = "9903/LĐLĐ";
  static final List<String> CUM3 = List.of("gialam", "donganh", "socson");
  static final String DEADLINE = "2022-06-30";

  @Autowired
  ProcessEngine engine;

  @Autowired
  DeadlineReminders reminders;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  ClusterRegistrations registrations;

  @Autowired
  Ceremonies registry;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @LocalServerPort
  int port;

  @BeforeEach
  void initAssertionsAndTheEngineClock() {
    AbstractAssertions.init(engine);
    setClock(Date.from(LocalDate.of(2022, 5, 16).atTime(9, 0).atZone(WorkingDayCalendar.ZONE).toInstant()));
  }

  @AfterEach
  void resetTheClockAndFreeTheDiary() {
    ClockUtil.reset();
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where document_number = ? and status = 'SCHEDULED'")
        .param(CITY_LATE).update();
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where document_number = ? and status = 'SCHEDULED'")
        .param(RACE).update();
  }

  @Test
  void aLeadWhoNeverProposesIsRemindedFollowedUpGivenMoreTimeAndFinallyItsMembersSignByLocality() throws Exception {
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(NEVER_PROPOSES, CUM3, "2022-05-16", DEADLINE));
    ProcessInstance campaign = d.campaign();
    everyMemberChoosesTheCluster(d, campaign);
    ProcessInstance cluster = d.cluster("cum3");
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.PROPOSE, ClusterCeremony.Elements.LEAD_FOLLOW_UP);
    ProcessInstance watch = watchOf(cluster);
    assertThat(watch.getBusinessKey()).isEqualTo(cluster.getBusinessKey());
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, DEADLINE));

    // Reminders go to the lead, listing its task; the lead's work stays where it is.
    NotificationJobs jobs = new NotificationJobs(engine);
    fire(d, watch, DeadlineFollowUp.Elements.REMINDER_7, campaign);
    ReceivedMail reminder = ReceivedMail.withMessageId(
        jobs.sendMail("deadline-reminder." + watch.getId() + "." + DEADLINE + ".7"));
    assertThat(reminder.subject()).startsWith("Nhắc hạn: còn 7 ngày làm việc (9901/LĐLĐ)");
    assertThat(reminder.recipients()).contains("gialam.ldld@demo.phoihop.example")
        .doesNotContain("donganh.ldld@demo.phoihop.example");
    assertThat(reminder.text()).contains("- Đề xuất thời gian, địa điểm Lễ ký kết chung");
    fire(d, watch, DeadlineFollowUp.Elements.REMINDER_3, campaign);
    fire(d, watch, DeadlineFollowUp.Elements.REMINDER_1, campaign);
    assertThat(jobs.mails("deadline-reminder." + watch.getId())).as("the 3- and 1-day reminders").hasSize(2);
    assertThat(cluster).isWaitingAt(ClusterCeremony.Elements.PROPOSE);

    // The deadline passes: the office's follow-up of the lead, told apart from the lead unit's own follow-up.
    fire(d, watch, DeadlineFollowUp.Elements.DEADLINE_REACHED, campaign);
    Task followUp = d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD);
    assertThat(followUp.getName())
        .isEqualTo("Đôn đốc Cụm trưởng: Cụm Thi đua số 3 – Liên đoàn Lao động huyện Gia Lâm (9901/LĐLĐ)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anyMatch(l -> "city-office".equals(l.getGroupId()));

    // A whole cluster cannot be excused, and releasing the members needs a reason: 400 naming the field.
    RestCaller office = RestCaller.demo(port, "vanphong");
    RestCaller.Response excuse = office.post("/engine-rest/task/" + followUp.getId() + "/complete",
        Map.of("variables", SigningDriver.restVariables(Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXCUSE",
            DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "Miễn cả Cụm"))));
    assertThat(excuse.status()).as(excuse.body()).isEqualTo(400);
    assertThat(excuse.body()).contains(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(),
        "ký theo địa bàn (RELEASE_MEMBERS)");
    RestCaller.Response noReason = office.post("/engine-rest/task/" + followUp.getId() + "/complete",
        Map.of("variables", SigningDriver.restVariables(Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(),
            "RELEASE_MEMBERS"))));
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains(DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "bắt buộc");
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD);

    // A formal letter to the lead and its Party committee; the office follows up again three working days later.
    d.complete("vanphong", followUp, decision("SEND_LETTER", null, "Đề nghị Cụm trưởng đề xuất lịch lễ chung ngay."));
    ProcessInstance letterMail = jobs.mails("follow-up-letter.").stream()
        .filter(i -> jobs.variables(i).get(NotificationMail.Vars.MAIL_REQUEST.name()).toString().contains(NEVER_PROPOSES)).findFirst()
        .orElseThrow();
    ReceivedMail letter = ReceivedMail.withMessageId(jobs.sendMail(letterMail.getBusinessKey()));
    assertThat(letter.recipients()).contains("gialam.ldld@demo.phoihop.example", "gialam.capuy@demo.phoihop.example");
    assertThat(letter.text()).contains("Đề nghị Cụm trưởng đề xuất lịch lễ chung ngay.");
    fire(d, watch, DeadlineFollowUp.Elements.NEXT_FOLLOW_UP, campaign);

    // Extended: the cluster (the lead may now propose up to the new date) and its watch get the new deadline.
    String extended = "2022-07-15";
    d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD),
        decision("EXTEND", extended, "Cụm trưởng xin lùi do trùng Đại hội"));
    assertThat(engine.getRuntimeService().getVariable(cluster.getId(), ClusterCeremony.Vars.DEADLINE.name()))
        .isEqualTo(extended);
    assertThat(watch).isWaitingAt(DeadlineFollowUp.Elements.REMINDER_7);
    assertThat(timer(watch, DeadlineFollowUp.Elements.REMINDER_7).getDuedate())
        .isEqualTo(reminders.reminderAt(7, extended));
    for (String timer : List.of(DeadlineFollowUp.Elements.REMINDER_7, DeadlineFollowUp.Elements.REMINDER_3,
        DeadlineFollowUp.Elements.REMINDER_1, DeadlineFollowUp.Elements.DEADLINE_REACHED)) {
      fire(d, watch, timer, campaign);
    }

    // Still nothing: the office lets the members sign by locality. The cluster ceremony ends, the campaign no
    // longer waits for it, and every member goes on as a unit signing by locality, told why.
    d.complete("vanphong", d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD),
        decision("RELEASE_MEMBERS", null, "Cụm trưởng không đề xuất được lịch"));
    assertThat(watch).isEnded().hasPassed(DeadlineFollowUp.Elements.END_MEMBERS_RELEASED);
    d.executeJobs(campaign.getId());
    assertThat(cluster).isEnded().hasPassed(ClusterCeremony.Elements.MEMBERS_RELEASED,
        ClusterCeremony.Elements.RELEASE_MEMBERS, ClusterCeremony.Elements.END_MEMBERS_SIGN_BY_LOCALITY)
        .hasNotPassed(ClusterCeremony.Elements.END_BOOKED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cluster.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(FanOuts.PARENT.name(), campaign.getId()).processDefinitionKey(ClusterCeremony.KEY).count()).isZero();
    assertThat(registrations.members(new CampaignId(NEVER_PROPOSES, 2022), "cum3")).containsOnly(
        Map.entry("gialam", MemberState.LEFT), Map.entry("donganh", MemberState.LEFT),
        Map.entry("socson", MemberState.LEFT));
    for (String unit : CUM3) {
      ProcessInstance member = d.unit(unit);
      assertThat(member).hasPassed(UnitSigning.Elements.RELEASED_FROM_CLUSTER, UnitSigning.Elements.LEAVE_CLUSTER)
          .isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL);
      assertThat(engine.getRuntimeService().getVariable(member.getId(), UnitSigning.Vars.SIGNING_SCOPE.name()))
          .isEqualTo("LOCALITY");
      assertThat((String) engine.getRuntimeService().getVariable(member.getId(),
          UnitSigning.Vars.CLUSTER_RELEASE_REASON.name())).isEqualTo(
          "LĐLĐ Thành phố cho các đơn vị trong Cụm Thi đua số 3 ký theo địa bàn: Cụm trưởng không đề xuất được lịch");
    }
    assertThat(registry.all(new CampaignId(NEVER_PROPOSES, 2022))).isEmpty();
  }

  @Test
  void whileTheCityConfirmsTheStandingCommitteeIsRemindedAndTheBookingEndsTheWatch() throws Exception {
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(CITY_LATE, CUM3, "2022-05-16", DEADLINE));
    ProcessInstance campaign = d.campaign();
    everyMemberChoosesTheCluster(d, campaign);
    ProcessInstance cluster = d.cluster("cum3");
    ProcessInstance watch = watchOf(cluster);
    d.complete("gialam.ldld", cluster, ClusterCeremony.Elements.PROPOSE, Map.of(
        ClusterCeremony.Vars.JOINT_DATE.name(), "2022-06-24", ClusterCeremony.Vars.JOINT_TIME.name(), "15:10",
        ClusterCeremony.Vars.JOINT_VENUE.name(), "Hội trường Huyện ủy Gia Lâm",
        ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT"));

    // The open task is now the city's: the reminder goes to the standing committee, not to the lead.
    NotificationJobs jobs = new NotificationJobs(engine);
    fire(d, watch, DeadlineFollowUp.Elements.REMINDER_7, campaign);
    ReceivedMail reminder = ReceivedMail.withMessageId(
        jobs.sendMail("deadline-reminder." + watch.getId() + "." + DEADLINE + ".7"));
    assertThat(reminder.recipients()).contains("thuongtruc@demo.phoihop.example")
        .doesNotContain("gialam.ldld@demo.phoihop.example");
    assertThat(reminder.text()).contains("- Xác nhận thành phần LĐLĐ Thành phố dự lễ");

    // The city confirms and the ceremony is booked: the watch ends with the lead's stage, nothing is left to chase.
    d.complete("thuongtruc", cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE,
        Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "Đồng chí Chủ tịch LĐLĐ Thành phố"));
    d.executeJobs(campaign.getId());
    assertThat(cluster).hasPassed(ClusterCeremony.Elements.END_BOOKED)
        .hasNotPassed(ClusterCeremony.Elements.MEMBERS_RELEASED)
        .isWaitingAt(ClusterCeremony.Elements.CEREMONY_DAY);
    assertThat(watch).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .processInstanceBusinessKey(cluster.getBusinessKey()).count()).isZero();
    assertThat(registry.scheduled(new CampaignId(CITY_LATE, 2022))).singleElement()
        .satisfies(c -> assertThat(registry.units(c.id())).containsExactlyInAnyOrderElementsOf(CUM3));
  }

  /**
   * The office lets the members sign by locality while the standing committee confirms the lead's proposal. The
   * office's completion has run but not committed; the city's request, over REST, reaches the same rows and waits
   * for them. Once the office commits, the city's confirmation is answered 409 ("… thử lại") and nothing of it is
   * kept: no ceremony is booked for the released cluster.
   */
  @Test
  void aReleaseAndTheCitysConfirmationAtOnceOneWinsTheOtherIsAskedToTryAgain() throws Exception {
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(RACE, CUM3, "2022-05-16", DEADLINE));
    ProcessInstance campaign = d.campaign();
    everyMemberChoosesTheCluster(d, campaign);
    ProcessInstance cluster = d.cluster("cum3");
    ProcessInstance watch = watchOf(cluster);
    d.complete("gialam.ldld", cluster, ClusterCeremony.Elements.PROPOSE, Map.of(
        ClusterCeremony.Vars.JOINT_DATE.name(), "2022-06-24", ClusterCeremony.Vars.JOINT_TIME.name(), "07:10",
        ClusterCeremony.Vars.JOINT_VENUE.name(), "Hội trường Huyện ủy Gia Lâm",
        ClusterCeremony.Vars.JOINT_SIGNING_MODE.name(), "DIRECT"));
    for (String timer : List.of(DeadlineFollowUp.Elements.REMINDER_7, DeadlineFollowUp.Elements.REMINDER_3,
        DeadlineFollowUp.Elements.REMINDER_1, DeadlineFollowUp.Elements.DEADLINE_REACHED)) {
      fire(d, watch, timer, campaign);
    }
    Task release = d.task(watch, DeadlineFollowUp.Elements.FOLLOW_UP_CLUSTER_LEAD);
    Task confirmation = d.task(cluster, ClusterCeremony.Elements.CONFIRM_ATTENDANCE);

    CountDownLatch officeCompleted = new CountDownLatch(1);
    CountDownLatch cityWaits = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> office = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
        d.complete("vanphong", release, decision("RELEASE_MEMBERS", null, "Thường trực chưa xác nhận kịp"));
        officeCompleted.countDown();
        await(cityWaits);
      }));
      await(officeCompleted);
      Future<RestCaller.Response> city = threads.submit(() -> RestCaller.demo(port, "thuongtruc").post(
          "/engine-rest/task/" + confirmation.getId() + "/complete", Map.of("variables", SigningDriver.restVariables(
              Map.of(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "Đồng chí Chủ tịch LĐLĐ Thành phố")))));
      // The city's request is inside the database, waiting for the rows the office's transaction holds.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
      while (waitingForALock() == 0 && !city.isDone() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(city.isDone()).as("the city's request waits for the office's rows").isFalse();
      cityWaits.countDown();
      office.get(30, java.util.concurrent.TimeUnit.SECONDS);
      RestCaller.Response answer = city.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(answer.status()).as(answer.body()).isEqualTo(409);
      assertThat(answer.body()).contains("thử lại");
    } finally {
      cityWaits.countDown();
      threads.shutdownNow();
    }
    d.executeJobs(campaign.getId());
    assertThat(cluster).isEnded().hasPassed(ClusterCeremony.Elements.END_MEMBERS_SIGN_BY_LOCALITY)
        .hasNotPassed(ClusterCeremony.Elements.SCHEDULE);
    assertThat(registry.all(new CampaignId(RACE, 2022))).isEmpty();
    assertThat(d.unit("gialam")).isWaitingAt(UnitSigning.Elements.SCHEDULE_LOCAL);
  }

  private long waitingForALock() {
    return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
        + "and datname = current_database()").query(Long.class).single();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("the other side arrived").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void everyMemberChoosesTheCluster(SigningDriver d, ProcessInstance campaign) {
    for (String unit : CUM3) {
      d.propose(unit, "CLUSTER");
      d.complete(unit + ".capuy", d.unit(unit), UnitSigning.Elements.COMMITTEE_OPINION,
          Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE"));
    }
    d.executeJobs(campaign.getId());
  }

  private ProcessInstance watchOf(ProcessInstance cluster) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(cluster.getId()).singleResult();
  }

  /** Moves the engine clock to the timer's due date (never back), then fires it as a job. */
  private void fire(SigningDriver d, ProcessInstance instance, String activityId, ProcessInstance campaign) {
    Date due = timer(instance, activityId).getDuedate();
    if (due.after(ClockUtil.getCurrentTime())) {
      setClock(due);
    }
    d.fireTimer(instance, activityId, campaign.getId());
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private static void setClock(Date now) {
    ClockUtil.setCurrentTime(now);
  }

  private static Map<String, Object> decision(String action, String newDeadline, String note) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), action);
    vars.put(DeadlineFollowUp.Vars.NEW_DEADLINE.name(), newDeadline);
    vars.put(DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), note);
    return vars;
  }
}
