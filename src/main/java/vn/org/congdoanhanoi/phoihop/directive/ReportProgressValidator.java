package vn.org.congdoanhanoi.phoihop.directive;

import static vn.org.congdoanhanoi.phoihop.directive.DirectiveTextRules.RULES;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Progress;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReportProgress}: done (on a day not in the future, with its evidence, a file allowed), in progress
 * (with the day it is expected to be done, not in the past) or blocked (with the obstacle).
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = DirectiveDuty.KEY, task = DirectiveDuty.Elements.REPORT)
public class ReportProgressValidator extends TaskSubmissionValidator {

  private final AttachmentPolicy attachments;
  private final EngineClock clock;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    Progress progress = s.requiredChoice(Vars.PROGRESS, "tiến độ", Progress.class);
    LocalDate today = clock.today();
    if (progress == Progress.DONE) {
      LocalDate completedOn = s.requiredDate(Vars.COMPLETED_ON, "ngày hoàn thành");
      if (completedOn != null && completedOn.isAfter(today)) {
        s.violation(Vars.COMPLETED_ON, "Ngày hoàn thành " + DirectiveStartValidator.DATE.format(completedOn)
            + " chưa đến; hãy báo cáo khi đã hoàn thành, hoặc chọn Đang thực hiện.");
      }
      s.requiredText(Vars.EVIDENCE, "kết quả, minh chứng", RULES.maxLength(Vars.EVIDENCE));
      attachments.optionalFile(s, Vars.EVIDENCE_FILE, "Tệp minh chứng");
    } else if (progress == Progress.IN_PROGRESS) {
      LocalDate expectedOn = s.requiredDate(Vars.EXPECTED_ON, "ngày dự kiến hoàn thành");
      if (expectedOn != null && expectedOn.isBefore(today)) {
        s.violation(Vars.EXPECTED_ON, "Ngày dự kiến hoàn thành " + DirectiveStartValidator.DATE.format(expectedOn)
            + " đã qua; hãy chọn một ngày từ hôm nay trở đi.");
      }
    } else if (progress == Progress.BLOCKED) {
      s.requiredText(Vars.OBSTACLE, "khó khăn, vướng mắc", RULES.maxLength(Vars.OBSTACLE));
    }
  }
}
