package vn.org.congdoanhanoi.phoihop.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.engine.ParseListeners;

/**
 * The one way a submission is validated: when any user task of any deployed process completes (Tasklist, REST or
 * Java), the validator of that process key and task id ({@link TaskValidators}) checks the task's variables; a
 * refusal rolls the completion back and every API answers 400 naming the fields. Attached as a built-in listener,
 * so no model has to name its validators and no option can skip them.
 */
@Component
class TaskValidationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskValidators> validators;

  /** The validators are looked up when a task completes: they may use engine services built after this plugin. */
  TaskValidationPlugin(ObjectProvider<TaskValidators> validators) {
    this.validators = validators;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_COMPLETE, Validation::new);
  }

  /** Runs the validator of one user task of one process, if it has one. */
  private final class Validation implements TaskListener {
    private final String processKey;
    private final String taskId;

    Validation(String processKey, String taskId) {
      this.processKey = processKey;
      this.taskId = taskId;
    }

    @Override
    public void notify(DelegateTask task) {
      validators.getObject().of(processKey, taskId).ifPresent(validator -> validator.notify(task));
    }
  }
}
