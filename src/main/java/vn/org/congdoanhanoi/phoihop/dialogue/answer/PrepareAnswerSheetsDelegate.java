package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;

/** {@code ServiceTask_PrepareAnswerSheets}: skeleton, to be built (issue 12). */
@Component
public class PrepareAnswerSheetsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Vars.ANSWER_DEPARTMENTS.set(execution, java.util.List.of());
  }
}
