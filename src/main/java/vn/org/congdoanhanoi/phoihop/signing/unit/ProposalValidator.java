package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.VenueArrangedBy;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_Proposal}: a proposal the Party committee can decide on. */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.PROPOSAL)
public class ProposalValidator extends TaskSubmissionValidator {

  private final AttachmentPolicy attachments;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    LocalDate date = s.requiredDate(Vars.PROPOSED_DATE, "ngày đề xuất tổ chức");
    s.requiredTime(Vars.PROPOSED_TIME, "giờ bắt đầu");
    s.requiredText(Vars.VENUE, "địa điểm", RULES.maxLength(Vars.VENUE));
    s.requiredChoice(Vars.VENUE_ARRANGED_BY, "đơn vị bố trí địa điểm", VenueArrangedBy.class);
    s.requiredChoice(Vars.SIGNING_MODE, "hình thức ký", SigningMode.class);
    SigningScope scope = s.requiredChoice(Vars.SIGNING_SCOPE, "tổ chức ký theo Cụm hay theo địa bàn", SigningScope.class);
    s.optionalText(Vars.COMBINED_ACTIVITY, "hoạt động kết hợp", RULES.maxLength(Vars.COMBINED_ACTIVITY));
    s.requiredText(Vars.ATTENDEES, "thành phần tham dự", RULES.maxLength(Vars.ATTENDEES));
    s.optionalText(Vars.DRAFT_REGULATION_REFERENCE, "dự thảo Quy chế", RULES.maxLength(Vars.DRAFT_REGULATION_REFERENCE));
    attachments.optionalFile(s, Vars.DRAFT_REGULATION, "Tệp dự thảo Quy chế");
    LocalDate deadline = s.optionalDate(Vars.DEADLINE, "hạn hoàn thành");
    if (date != null && deadline != null && date.isAfter(deadline)) {
      s.violation(Vars.PROPOSED_DATE, "Ngày đề xuất " + CeremonyRules.DATE.format(date) + " sau hạn hoàn thành "
          + CeremonyRules.DATE.format(deadline) + "; hãy đề xuất ngày không muộn hơn hạn.");
    }
    if (scope == SigningScope.CLUSTER && s.raw(Vars.CLUSTER_CODE) == null) {
      s.violation(Vars.SIGNING_SCOPE, "Đơn vị không thuộc Cụm Thi đua nào trong năm của đợt ký kết; hãy chọn ký theo địa bàn.");
    }
  }
}
