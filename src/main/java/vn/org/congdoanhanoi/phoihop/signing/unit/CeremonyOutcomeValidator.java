package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_RecordCeremonyOutcome}: signed (when, by whom) or postponed (why). */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.RECORD_OUTCOME)
public class CeremonyOutcomeValidator extends TaskSubmissionValidator {

  private final AttachmentPolicy attachments;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    CeremonyOutcome outcome = s.requiredChoice(Vars.CEREMONY_OUTCOME, "kết quả", CeremonyOutcome.class);
    if (outcome == CeremonyOutcome.SIGNED) {
      s.requiredDate(Vars.SIGNED_ON, "ngày ký");
      s.requiredText(Vars.SIGNATORIES, "đại diện ký kết", RULES.maxLength(Vars.SIGNATORIES));
      attachments.optionalFile(s, Vars.SIGNED_REGULATION_SCAN, "Bản chụp Quy chế đã ký");
    } else if (outcome == CeremonyOutcome.POSTPONED) {
      s.requiredText(Vars.POSTPONED_REASON, "lý do hoãn", RULES.maxLength(Vars.POSTPONED_REASON));
    }
  }
}
