package vn.org.congdoanhanoi.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/**
 * The one test driver of the programme family: starts a programme, lets its years come in the engine's clock
 * (ClockUtil), acts as the parties' people with their groups (authorization checks on) and plays the job executor one
 * job at a time, never sleeping through a timer.
 */
public final class ProgrammeDriver {

  /** The city office's demo user: starts programmes and acts for a partner without accounts. */
  public static final String OFFICE = "vanphong";
  public static final List<String> SEED_002_AREAS = List.of(
      "Công tác chăm lo đời sống, đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động",
      "Công tác thông tin, tuyên truyền",
      "Tổ chức các phong trào thi đua yêu nước trong đoàn viên công đoàn và người lao động",
      "Công tác xây dựng công đoàn cơ sở vững mạnh, nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ "
          + "công đoàn");

  private final ProcessEngine engine;
  private final String number;
  private ProcessInstance programme;

  public ProgrammeDriver(ProcessEngine engine, String number) {
    this.engine = engine;
    this.number = number;
  }

  /** Seed 002's programme under the given number: Hà Nội and Nghệ An, 2022–2027, four areas, Hà Nội first. */
  public static Map<String, Object> seed002(String number) {
    return programme(number, "2022-05-20", 2022, 2027);
  }

  public static Map<String, Object> programme(String number, String signedOn, int termStart, int termEnd) {
    Map<String, Object> values = new LinkedHashMap<>();
    CoordinationProgramme.Vars.PROGRAMME_NUMBER.putInto(values, number);
    CoordinationProgramme.Vars.ISSUED_ON.putInto(values, LocalDate.parse(signedOn));
    CoordinationProgramme.Vars.PARTY_A.putInto(values, "thanhpho");
    CoordinationProgramme.Vars.PARTY_B.putInto(values, "nghean");
    CoordinationProgramme.Vars.TERM_START.putInto(values, termStart);
    CoordinationProgramme.Vars.TERM_END.putInto(values, termEnd);
    CoordinationProgramme.Vars.CONTENT_AREAS.putInto(values, SEED_002_AREAS);
    CoordinationProgramme.Vars.FIRST_HOST.putInto(values, "thanhpho");
    return values;
  }

  public ProcessInstance start(String user, Map<String, Object> values) {
    programme = as(engine, user, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(CoordinationProgramme.KEY, values));
    return programme;
  }

  /** A programme started elsewhere (over REST) that this driver then drives. */
  public void follow(ProcessInstance started) {
    programme = started;
  }

  public ProcessInstance programme() {
    return programme;
  }

  /** The programme's instance now (ended instances are not found). */
  public ProcessInstance runningProgramme() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(programme.getId()).singleResult();
  }

  /** The year's review instance, running or null. */
  public ProcessInstance review(int year) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProgrammeReview.KEY)
        .processInstanceBusinessKey(ProgrammeReview.businessKey(number, year)).singleResult();
  }

  /** The engine's clock at this local time in Hà Nội. */
  public static void clockAt(LocalDateTime hanoi) {
    ClockUtil.setCurrentTime(Date.from(hanoi.atZone(WorkingDayCalendar.ZONE).toInstant()));
  }

  /** The year's cycle opens: the clock moves to 1 November, 08:00, and the programme's timer fires. */
  public ProcessInstance openYear(int year) {
    clockAt(LocalDateTime.of(year, 11, 1, 8, 0));
    fireTimer(programme.getId(), CoordinationProgramme.Elements.YEAR_OPENS);
    ProcessInstance review = review(year);
    assertThat(review).as("review of %s", year).isNotNull();
    return review;
  }

  public Map<String, Object> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  /** The party's open report task in the year's review. */
  public Task reportTask(ProcessInstance review, String party) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(ProgrammeReview.Elements.REPORT_RESULTS).list().stream()
        .filter(t -> party.equals(engine.getTaskService().getVariable(t.getId(), Vars.PARTY_CODE.name()))).toList();
    assertThat(tasks).as("report task of %s", party).hasSize(1);
    return tasks.get(0);
  }

  /** A report with a result under every content area of seed 002. */
  public static Map<String, Object> results(String who, int year) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < SEED_002_AREAS.size(); i++) {
      text.append(i + 1).append(". ").append(SEED_002_AREAS.get(i)).append(": ").append(who).append(" năm ")
          .append(year).append(", kết quả nội dung ").append(i + 1).append(".\n");
    }
    return Vars.AREA_RESULTS.putInto(new HashMap<>(), text.toString());
  }

  public void report(String user, ProcessInstance review, String party, int year) {
    complete(user, reportTask(review, party), results(party, year));
    runJobs();
  }

  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  public static Map<String, Object> proposal(LocalDate date, String time, String venue) {
    Map<String, Object> values = new HashMap<>();
    Vars.REVIEW_DATE.putInto(values, date);
    Vars.REVIEW_TIME.putInto(values, java.time.LocalTime.parse(time));
    Vars.REVIEW_VENUE.putInto(values, venue);
    return values;
  }

  public static Map<String, Object> conclusions(int year) {
    Map<String, Object> values = new HashMap<>();
    Vars.CONCLUSIONS.putInto(values, "Hai bên thống nhất đánh giá kết quả năm " + year + ".");
    Vars.NEXT_YEAR_PLAN.putInto(values, "Kế hoạch năm " + (year + 1) + ": tiếp tục bốn nội dung phối hợp.");
    return values;
  }

  /** The review's day comes: the clock moves to its start and its timer fires. */
  public void reviewDayComes(ProcessInstance review) {
    clockAt(LocalDateTime.parse(engine.getRuntimeService().getVariable(review.getId(), Vars.REVIEW_STARTS_AT.name())
        .toString().substring(0, 16)));
    fireTimer(review.getId(), ProgrammeReview.Elements.REVIEW_DAY);
  }

  /** The follow-up of the party's report reaches its deadline: every timer before it fires, in order. */
  public void reportDeadlinePasses(ProcessInstance review, String party) {
    ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(review.getId()).processDefinitionKey(DeadlineFollowUp.KEY)
        .processInstanceBusinessKey(review.getBusinessKey() + "/" + party).singleResult();
    assertThat(followUp).as("follow-up of %s", party).isNotNull();
    for (String timer : List.of(DeadlineFollowUp.Elements.REMINDER_7, DeadlineFollowUp.Elements.REMINDER_3,
        DeadlineFollowUp.Elements.REMINDER_1, DeadlineFollowUp.Elements.DEADLINE_REACHED)) {
      fireTimer(followUp.getId(), timer);
    }
  }

  public void complete(String user, Task task, Map<String, Object> variables) {
    EngineActions.complete(engine, user, task.getId(), variables);
  }

  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(user, task(instance, taskKey), variables);
    runJobs();
  }

  /** Fires the one timer of the activity in the instance, then runs what follows. */
  public void fireTimer(String processInstanceId, String activityId) {
    EngineActions.fireTimer(engine, processInstanceId, activityId);
    runJobs();
  }

  /** Runs the programme's asynchronous steps until none is left; timers wait until they are fired. */
  public void runJobs() {
    EngineActions.executeJobs(engine, programme.getId());
  }

  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    return EngineActions.as(engine, user, action);
  }
}
