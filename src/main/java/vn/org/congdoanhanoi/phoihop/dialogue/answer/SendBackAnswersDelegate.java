package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code ServiceTask_SendBackAnswers}: the answers the reviewer chose go back to the department with their reasons;
 * the others stay as saved. The department's task then comes back.
 */
@Component
@RequiredArgsConstructor
class SendBackAnswersDelegate implements JavaDelegate {

  private final AnswerSheets sheets;

  @Override
  public void execute(DelegateExecution execution) {
    PlanId plan = DepartmentAnswers.plan(execution);
    String department = DepartmentAnswers.Vars.DEPARTMENT_CODE.required(execution);
    Submission review = Submission.of(Submission.values(execution.getVariablesTyped()));
    Map<Long, String> reasons = ReviewedAnswers.read(review, sheets.drafted(plan, department));
    review.throwIfInvalid("Không thể trả lại câu trả lời");
    sheets.sendBack(plan, department, reasons);
  }
}
