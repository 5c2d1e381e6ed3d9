package vn.org.congdoanhanoi.phoihop.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every {@link TaskSubmissionValidator}, found by the user task it guards: its process key and task id together, so
 * two processes may each have a {@code Task_Proposal} with a validator of its own, and a second validator for the
 * same task stops the start-up instead of one of them silently winning.
 */
@Component
public class TaskValidators {

  private final Map<String, TaskSubmissionValidator> byTask = new HashMap<>();

  public TaskValidators(List<TaskSubmissionValidator> validators) {
    for (TaskSubmissionValidator validator : validators) {
      String key = key(validator.processDefinitionKey(), validator.taskDefinitionKey());
      TaskSubmissionValidator other = byTask.putIfAbsent(key, validator);
      if (other != null) {
        throw new IllegalStateException("Two validators for task " + validator.taskDefinitionKey() + " of process "
            + validator.processDefinitionKey() + ": " + other.getClass().getName() + " and "
            + validator.getClass().getName());
      }
    }
  }

  /** The validator of that user task of that process, if it has one. */
  public Optional<TaskSubmissionValidator> of(String processDefinitionKey, String taskDefinitionKey) {
    return Optional.ofNullable(byTask.get(key(processDefinitionKey, taskDefinitionKey)));
  }

  private static String key(String processDefinitionKey, String taskDefinitionKey) {
    return processDefinitionKey + "#" + taskDefinitionKey;
  }
}
