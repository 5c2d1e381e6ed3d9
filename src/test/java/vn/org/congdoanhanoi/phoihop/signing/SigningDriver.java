package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The one test driver of the signing family: starts a campaign, acts in it as its people do and reads its state.
 * Every task is completed as a demo user of the right unit with that user's groups, so Camunda's authorization
 * checks apply; the job executor's part (asynchronous steps, due timers) is played one job at a time, never slept
 * through. {@link Rest} does the same through Camunda's REST API, as other systems and Tasklist do.
 *
 * <p>Variable names come from the processes' {@code Vars} declarations, and only in the letter and form-value
 * builders below ({@link #campaign}, {@link #proposal}, {@link #approval}, {@link #schedule}).
 */
public final class SigningDriver {

  /** The city office's demo user, who starts campaigns. */
  private static final String OFFICE = "vanphong";
  private static final String ISSUED_ON = "2022-05-16";
  private static final String DEADLINE = "2022-06-30";
  private static final String SUBJECT = "V/v tổ chức Lễ ký Quy chế phối hợp công tác giai đoạn 2022-2025";

  private final ProcessEngine engine;
  private final String documentNumber;
  /** The campaign when this driver started it; its jobs are then run by {@link #runJobs()}. */
  private ProcessInstance campaign;

  public SigningDriver(ProcessEngine engine, String documentNumber) {
    this.engine = engine;
    this.documentNumber = documentNumber;
  }

  // ---- the letter and the values of the forms

  /** The variables of a campaign letter issued on {@link #ISSUED_ON} with its deadline {@link #DEADLINE}. */
  public static Map<String, Object> campaign(String number, List<String> units) {
    return campaign(number, units, ISSUED_ON, DEADLINE);
  }

  public static Map<String, Object> campaign(String number, List<String> units, String issuedOn, String deadline) {
    Map<String, Object> vars = letter(number, issuedOn, deadline);
    SigningCampaign.Vars.UNIT_CODES.putInto(vars, units);
    return vars;
  }

  /** The letter as the office's start form sends it: no unit list, so the campaign goes to every unit. */
  public static Map<String, Object> letter(String number) {
    return letter(number, ISSUED_ON, DEADLINE);
  }

  private static Map<String, Object> letter(String number, String issuedOn, String deadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), number);
    vars.put(SigningCampaign.Vars.ISSUED_ON.name(), issuedOn);
    vars.put(SigningCampaign.Vars.DEADLINE.name(), deadline);
    vars.put(SigningCampaign.Vars.SUBJECT.name(), SUBJECT);
    vars.put(SigningCampaign.Vars.TERM.name(), "2022-2025");
    return vars;
  }

  /** A unit's proposal (form unit-signing-proposal): 14:00 on 8 June 2022, in the given scope. */
  public static Map<String, Object> proposal(String scope) {
    return Map.of(UnitSigning.Vars.PROPOSED_DATE.name(), "2022-06-08", UnitSigning.Vars.PROPOSED_TIME.name(), "14:00",
        UnitSigning.Vars.VENUE.name(), "Hội trường Huyện ủy", UnitSigning.Vars.VENUE_ARRANGED_BY.name(), "UNIT",
        UnitSigning.Vars.SIGNING_MODE.name(), "DIRECT", UnitSigning.Vars.SIGNING_SCOPE.name(), scope,
        UnitSigning.Vars.ATTENDEES.name(), "Ban Thường vụ Huyện ủy; Ban Thường vụ LĐLĐ huyện");
  }

  /** The Party committee's approval (form unit-signing-opinion). */
  public static Map<String, Object> approval() {
    return Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE");
  }

  /** The unit's own ceremony, scheduled in the hall of the district's People's Committee. */
  public static Map<String, Object> schedule(String date, String time) {
    return schedule(date, time, "Hội trường UBND");
  }

  /** The unit's own ceremony, scheduled (form unit-signing-schedule). */
  public static Map<String, Object> schedule(String date, String time, String venue) {
    return Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "SCHEDULE", UnitSigning.Vars.CEREMONY_DATE.name(), date,
        UnitSigning.Vars.CEREMONY_TIME.name(), time, UnitSigning.Vars.CEREMONY_VENUE.name(), venue);
  }

  // ---- starting

  /** Starts the campaign of the letter as the city office; the driver then knows the campaign ({@link #campaign()}). */
  public static SigningDriver start(ProcessEngine engine, Map<String, Object> letter) {
    SigningDriver driver = new SigningDriver(engine, (String) letter.get(SigningCampaign.Vars.DOCUMENT_NUMBER.name()));
    driver.campaign = startCampaign(engine, OFFICE, letter);
    return driver;
  }

  /**
   * Starts a campaign as the given user with that user's groups (authorization checks on), then plays the job
   * executor's batches that start its units' and clusters' instances (the start itself creates none of them).
   */
  public static ProcessInstance startCampaign(ProcessEngine engine, String user, Map<String, Object> variables) {
    ProcessInstance campaign = as(engine, user,
        () -> engine.getRuntimeService().startProcessInstanceByKey(SigningCampaign.KEY, variables));
    startChildren(engine, campaign.getId());
    return campaign;
  }

  /** Runs the campaign's own jobs that are due now: after its start, the batches that start its children. */
  public static void startChildren(ProcessEngine engine, String campaignId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < EngineActions.JOB_ROUNDS; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(campaignId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after " + EngineActions.JOB_ROUNDS + " rounds");
  }

  /** Starts a campaign as other systems do: Camunda's REST start, as the given demo user. */
  public static RestCaller.Response startOverRest(int port, String user, Map<String, ?> values) {
    return RestCaller.demo(port, user).post("/engine-rest/process-definition/key/" + SigningCampaign.KEY + "/start",
        Map.of("variables", restVariables(values)));
  }

  /** {@link #startOverRest(int, String, Map)}, then the batches that start a started campaign's children. */
  public static RestCaller.Response startOverRest(ProcessEngine engine, int port, String user, Map<String, ?> values) {
    RestCaller.Response response = startOverRest(port, user, values);
    if (response.status() == 200) {
      startChildren(engine, response.json().get("id").asText());
    }
    return response;
  }

  /** Runs the action authenticated as the given demo user with that user's groups. */
  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    return EngineActions.as(engine, user, action);
  }

  // ---- reading

  public String documentNumber() {
    return documentNumber;
  }

  /** The campaign this driver started with {@link #start}. */
  public ProcessInstance campaign() {
    assertThat(campaign).as("a campaign started by this driver").isNotNull();
    return campaign;
  }

  /** The unit's running signing instance, or null. */
  public ProcessInstance unit(String unitCode) {
    return instance(UnitSigning.KEY, UnitSigning.businessKey(documentNumber, unitCode));
  }

  /** The cluster's running joint ceremony, or null. */
  public ProcessInstance cluster(String clusterCode) {
    return instance(ClusterCeremony.KEY, ClusterCeremony.businessKey(documentNumber, clusterCode));
  }

  private ProcessInstance instance(String key, String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** The one open task of the instance at the given element. */
  public Task task(ProcessInstance instance, String taskKey) {
    assertThat(instance).as("running instance for task %s", taskKey).isNotNull();
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  // ---- acting

  /** Completes the task as the given demo user, with that user's groups, so authorizations apply. */
  public void complete(String user, Task task, Map<String, Object> variables) {
    EngineActions.complete(engine, user, task.getId(), variables);
  }

  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(user, task(instance, taskKey), variables);
  }

  /** Completes the task, then plays the job executor for the campaign this driver started (as Tasklist users see it). */
  public void completeAndRunJobs(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(user, instance, taskKey, variables);
    runJobs();
  }

  /** The unit's federation ("<unit>.ldld") proposes in the given scope. */
  public void propose(String unitCode, String scope) {
    complete(unitCode + ".ldld", unit(unitCode), UnitSigning.Elements.PROPOSAL, proposal(scope));
  }

  /** The unit's Party committee ("<unit>.capuy") approves the proposal. */
  public void approve(String unitCode) {
    complete(unitCode + ".capuy", unit(unitCode), UnitSigning.Elements.COMMITTEE_OPINION, approval());
  }

  /** Runs the asynchronous steps of the campaign this driver started. */
  public void runJobs() {
    executeJobs(campaign().getId());
  }

  /**
   * Executes the asynchronous steps of the campaign and of every instance its fan-out started (each the root of its
   * own tree: a unit and its follow-up) until none is left; timers wait until {@link #fireTimer}.
   */
  public void executeJobs(String rootProcessInstanceId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < EngineActions.JOB_ROUNDS; round++) {
      List<Job> jobs = new ArrayList<>();
      roots(rootProcessInstanceId).forEach(root ->
          jobs.addAll(management.createJobQuery().rootProcessInstanceId(root).messages().list()));
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after " + EngineActions.JOB_ROUNDS + " rounds");
  }

  /** The instance and the running instances its fan-outs started. */
  private List<String> roots(String rootProcessInstanceId) {
    List<String> roots = new ArrayList<>(List.of(rootProcessInstanceId));
    engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(FanOuts.PARENT.name(), rootProcessInstanceId).list()
        .forEach(child -> roots.add(child.getId()));
    return roots;
  }

  /** Fires the timer of an activity as if its time had come, then runs what follows. */
  public void fireTimer(ProcessInstance instance, String activityId, String rootProcessInstanceId) {
    ManagementService management = engine.getManagementService();
    List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    management.executeJob(timers.get(0).getId());
    executeJobs(rootProcessInstanceId);
  }

  /** {@link #fireTimer(ProcessInstance, String, String)} in the campaign this driver started. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    fireTimer(instance, activityId, campaign().getId());
  }

  /** The ceremony days have come: fires every ceremony-day timer of the campaign, then what follows. */
  public void ceremonyDaysCome(String rootProcessInstanceId) {
    ManagementService management = engine.getManagementService();
    for (String activity : List.of(UnitSigning.Elements.CEREMONY_DAY, ClusterCeremony.Elements.CEREMONY_DAY)) {
      roots(rootProcessInstanceId).forEach(root -> management.createJobQuery().rootProcessInstanceId(root).timers()
          .activityId(activity).list().forEach(job -> management.executeJob(job.getId())));
    }
    executeJobs(rootProcessInstanceId);
  }

  // ---- over REST

  /** The same driver acting through Camunda's REST API of the application on the given port. */
  public Rest rest(int port) {
    return new Rest(port);
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Converts plain values (and JSON values) into Camunda's REST variable format. */
  public static Map<String, Object> restVariables(Map<String, ?> values) {
    Map<String, Object> result = new LinkedHashMap<>();
    values.forEach((name, value) -> result.put(name, value instanceof JsonValue json
        ? Map.of("value", json.getValueSerialized(), "type", "Json")
        : Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return result;
  }

  /** A campaign letter for the given units in Camunda's REST format (the unit list as a Json variable). */
  public static Map<String, Object> restCampaign(String number, List<String> units) {
    return restVariables(campaign(number, units));
  }

  /**
   * Every user action is a call to Camunda's REST API as the acting demo user; the job executor's part is played
   * by the enclosing driver through the Java API.
   */
  public final class Rest {

    private final int port;

    private Rest(int port) {
      this.port = port;
    }

    public List<String> taskIds(String user, String businessKey, String taskKey) {
      return EngineActions.taskIds(port, user, businessKey, taskKey);
    }

    public String taskId(String user, String businessKey, String taskKey) {
      return EngineActions.taskId(port, user, businessKey, taskKey);
    }

    public RestCaller.Response tryComplete(String user, String taskId, Map<String, ?> values) {
      return RestCaller.demo(port, user).post("/engine-rest/task/" + taskId + "/complete",
          Map.of("variables", restVariables(values)));
    }

    public void complete(String user, String businessKey, String taskKey, Map<String, ?> values) {
      completeTask(user, taskId(user, businessKey, taskKey), values);
    }

    public void completeTask(String user, String taskId, Map<String, ?> values) {
      RestCaller.Response response = tryComplete(user, taskId, values);
      assertThat(response.status()).as("%s completes %s: %s", user, taskId, response.body()).isEqualTo(204);
    }
  }
}
