package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_AnswerPetitions} "Trả lời kiến nghị": the answers are saved over REST, so completing says only "the
 * sheet is ready"; refused while a petition of the sheet has no answer, or one sent back is not answered again.
 */
@Component
@ValidatesTask(process = DepartmentAnswers.KEY, task = DepartmentAnswers.Elements.ANSWER_PETITIONS)
@RequiredArgsConstructor
class AnswerPetitionsValidator extends TaskSubmissionValidator {

  private final AnswerSheets sheets;

  @Override
  protected void check(Submission submission, List<String> userGroups) {
    Sheet sheet = Sheet.read(submission);
    if (sheet == null) {
      return;
    }
    long unanswered = sheets.unanswered(sheet.plan(), sheet.department());
    submission.check(unanswered == 0, DepartmentAnswers.Vars.DEPARTMENT_CODE, "Còn " + unanswered + " kiến nghị "
        + "chưa có câu trả lời (hoặc được Văn phòng HĐND và UBND đề nghị sửa mà chưa trả lời lại); hãy trả lời hết "
        + "rồi mới hoàn thành phiếu trả lời.");
  }

  /** The sheet a task's variables name: its plan and department; null when one is missing (reported). */
  record Sheet(PlanId plan, String department) {
    static Sheet read(Submission s) {
      PlanId plan = PlanId.read(s);
      String department = s.requiredText(DepartmentAnswers.Vars.DEPARTMENT_CODE, "mã phòng, ban (departmentCode)", 64);
      return plan == null || department == null ? null : new Sheet(plan, department);
    }
  }
}
