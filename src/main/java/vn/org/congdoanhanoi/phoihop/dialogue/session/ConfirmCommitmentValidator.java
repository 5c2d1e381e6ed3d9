package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Confirmation;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_ConfirmCommitment}: confirmed, or sent back with the reason the department reads in its task. */
@Component
@ValidatesTask(process = Commitment.KEY, task = Commitment.Elements.CONFIRM)
public class ConfirmCommitmentValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    Confirmation decision = s.requiredChoice(Vars.CONFIRMATION, "ý kiến của LĐLĐ", Confirmation.class);
    if (decision == Confirmation.SENT_BACK) {
      s.requiredText(Vars.SEND_BACK_REASON, "lý do đề nghị báo cáo lại", RULES.maxLength(Vars.SEND_BACK_REASON));
    }
  }
}
