package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules.RULES;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Progress;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReportCommitment}: done (on a day not in the future, with its result, a file allowed) or in progress
 * (with the day the department expects to be done, after today: its task comes back that morning).
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = Commitment.KEY, task = Commitment.Elements.REPORT)
public class ReportCommitmentValidator extends TaskSubmissionValidator {

  private final AttachmentPolicy attachments;
  private final EngineClock clock;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    Progress progress = s.requiredChoice(Vars.PROGRESS, "tiến độ thực hiện", Progress.class);
    LocalDate today = clock.today();
    if (progress == Progress.DONE) {
      LocalDate doneOn = s.requiredDate(Vars.DONE_ON, "ngày hoàn thành");
      if (doneOn != null && doneOn.isAfter(today)) {
        s.violation(Vars.DONE_ON, "Ngày hoàn thành " + RecordedConference.DAY.format(doneOn) + " chưa đến; hãy báo "
            + "cáo khi đã hoàn thành, hoặc chọn Đang thực hiện.");
      }
      s.requiredText(Vars.RESULT, "kết quả thực hiện", RULES.maxLength(Vars.RESULT));
      attachments.optionalFile(s, Vars.RESULT_FILE, "Tệp kết quả");
    } else if (progress == Progress.IN_PROGRESS) {
      LocalDate expectedOn = s.requiredDate(Vars.EXPECTED_ON, "ngày dự kiến hoàn thành");
      if (expectedOn != null && !expectedOn.isAfter(today)) {
        s.violation(Vars.EXPECTED_ON, "Ngày dự kiến hoàn thành phải sau hôm nay ("
            + RecordedConference.DAY.format(today) + "): việc báo cáo sẽ trở lại vào ngày đó.");
      }
    }
  }
}
