package vn.org.congdoanhanoi.phoihop.directive;

import static vn.org.congdoanhanoi.phoihop.directive.DirectiveTextRules.RULES;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.ObstacleDecision;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Vars;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineExtension;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReviewObstacle}: the issuer lets the recipient go on, extends this recipient's item (a new deadline
 * after the current one, in a year of the holiday file) or excuses it (with the reason).
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = DirectiveDuty.KEY, task = DirectiveDuty.Elements.REVIEW_OBSTACLE)
public class ObstacleDecisionValidator extends TaskSubmissionValidator {

  private final WorkingDayCalendar calendar;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    ObstacleDecision decision = s.requiredChoice(Vars.OBSTACLE_DECISION, "cách xử lý", ObstacleDecision.class);
    if (decision == ObstacleDecision.EXTEND) {
      DeadlineExtension.check(s, calendar);
    }
    if (decision == ObstacleDecision.EXCUSE) {
      s.requiredText(Vars.DECISION_NOTE, "lý do miễn (bắt buộc khi miễn)", RULES.maxLength(Vars.DECISION_NOTE));
    } else {
      s.optionalText(Vars.DECISION_NOTE, "ghi chú", RULES.maxLength(Vars.DECISION_NOTE));
    }
  }
}
