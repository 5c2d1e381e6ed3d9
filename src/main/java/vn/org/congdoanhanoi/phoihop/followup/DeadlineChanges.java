package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
 * Moves a matter's deadline, with everything computed from it, in one transaction:
 * <ol>
 *   <li>the {@code deadline} variable of every process instance concerned;</li>
 *   <li>variables derived from it ({@link DeadlineDependent}, e.g. a cluster's registration cut-off);</li>
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

  /** From a follow-up: the watched process (the caller) and the follow-up itself get the new deadline. */
  public Result extendWatched(DelegateExecution followUp, LocalDate newDeadline) {
    ExecutionEntity instance = ((ExecutionEntity) followUp).getProcessInstance();
    List<String> ids = new ArrayList<>();
    if (instance.getSuperExecution() != null) {
      ids.add(instance.getSuperExecution().getProcessInstanceId());
    }
    ids.add(instance.getId());
    return Context.getCommandContext().runWithoutAuthorization(
        () -> apply(followUp.getProcessEngineServices(), ids, newDeadline));
  }

  /** A whole matter: the root process instance and every process it called, e.g. a campaign and its units. */
  public Result changeTree(String rootProcessInstanceId, LocalDate newDeadline) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      ProcessEngineServices services = context.getProcessEngineConfiguration().getProcessEngine();
      return apply(services, tree(services.getRuntimeService(), rootProcessInstanceId), newDeadline);
    }));
  }

  private static List<String> tree(RuntimeService runtime, String rootId) {
    List<String> ids = new ArrayList<>();
    List<String> level = List.of(rootId);
    while (!level.isEmpty()) {
      ids.addAll(level);
      List<String> next = new ArrayList<>();
      for (String id : level) {
        runtime.createProcessInstanceQuery().superProcessInstanceId(id).list().forEach(p -> next.add(p.getId()));
      }
      level = next;
    }
    return ids;
  }

  private Result apply(ProcessEngineServices services, List<String> processInstanceIds, LocalDate newDeadline) {
    RuntimeService runtime = services.getRuntimeService();
    TaskService taskService = services.getTaskService();
    ManagementService management = services.getManagementService();
    LocalDate today = taskDeadlines.today();
    Date newEnd = TaskDeadlines.endOf(newDeadline);
    int tasks = 0;
    int timers = 0;
    for (String id : processInstanceIds) {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
      if (instance == null) {
        continue;
      }
      LocalDate old = DeadlineFollowUp.Vars.DEADLINE.parse(runtime.getVariable(id, DeadlineFollowUp.Vars.DEADLINE.name()));
      Date oldEnd = old == null ? null : TaskDeadlines.endOf(old);
      runtime.setVariable(id, DeadlineFollowUp.Vars.DEADLINE.name(), DeadlineFollowUp.Vars.DEADLINE.stored(newDeadline));
      String key = services.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
      dependents.forEach(d -> d.deadlineChanged(key, id, newDeadline, runtime));
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
    for (String id : processInstanceIds) {
      for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
        management.recalculateJobDuedate(timer.getId(), false);
        timers++;
      }
    }
    return new Result(processInstanceIds.size(), tasks, timers);
  }
}
