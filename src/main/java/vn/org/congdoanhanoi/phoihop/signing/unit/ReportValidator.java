package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;

/** {@code Task_ReportResult}: a summary for the city; press links, if any, one web address per line. */
@Component
public class ReportValidator extends TaskSubmissionValidator {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  @Override
  public String processDefinitionKey() {
    return UnitSigning.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return UnitSigning.Elements.REPORT;
  }

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.requiredText(Vars.REPORT_SUMMARY, "tóm tắt báo cáo kết quả", 4000);
    String links = s.optionalText(Vars.PRESS_LINKS, "đường dẫn bài báo", 4000);
    if (links != null) {
      for (String line : links.split("\\R")) {
        if (!line.isBlank() && !LINK.matcher(line.strip()).matches()) {
          s.violation(Vars.PRESS_LINKS, "Dòng '" + line.strip() + "' không phải đường dẫn web (bắt đầu bằng http:// hoặc "
              + "https://); mỗi dòng một đường dẫn.");
        }
      }
    }
  }
}
