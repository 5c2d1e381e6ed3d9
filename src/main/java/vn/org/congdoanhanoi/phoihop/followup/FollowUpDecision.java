package vn.org.congdoanhanoi.phoihop.followup;

import static vn.org.congdoanhanoi.phoihop.followup.FollowUpTextRules.RULES;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp.FollowUpAction;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_FollowUpLateUnit}: the office's decision. Extending needs a new deadline after the current one, in a
 * year the holiday file has; excusing needs the reason, which goes into the unit's record. The cluster lead's task
 * ({@link ClusterLeadFollowUpDecision}) offers releasing the members where a unit's offers excusing it.
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = DeadlineFollowUp.KEY, task = DeadlineFollowUp.Elements.FOLLOW_UP)
class FollowUpDecision extends TaskSubmissionValidator {

  private final WorkingDayCalendar calendar;

  /** The decision that ends the follow-up here, and the only one besides a letter and an extension. */
  protected FollowUpAction ending() {
    return FollowUpAction.EXCUSE;
  }

  /** The choices of this task, as its form words them, for the message when another one is sent. */
  protected String choices() {
    return "gửi công văn đôn đốc (SEND_LETTER), gia hạn (EXTEND) hoặc miễn cho đơn vị (EXCUSE)";
  }

  @Override
  protected void check(Submission s, List<String> userGroups) {
    FollowUpAction action = s.requiredChoice(Vars.FOLLOW_UP_ACTION, "cách xử lý", FollowUpAction.class);
    if (action != null && action != FollowUpAction.EXTEND && action != FollowUpAction.SEND_LETTER
        && action != ending()) {
      s.violation(Vars.FOLLOW_UP_ACTION, "Cách xử lý " + action + " không áp dụng ở đây; hãy chọn " + choices() + ".");
    } else if (action == FollowUpAction.EXTEND) {
      DeadlineExtension.check(s, calendar);
    } else if (action == FollowUpAction.EXCUSE) {
      s.requiredText(Vars.FOLLOW_UP_NOTE, "lý do miễn cho đơn vị (bắt buộc khi miễn)", RULES.maxLength(Vars.FOLLOW_UP_NOTE));
    } else if (action == FollowUpAction.RELEASE_MEMBERS) {
      s.requiredText(Vars.FOLLOW_UP_NOTE, "lý do cho các đơn vị ký theo địa bàn (bắt buộc)", RULES.maxLength(Vars.FOLLOW_UP_NOTE));
    } else {
      s.optionalText(Vars.FOLLOW_UP_NOTE, "nội dung đôn đốc", RULES.maxLength(Vars.FOLLOW_UP_NOTE));
    }
  }

  /** Empties the form for the next follow-up, so an old decision is never taken again by mistake. */
  static void clear(VariableScope scope) {
    Vars.FOLLOW_UP_ACTION.set(scope, null);
    Vars.NEW_DEADLINE.set(scope, null);
    Vars.FOLLOW_UP_NOTE.set(scope, null);
  }
}
