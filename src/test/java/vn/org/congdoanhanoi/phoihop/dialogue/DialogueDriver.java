package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionIntake;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * Drives dialogue conferences as their people would: the plan of seed 004 (477/KH-LĐLĐ of Gia Lâm, 24/4/2023) with
 * each test's own number, starts over the Java API and REST, petitions, timers fired as jobs. Dates are those of 2023,
 * so the engine's clock is set to the plan's day ({@link #clockAt}) and reset after each test.
 */
public final class DialogueDriver {

  public static final String DISTRICT = "gialam";
  public static final String FEDERATION_USER = "gialam.ldld";
  /** The demo account of one grassroots union of Gia Lâm, and that union. */
  public static final String UNION_USER = "gialam.cdcs";
  public static final String UNION_USER_UNION = "gl-dienluc";
  public static final String ISSUED_ON = "2023-04-24";
  public static final String CONFERENCE_DATE = "2023-05-25";
  public static final String CONFERENCE_TIME = "08:30";
  public static final String PETITION_DEADLINE = "2023-05-10";
  public static final String VENUE = "Hội trường 3.22, tầng 3 Trụ sở Huyện ủy - HĐND - UBND huyện Gia Lâm";
  public static final String START = "/engine-rest/process-definition/key/" + DialogueConference.KEY + "/start";
  public static final String PETITIONS = "/api/dialogue-conferences/petitions";

  private DialogueDriver() {}

  /** The engine's clock at this Hà Nội time, e.g. "2023-04-24T09:00". */
  public static void clockAt(String hanoiLocalDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(hanoiLocalDateTime).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
  }

  /** Plan 477/KH-LĐLĐ's values under another number, for the whole district. */
  public static Map<String, Object> plan(String number) {
    Map<String, Object> values = new LinkedHashMap<>();
    Vars.PLAN_NUMBER.putInto(values, number);
    values.put(Vars.ISSUED_ON.name(), ISSUED_ON);
    Vars.UNIT_CODE.putInto(values, DISTRICT);
    values.put(Vars.CONFERENCE_DATE.name(), CONFERENCE_DATE);
    values.put(Vars.CONFERENCE_TIME.name(), CONFERENCE_TIME);
    Vars.VENUE.putInto(values, VENUE);
    values.put(Vars.PETITION_DEADLINE.name(), PETITION_DEADLINE);
    Vars.EXPECTED_ATTENDANCE.putInto(values, 200);
    return values;
  }

  /** Starts a conference as the given user with that user's groups (authorization checks on). */
  public static ProcessInstance start(ProcessEngine engine, String user, Map<String, Object> values) {
    return as(engine, user, () -> engine.getRuntimeService().startProcessInstanceByKey(DialogueConference.KEY, values));
  }

  /** Starts a conference over Camunda's REST API, as other systems do. */
  public static RestCaller.Response startOverRest(int port, String user, Map<String, ?> values) {
    return RestCaller.demo(port, user).post(START, Map.of("variables", restVariables(values)));
  }

  /** Plain values in Camunda's REST format: numbers as Integer, lists as Json, the rest as String. */
  public static Map<String, Object> restVariables(Map<String, ?> values) {
    Map<String, Object> result = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      String type = value instanceof Integer ? "Integer" : value instanceof List<?> ? "Json" : "String";
      Object shown = value instanceof List<?> list ? json(list) : value;
      result.put(name, Map.of("value", shown, "type", type));
    });
    return result;
  }

  private static String json(List<?> list) {
    return list.stream().map(item -> "\"" + item + "\"").reduce((a, b) -> a + ", " + b)
        .map(items -> "[" + items + "]").orElse("[]");
  }

  /** A petition as REST sends it, for plan {@code number} of 24/4/2023. */
  public static Map<String, Object> petition(String number, String union, String topic, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    Vars.PLAN_NUMBER.putInto(body, number);
    body.put(Vars.ISSUED_ON.name(), ISSUED_ON);
    body.put(PetitionIntake.UNION, union);
    body.put(PetitionIntake.TOPIC, topic);
    body.put(PetitionIntake.TEXT, text);
    return body;
  }

  /** The page of petitions of plan {@code number} of Gia Lâm with these extra query parameters. */
  public static String petitionsOf(String number, String extraQuery) {
    return petitionsOf(DISTRICT, number, extraQuery);
  }

  /** The same for a plan of 24/4/2023 of another district. */
  public static String petitionsOf(String district, String number, String extraQuery) {
    return PETITIONS + "?" + Vars.PLAN_NUMBER.name() + "=" + encode(number) + "&" + Vars.ISSUED_ON.name() + "="
        + ISSUED_ON + "&" + Vars.UNIT_CODE.name() + "=" + district + (extraQuery.isEmpty() ? "" : "&" + extraQuery);
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Runs the action authenticated as the given demo user with that user's groups. */
  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    return EngineActions.as(engine, user, action);
  }


  /** The one open task of the instance with this id. */
  public static Task task(ProcessEngine engine, ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the task as the given user (authorization checks on). */
  public static void complete(ProcessEngine engine, String user, Task task, Map<String, Object> variables) {
    as(engine, user, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  /** Runs the instance's asynchronous continuations until none is left; timers wait until {@link #fireTimer}. */
  public static void runJobs(ProcessEngine engine, ProcessInstance instance) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after 100 rounds");
  }

  /** Fires the instance's timer at this activity as if its time had come. */
  public static void fireTimer(ProcessEngine engine, ProcessInstance instance, String activityId) {
    ManagementService management = engine.getManagementService();
    List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    management.executeJob(timers.get(0).getId());
  }
}
