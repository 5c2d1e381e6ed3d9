package vn.org.congdoanhanoi.phoihop.signing;

import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * Drives a campaign the way other systems and people do: every user action is a call to Camunda's REST API as
 * the acting demo user. The job executor's part (asynchronous steps, due timers) is played by the test through
 * the Java API, one job at a time.
 */
final class RestSigningDriver {

  private final int port;
  private final ManagementService management;

  RestSigningDriver(int port, ManagementService management) {
    this.port = port;
    this.management = management;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Converts plain values into Camunda's REST variable format. */
  static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> result = new LinkedHashMap<>();
    values.forEach((name, value) -> result.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : "String")));
    return result;
  }

  List<String> taskIds(String user, String businessKey, String taskKey) {
    RestCaller.Response response = RestCaller.demo(port, user).get("/engine-rest/task?processInstanceBusinessKey="
        + encode(businessKey) + "&taskDefinitionKey=" + taskKey + "&maxResults=100");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().findValuesAsText("id");
  }

  String taskId(String user, String businessKey, String taskKey) {
    List<String> ids = taskIds(user, businessKey, taskKey);
    assertThat(ids).as("%s sees task %s of %s", user, taskKey, businessKey).hasSize(1);
    return ids.get(0);
  }

  RestCaller.Response tryComplete(String user, String taskId, Map<String, ?> values) {
    return RestCaller.demo(port, user).post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables(values)));
  }

  void complete(String user, String businessKey, String taskKey, Map<String, ?> values) {
    completeTask(user, taskId(user, businessKey, taskKey), values);
  }

  void completeTask(String user, String taskId, Map<String, ?> values) {
    RestCaller.Response response = tryComplete(user, taskId, values);
    assertThat(response.status()).as("%s completes %s: %s", user, taskId, response.body()).isEqualTo(204);
  }

  JsonNode variable(String user, String taskId, String name) {
    RestCaller.Response response = RestCaller.demo(port, user).get("/engine-rest/task/" + taskId + "/variables/" + name);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("value");
  }

  /** What the job executor would do: every asynchronous step, until none is left. */
  void runAsyncSteps(String rootProcessInstanceId) {
    for (int round = 0; round < 500; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Asynchronous steps keep coming");
  }

  /** The ceremony days have come: fires every ceremony-day timer of the campaign, then what follows. */
  void ceremonyDaysCome(String rootProcessInstanceId) {
    for (String activity : List.of(UnitSigning.Elements.CEREMONY_DAY, ClusterCeremony.Elements.CEREMONY_DAY)) {
      management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).timers().activityId(activity).list()
          .forEach(job -> management.executeJob(job.getId()));
    }
    runAsyncSteps(rootProcessInstanceId);
  }
}
