package vn.org.congdoanhanoi.phoihop.signing.cluster;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_ProposeJointCeremony}: a date and time the rules allow, a venue and the signing mode. */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = ClusterCeremony.KEY, task = ClusterCeremony.Elements.PROPOSE)
class JointProposalValidator extends TaskSubmissionValidator {

  private final CeremonyRules rules;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    LocalDate date = s.requiredDate(Vars.JOINT_DATE, "ngày tổ chức Lễ ký kết chung");
    LocalTime time = s.requiredTime(Vars.JOINT_TIME, "giờ bắt đầu");
    s.requiredText(Vars.JOINT_VENUE, "địa điểm", RULES.maxLength(Vars.JOINT_VENUE));
    s.requiredChoice(Vars.JOINT_SIGNING_MODE, "hình thức ký", SigningMode.class);
    s.optionalText(Vars.JOINT_COMBINED_ACTIVITY, "hoạt động kết hợp", RULES.maxLength(Vars.JOINT_COMBINED_ACTIVITY));
    rules.check(s, CeremonyRules.campaign(s), s.optionalDate(Vars.DEADLINE, "hạn hoàn thành"), date, time,
        s.optionalText(Vars.JOINT_VENUE, "địa điểm", RULES.maxLength(Vars.JOINT_VENUE)), Joining.NOTHING,
        Vars.JOINT_DATE.name(), Vars.JOINT_TIME.name());
  }
}
