package vn.org.congdoanhanoi.phoihop.programme;

import static vn.org.congdoanhanoi.phoihop.programme.ProgrammeTextRules.RULES;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReportResults}: a result for every content area of the programme, each in its numbered section
 * ("1. …", "2. …"), and no section for an area the programme does not have.
 */
@Component
@ValidatesTask(process = ProgrammeReview.KEY, task = ProgrammeReview.Elements.REPORT_RESULTS)
public class ReportResultsValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    String text = s.requiredText(Vars.AREA_RESULTS, "kết quả thực hiện theo từng nội dung phối hợp",
        RULES.maxLength(Vars.AREA_RESULTS));
    if (text == null) {
      return;
    }
    List<String> areas = Vars.CONTENT_AREAS.parse(s.raw(Vars.CONTENT_AREAS));
    Map<Integer, String> sections = PartyReports.sections(text, areas);
    if (!sections.getOrDefault(0, "").isBlank()) {
      s.violation(Vars.AREA_RESULTS, "Hãy ghi kết quả dưới số thứ tự của từng nội dung (\"1. …\", \"2. …\"); phần "
          + "đầu '" + Submission.quote(sections.get(0)) + "' không thuộc nội dung nào.");
    }
    for (int number : sections.keySet()) {
      if (number > areas.size()) {
        s.violation(Vars.AREA_RESULTS, "Chương trình chỉ có " + areas.size() + " nội dung phối hợp; không có nội "
            + "dung số " + number + ".");
      }
    }
    for (int i = 0; i < areas.size(); i++) {
      if (sections.getOrDefault(i + 1, "").isBlank()) {
        s.violation(Vars.AREA_RESULTS, "Chưa có kết quả của nội dung " + (i + 1) + ". " + areas.get(i) + ".");
      }
    }
  }
}
