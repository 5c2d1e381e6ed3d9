package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;

/**
 * Brings a campaign to the step a browser test needs, through the Java API as the right users (authorization
 * checks on), and plays the job executor's part (asynchronous steps, due timers).
 */
final class CampaignFixture {

  final ProcessEngine engine;
  final String documentNumber;
  final ProcessInstance campaign;

  private CampaignFixture(ProcessEngine engine, String documentNumber, ProcessInstance campaign) {
    this.engine = engine;
    this.documentNumber = documentNumber;
    this.campaign = campaign;
  }

  static CampaignFixture start(ProcessEngine engine, String documentNumber, List<String> units) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("documentNumber", documentNumber);
    vars.put("issuedOn", "2022-05-16");
    vars.put("deadline", "2022-06-30");
    vars.put("subject", "V/v tổ chức Lễ ký kết Quy chế phối hợp công tác giai đoạn 2022-2025");
    vars.put("term", "2022-2025");
    vars.put("unitCodes", JsonLists.toJson(units));
    ProcessInstance campaign = as(engine, "vanphong",
        () -> engine.getRuntimeService().startProcessInstanceByKey("signing-campaign", vars));
    CampaignFixture fixture = new CampaignFixture(engine, documentNumber, campaign);
    fixture.runJobs();
    return fixture;
  }

  static <T> T as(ProcessEngine engine, String user, java.util.function.Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  ProcessInstance unit(String unitCode) {
    return instance("unit-signing", documentNumber + "/" + unitCode);
  }

  ProcessInstance cluster(String clusterCode) {
    return instance("cluster-ceremony", documentNumber + "/cluster/" + clusterCode);
  }

  private ProcessInstance instance(String key, String businessKey) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance).as(businessKey).isNotNull();
    return instance;
  }

  Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  void complete(String user, Task task, Map<String, Object> variables) {
    as(engine, user, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
    runJobs();
  }

  void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(user, task(instance, taskKey), variables);
  }

  void runJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 200; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(campaign.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after 200 rounds");
  }

  void fireTimer(ProcessInstance instance, String activityId) {
    ManagementService management = engine.getManagementService();
    List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    management.executeJob(timers.get(0).getId());
    runJobs();
  }

  static Map<String, Object> proposal(String scope) {
    return Map.of("proposedDate", "2022-06-08", "proposedTime", "14:00", "venue", "Hội trường Huyện ủy",
        "venueArrangedBy", "UNIT", "signingMode", "DIRECT", "signingScope", scope,
        "attendees", "Ban Thường vụ Huyện ủy; Ban Thường vụ LĐLĐ huyện");
  }
}
