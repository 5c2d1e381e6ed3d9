package vn.org.congdoanhanoi.phoihop.signing.cluster;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_ConfirmCityAttendance}: who attends for the city. */
@Component
@ValidatesTask(process = ClusterCeremony.KEY, task = ClusterCeremony.Elements.CONFIRM_ATTENDANCE)
public class CityAttendanceValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission s, List<String> userGroups) {
    s.requiredText(Vars.CITY_ATTENDEES, "thành phần LĐLĐ Thành phố tham dự", RULES.maxLength(Vars.CITY_ATTENDEES));
  }
}
