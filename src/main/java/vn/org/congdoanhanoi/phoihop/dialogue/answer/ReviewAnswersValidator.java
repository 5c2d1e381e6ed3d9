package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReviewAnswers} "Rà soát phiếu trả lời": approve, or send back chosen answers of this sheet, each with
 * its reason.
 */
@Component
@ValidatesTask(process = DepartmentAnswers.KEY, task = DepartmentAnswers.Elements.REVIEW)
@RequiredArgsConstructor
class ReviewAnswersValidator extends TaskSubmissionValidator {

  private final AnswerSheets sheets;

  @Override
  protected void check(Submission submission, List<String> userGroups) {
    AnswerPetitionsValidator.Sheet sheet = AnswerPetitionsValidator.Sheet.read(submission);
    if (sheet != null) {
      ReviewedAnswers.read(submission, sheets.drafted(sheet.plan(), sheet.department()));
    }
  }
}
