package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Moves the deadline of one process instance, with everything computed from it, in one transaction:
 * <ol>
 *   <li>the {@code deadline} variable of that instance, and of the instances its family declares to follow it
 *       ({@link DeadlineDependent#followers}: a campaign's units and clusters, a follow-up's watched instance), each
 *       as a change of its own; no other instance is touched, so a unit's extension never moves a sibling;</li>
 *   <li>variables derived from it ({@link DeadlineDependent#deadlineChanged}, e.g. a cluster's registration
 *       cut-off);</li>
 *   <li>open tasks whose due date was the old deadline (or is after the new one) get the new one, and a new
 *       follow-up date;</li>
 *   <li>every pending timer is computed again from its expression ({@code recalculateJobDuedate}): all our timer
 *       expressions read variables only, so this moves exactly the timers that depend on the deadline.</li>
 * </ol>
 * Runs without authorization checks; callers decide who may change a deadline.
 */
@Component
public class DeadlineChanges {

  private final List<DeadlineDependent> dependents;
  private final TaskDeadlines taskDeadlines;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  DeadlineChanges(List<DeadlineDependent> dependents, TaskDeadlines taskDeadlines,
                  @Lazy ProcessEngineConfigurationImpl engineConfiguration) {
    this.dependents = dependents;
    this.taskDeadlines = taskDeadlines;
    this.engineConfiguration = engineConfiguration;
  }

  /** What a change touched. */
  public record Result(int processInstances, int tasks, int timers) {}

  /**
   * From a follow-up: the watched instance (the follow-up's caller) gets the new deadline, and with it the follow-up
   * and whatever else follows the watched instance; a follow-up that watches nothing changes only itself.
   */
  public Result extendWatched(DelegateExecution followUp, LocalDate newDeadline) {
    ExecutionEntity instance = ((ExecutionEntity) followUp).getProcessInstance();
    String watched = instance.getSuperExecution() == null ? instance.getId()
        : instance.getSuperExecution().getProcessInstanceId();
    return Context.getCommandContext().runWithoutAuthorization(
        () -> apply(followUp.getProcessEngineServices(), watched, newDeadline));
  }

  /**
   * From inside the instance itself (a step of its own, e.g. the issuer extending one recipient's item): that
   * instance and whatever its family declares to follow it, in the running command's transaction.
   */
  public Result changeOwn(DelegateExecution execution, LocalDate newDeadline) {
    String own = execution.getProcessInstanceId();
    return Context.getCommandContext().runWithoutAuthorization(
        () -> apply(execution.getProcessEngineServices(), own, newDeadline));
  }

  /** One process instance, e.g. a campaign (its units and clusters follow) or one unit's signing (alone). */
  public Result change(String processInstanceId, LocalDate newDeadline) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> apply(context.getProcessEngineConfiguration().getProcessEngine(), processInstanceId, newDeadline)));
  }

  /** The instance and, transitively, every running instance declared to follow it, each once: id → process key. */
  private Map<String, String> concerned(ProcessEngineServices services, String processInstanceId,
                                        LocalDate newDeadline) {
    RuntimeService runtime = services.getRuntimeService();
    Map<String, String> keys = new LinkedHashMap<>();
    Deque<String> pending = new ArrayDeque<>(List.of(processInstanceId));
    while (!pending.isEmpty()) {
      String id = pending.poll();
      ProcessInstance instance = keys.containsKey(id) ? null
          : runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
      if (instance != null) {
        String key = services.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
        keys.put(id, key);
        dependents.forEach(d -> pending.addAll(d.followers(key, id, newDeadline, runtime)));
      }
    }
    return keys;
  }

  private Result apply(ProcessEngineServices services, String processInstanceId, LocalDate newDeadline) {
    Map<String, String> processInstances = concerned(services, processInstanceId, newDeadline);
    RuntimeService runtime = services.getRuntimeService();
    TaskService taskService = services.getTaskService();
    ManagementService management = services.getManagementService();
    LocalDate today = taskDeadlines.today();
    Date newEnd = TaskDeadlines.endOf(newDeadline);
    int tasks = 0;
    int timers = 0;
    for (Map.Entry<String, String> instance : processInstances.entrySet()) {
      String id = instance.getKey();
      LocalDate old = DeadlineFollowUp.Vars.DEADLINE.parse(runtime.getVariable(id, DeadlineFollowUp.Vars.DEADLINE.name()));
      Date oldEnd = old == null ? null : TaskDeadlines.endOf(old);
      runtime.setVariable(id, DeadlineFollowUp.Vars.DEADLINE.name(), DeadlineFollowUp.Vars.DEADLINE.stored(newDeadline));
      dependents.forEach(d -> d.deadlineChanged(instance.getValue(), id, newDeadline, runtime));
      for (Task task : taskService.createTaskQuery().processInstanceId(id).list()) {
        Date due = task.getDueDate();
        if (due != null && (due.equals(oldEnd) || due.after(newEnd))) {
          task.setDueDate(newEnd);
          task.setFollowUpDate(taskDeadlines.followUpFor(newEnd, today));
          taskService.saveTask(task);
          tasks++;
        }
      }
    }
    for (String id : processInstances.keySet()) {
      for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
        management.recalculateJobDuedate(timer.getId(), false);
        timers++;
      }
    }
    return new Result(processInstances.size(), tasks, timers);
  }
}
