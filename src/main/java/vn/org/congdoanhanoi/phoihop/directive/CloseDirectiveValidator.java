package vn.org.congdoanhanoi.phoihop.directive;

import static vn.org.congdoanhanoi.phoihop.directive.DirectiveTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.Directive.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_CloseDirective}: the issuer's assessment, which opens the summary document. */
@Component
@ValidatesTask(process = Directive.KEY, task = Directive.Elements.CLOSE)
public class CloseDirectiveValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.requiredText(Vars.SUMMARY, "đánh giá chung", RULES.maxLength(Vars.SUMMARY));
  }
}
