package vn.org.congdoanhanoi.phoihop.programme;

import static vn.org.congdoanhanoi.phoihop.programme.ProgrammeTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_RecordConclusions}: the review's conclusions, and next year's plan unless the programme ends with this
 * review (its term as it stands now: a term extended meanwhile asks for the plan again).
 */
@Component
@ValidatesTask(process = ProgrammeReview.KEY, task = ProgrammeReview.Elements.RECORD_CONCLUSIONS)
public class ConclusionsValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.requiredText(Vars.CONCLUSIONS, "kết luận của Hội nghị", RULES.maxLength(Vars.CONCLUSIONS));
    int year = Vars.REVIEW_YEAR.parse(s.raw(Vars.REVIEW_YEAR));
    boolean last = year >= Vars.TERM_END.parse(s.raw(Vars.TERM_END));
    if (last) {
      s.optionalText(Vars.NEXT_YEAR_PLAN, "kế hoạch năm tiếp theo", RULES.maxLength(Vars.NEXT_YEAR_PLAN));
    } else {
      s.requiredText(Vars.NEXT_YEAR_PLAN, "kế hoạch năm " + (year + 1), RULES.maxLength(Vars.NEXT_YEAR_PLAN));
    }
  }
}
