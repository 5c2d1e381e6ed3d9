package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CommitteeOpinion;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_CommitteeOpinion}: the committee's opinion. When the federation records it on the committee's behalf
 * (the committee has no accounts), the committee's document must be cited.
 */
@Component
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.COMMITTEE_OPINION)
public class CommitteeOpinionValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    CommitteeOpinion opinion = s.requiredChoice(Vars.COMMITTEE_OPINION, "ý kiến của cấp ủy", CommitteeOpinion.class);
    String comment = s.optionalText(Vars.COMMITTEE_COMMENT, "nội dung ý kiến", RULES.maxLength(Vars.COMMITTEE_COMMENT));
    if (opinion == CommitteeOpinion.REQUEST_CHANGES && comment == null) {
      s.violation(Vars.COMMITTEE_COMMENT, "Khi đề nghị điều chỉnh, hãy ghi nội dung cần điều chỉnh.");
    }
    if (opinion == CommitteeOpinion.DECIDE_FORMAT) {
      s.requiredChoice(Vars.COMMITTEE_DECIDED_MODE, "hình thức ký do cấp ủy quyết định", SigningMode.class);
      SigningScope scope = s.requiredChoice(Vars.COMMITTEE_DECIDED_SCOPE, "tổ chức ký do cấp ủy quyết định",
          SigningScope.class);
      if (scope == SigningScope.CLUSTER && s.raw(Vars.CLUSTER_CODE) == null) {
        s.violation(Vars.COMMITTEE_DECIDED_SCOPE, "Đơn vị không thuộc Cụm Thi đua nào; chỉ có thể ký theo địa bàn.");
      }
    }
    String reference = s.optionalText(Vars.COMMITTEE_DOCUMENT_REFERENCE, "văn bản ý kiến của cấp ủy", RULES.maxLength(Vars.COMMITTEE_DOCUMENT_REFERENCE));
    Object unit = s.raw(Vars.UNIT_CODE);
    boolean recordedByFederation = unit != null && !userGroups.isEmpty()
        && !userGroups.contains(Groups.partyCommittee(unit.toString()));
    if (recordedByFederation && reference == null) {
      s.violation(Vars.COMMITTEE_DOCUMENT_REFERENCE, "LĐLĐ ghi nhận ý kiến thay cấp ủy: hãy ghi số, ngày văn bản ý "
          + "kiến của cấp ủy (ví dụ: Công văn số 123-CV/QU ngày 20/5/2022).");
    }
  }
}
