package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ConsolidatePetitions} of dialogue-conference: the federation cannot finish consolidating while a
 * petition of the plan is still only received (neither assigned to a department nor merged): it would get no answer.
 */
@Component
@ValidatesTask(process = DialogueConference.KEY, task = DialogueConference.Elements.CONSOLIDATE)
@RequiredArgsConstructor
class AllPetitionsAssignedValidator extends TaskSubmissionValidator {

  private final AnswerSheets sheets;

  @Override
  protected void check(Submission submission, List<String> userGroups) {
    PlanId plan = PlanId.read(submission);
    if (plan == null) {
      return;
    }
    long waiting = sheets.stillReceived(plan);
    submission.check(waiting == 0, DialogueConference.Vars.PLAN_NUMBER, "Còn " + waiting + " kiến nghị chưa giao "
        + "phòng, ban trả lời và chưa gộp vào kiến nghị khác; hãy giao hoặc gộp hết các kiến nghị (trạng thái 'Đã "
        + "tiếp nhận') trước khi hoàn thành việc tổng hợp.");
  }
}
