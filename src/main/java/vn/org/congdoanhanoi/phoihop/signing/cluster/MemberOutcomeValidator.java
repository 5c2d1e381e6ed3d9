package vn.org.congdoanhanoi.phoihop.signing.cluster;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_RecordMemberOutcome}: one member's outcome at the joint ceremony. */
@Component
@ValidatesTask(process = ClusterCeremony.KEY, task = ClusterCeremony.Elements.RECORD_MEMBER_OUTCOME)
public class MemberOutcomeValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    CeremonyOutcome outcome = s.requiredChoice(Vars.MEMBER_OUTCOME, "kết quả", CeremonyOutcome.class);
    if (outcome == CeremonyOutcome.SIGNED) {
      s.requiredText(Vars.MEMBER_SIGNATORIES, "đại diện ký kết", RULES.maxLength(Vars.MEMBER_SIGNATORIES));
    } else if (outcome == CeremonyOutcome.POSTPONED) {
      s.requiredText(Vars.MEMBER_POSTPONED_REASON, "lý do", RULES.maxLength(Vars.MEMBER_POSTPONED_REASON));
    }
  }
}
