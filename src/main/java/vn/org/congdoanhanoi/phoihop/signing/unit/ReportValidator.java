package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_ReportResult}: a summary for the city; press links, if any, one web address per line. */
@Component
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.REPORT)
public class ReportValidator extends TaskSubmissionValidator {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.requiredText(Vars.REPORT_SUMMARY, "tóm tắt báo cáo kết quả", RULES.maxLength(Vars.REPORT_SUMMARY));
    String links = s.optionalText(Vars.PRESS_LINKS, "đường dẫn bài báo", RULES.maxLength(Vars.PRESS_LINKS));
    if (links != null && !RULES.pattern(Vars.PRESS_LINKS).matcher(links).matches()) {
      // The form checks the whole text with the same pattern; here each line that is not an address is named.
      for (String line : links.split("\\R")) {
        if (!line.isBlank() && !LINK.matcher(line.strip()).matches()) {
          s.violation(Vars.PRESS_LINKS, "Dòng '" + line.strip() + "' không phải đường dẫn web (bắt đầu bằng http:// hoặc "
              + "https://); mỗi dòng một đường dẫn.");
        }
      }
    }
  }
}
