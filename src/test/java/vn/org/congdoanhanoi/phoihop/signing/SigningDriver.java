package vn.org.congdoanhanoi.phoihop.signing;

import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Acts in a campaign as its people do: each task is completed as a user of the right unit, with Camunda's
 * authorization checks on; jobs (asynchronous steps, due timers) are executed one by one, never slept through.
 */
public final class SigningDriver {

  private final ProcessEngine engine;
  private final String documentNumber;

  public SigningDriver(ProcessEngine engine, String documentNumber) {
    this.engine = engine;
    this.documentNumber = documentNumber;
  }

  /** Starts a campaign as the given user (the city office), with that user's groups. */
  public static ProcessInstance startCampaign(ProcessEngine engine, String user, Map<String, Object> variables) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groupsOf(engine, user));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SigningCampaign.KEY, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static List<String> groupsOf(ProcessEngine engine, String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(g -> g.getId())
        .toList();
  }

  public ProcessInstance unit(String unitCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
        .processInstanceBusinessKey(UnitSigning.businessKey(documentNumber, unitCode)).singleResult();
  }

  public ProcessInstance cluster(String clusterCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ClusterCeremony.KEY)
        .processInstanceBusinessKey(ClusterCeremony.businessKey(documentNumber, clusterCode)).singleResult();
  }

  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the task as the given demo user, with that user's groups, so authorizations apply. */
  public void complete(String user, Task task, Map<String, Object> variables) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groupsOf(engine, user));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(user, task(instance, taskKey), variables);
  }

  /** Executes the campaign's asynchronous steps until none is left; timers wait until {@link #fireTimer}. */
  public void executeJobs(String rootProcessInstanceId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 200; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming after 200 rounds");
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
}
