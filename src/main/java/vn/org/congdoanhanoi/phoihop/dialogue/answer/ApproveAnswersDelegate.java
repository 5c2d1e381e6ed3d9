package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_ApproveAnswers}: the chairman's office approved the sheet; every answer is written to its
 * petition (and to the duplicates merged into it), state ANSWERED, in this one transaction.
 */
@Component
@RequiredArgsConstructor
class ApproveAnswersDelegate implements JavaDelegate {

  private final AnswerSheets sheets;

  @Override
  public void execute(DelegateExecution execution) {
    sheets.approve(DepartmentAnswers.plan(execution), DepartmentAnswers.Vars.DEPARTMENT_CODE.required(execution));
  }
}
