package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_AwaitClusterCeremony}: completing it means withdrawing from the joint ceremony, with a reason. */
@Component
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.AWAIT_CLUSTER)
public class AwaitClusterValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.check(s.flag(Vars.WITHDRAW_FROM_CLUSTER), Vars.WITHDRAW_FROM_CLUSTER, "Công việc này tự đóng khi Cụm chốt "
        + "lịch; chỉ hoàn thành khi đơn vị rút khỏi Lễ ký kết chung (đánh dấu ô rút khỏi lễ chung).");
    if (s.flag(Vars.WITHDRAW_FROM_CLUSTER)) {
      s.requiredText(Vars.WITHDRAW_REASON, "lý do rút khỏi lễ chung", RULES.maxLength(Vars.WITHDRAW_REASON));
    }
  }
}
