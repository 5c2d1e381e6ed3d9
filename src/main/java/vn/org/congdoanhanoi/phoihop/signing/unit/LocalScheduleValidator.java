package vn.org.congdoanhanoi.phoihop.signing.unit;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.LocalScheduleAction;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_ScheduleLocalCeremony}: a date the rules allow, or the reason the unit cannot hold the ceremony. */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = UnitSigning.KEY, task = UnitSigning.Elements.SCHEDULE_LOCAL)
class LocalScheduleValidator extends TaskSubmissionValidator {

  private final CeremonyRules rules;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    LocalScheduleAction action = s.requiredChoice(Vars.LOCAL_SCHEDULE_ACTION, "quyết định", LocalScheduleAction.class);
    if (action == LocalScheduleAction.NOT_HELD) {
      s.requiredText(Vars.NOT_SIGNED_REASON, "lý do không tổ chức được", RULES.maxLength(Vars.NOT_SIGNED_REASON));
    } else if (action == LocalScheduleAction.SCHEDULE) {
      LocalDate date = s.requiredDate(Vars.CEREMONY_DATE, "ngày tổ chức (bắt buộc khi chốt lịch)");
      LocalTime time = s.requiredTime(Vars.CEREMONY_TIME, "giờ bắt đầu (bắt buộc khi chốt lịch)");
      s.requiredText(Vars.CEREMONY_VENUE, "địa điểm (bắt buộc khi chốt lịch)", RULES.maxLength(Vars.CEREMONY_VENUE));
      rules.check(s, CeremonyRules.campaign(s), s.optionalDate(Vars.DEADLINE, "hạn hoàn thành"), date, time,
          s.optionalText(Vars.CEREMONY_VENUE, "địa điểm", RULES.maxLength(Vars.CEREMONY_VENUE)), Joining.UNITS_CEREMONIES,
          Vars.CEREMONY_DATE.name(), Vars.CEREMONY_TIME.name());
    }
  }
}
