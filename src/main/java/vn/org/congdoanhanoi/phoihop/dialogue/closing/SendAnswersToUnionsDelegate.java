package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_SendAnswersToUnions}: skeleton, to be built (issue 12). */
@Component
public class SendAnswersToUnionsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing yet
  }
}
