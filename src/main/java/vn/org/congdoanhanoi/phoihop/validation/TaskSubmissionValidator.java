package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Checks what a user submits when completing one kind of user task: the task {@link #taskDefinitionKey()} of the
 * process {@link #processDefinitionKey()}, and no other. {@link TaskValidationPlugin} runs it when that task
 * completes, whichever way (Tasklist, REST, Java); a refusal rolls the completion back and every API answers 400
 * naming the fields. It stays a {@link TaskListener} for the versions deployed before that, whose models still name
 * it as "${…Validator}" (their tasks are then checked twice, alike).
 */
public abstract class TaskSubmissionValidator implements TaskListener {

  /** The process (its key) whose user task this validator guards: its {@link ValidatesTask}'s. */
  public String processDefinitionKey() {
    return declaration().process();
  }

  /** The user task (its BPMN id) this validator guards: its {@link ValidatesTask}'s. */
  public String taskDefinitionKey() {
    return declaration().task();
  }

  private ValidatesTask declaration() {
    ValidatesTask declaration = AnnotationUtils.findAnnotation(getClass(), ValidatesTask.class);
    if (declaration == null) {
      throw new IllegalStateException(getClass().getName() + " names no task: annotate it with @ValidatesTask");
    }
    return declaration;
  }

  /**
   * @param submitted the task's current variables overlaid with what is being submitted
   * @param userGroups the groups of the user completing the task (empty when unknown, e.g. in the engine)
   */
  protected abstract void check(Submission submission, List<String> userGroups);

  public List<Violation> validate(Map<String, Object> submitted, List<String> userGroups) {
    Submission submission = Submission.of(submitted);
    check(submission, userGroups);
    return submission.violations();
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> values = Submission.values(task.getVariablesTyped());
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    Submission submission = Submission.of(values);
    check(submission, groups);
    submission.throwIfInvalid("Không thể hoàn thành công việc '" + task.getName() + "'");
  }
}
