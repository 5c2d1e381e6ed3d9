package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;

/**
 * {@code ServiceTask_PrepareAnswerSheets} of dialogue-conference: the departments that have assigned petitions of the
 * plan (merged ones follow the petition they were merged into), sorted, one answer sheet each.
 */
@Component
@RequiredArgsConstructor
public class PrepareAnswerSheetsDelegate implements JavaDelegate {

  private final AnswerSheets sheets;

  @Override
  public void execute(DelegateExecution execution) {
    Vars.ANSWER_DEPARTMENTS.set(execution, sheets.departmentsToAnswer(DepartmentAnswers.plan(execution)));
  }
}
