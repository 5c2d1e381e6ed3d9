package vn.org.congdoanhanoi.phoihop.dialogue.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;

/** {@code ServiceTask_RecordConference}: skeleton, to be built (issue 12). */
@Component
public class RecordConferenceDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Vars.COMMITMENT_IDS.set(execution, java.util.List.of());
  }
}
