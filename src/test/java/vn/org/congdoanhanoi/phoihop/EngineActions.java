package vn.org.congdoanhanoi.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What every family's test driver does with the engine: act as a demo user with that user's groups (authorization
 * checks on), play the job executor one job at a time (the test profile turns it off), fire a timer as if its time had
 * come, and find tasks over Camunda's REST API as Tasklist does.
 */
public final class EngineActions {

  /** How many rounds of jobs a driver plays before it calls the process stuck in a loop. */
  public static final int JOB_ROUNDS = 500;

  private EngineActions() {}

  /** Runs the action authenticated as the given demo user with that user's groups. */
  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Executes the asynchronous steps under the root instance until none is left; timers wait to be fired. */
  public static void executeJobs(ProcessEngine engine, String rootProcessInstanceId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < JOB_ROUNDS; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after " + JOB_ROUNDS + " rounds");
  }

  /** Fires the one timer of the activity in the instance as if its time had come. */
  public static void fireTimer(ProcessEngine engine, String processInstanceId, String activityId) {
    ManagementService management = engine.getManagementService();
    List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    management.executeJob(timers.get(0).getId());
  }

  /** The ids of the open tasks the user sees at the element of the instance with that business key (REST). */
  public static List<String> taskIds(int port, String user, String businessKey, String taskKey) {
    RestCaller.Response response = RestCaller.demo(port, user).get("/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey
        + "&maxResults=100");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().findValuesAsText("id");
  }

  /** The one open task the user sees at the element of the instance with that business key (REST). */
  public static String taskId(int port, String user, String businessKey, String taskKey) {
    List<String> ids = taskIds(port, user, businessKey, taskKey);
    assertThat(ids).as("%s sees task %s of %s", user, taskKey, businessKey).hasSize(1);
    return ids.get(0);
  }

  /** Completes the task as the given demo user, with that user's groups, so authorizations apply. */
  public static void complete(ProcessEngine engine, String user, String taskId, Map<String, Object> variables) {
    as(engine, user, () -> {
      engine.getTaskService().complete(taskId, variables);
      return null;
    });
  }
}
