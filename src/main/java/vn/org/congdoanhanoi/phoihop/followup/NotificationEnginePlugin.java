package vn.org.congdoanhanoi.phoihop.followup;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskCreatedNotifier;
import vn.org.congdoanhanoi.phoihop.kernel.engine.ParseListeners;

/**
 * Gives every user task of every deployed process the {@link TaskCreatedNotifier} on "create", so a new process
 * gets task mails, due and follow-up dates without anything in its model.
 */
@Component
@RequiredArgsConstructor
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

  private final TaskCreatedNotifier notifier;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, (process, task) -> notifier);
  }
}
