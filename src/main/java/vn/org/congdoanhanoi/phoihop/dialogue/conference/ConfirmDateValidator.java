package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import static vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules.RULES;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate.Decision;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ConfirmConferenceDate}: the chairman's answer, and a slot his diary can take: the planned one when he
 * confirms it (its problems shown under the answer, since its fields are not in the form), or the one he proposes,
 * on a working day, not in the past, after the petition deadline, and clashing with no meeting of any family (the
 * clashing meeting named).
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = DialogueConference.KEY, task = DialogueConference.Elements.CONFIRM_DATE)
public class ConfirmDateValidator extends TaskSubmissionValidator {

  private final ConferenceMeetings meetings;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    Decision decision = s.requiredChoice(ConferenceDate.Vars.DECISION, "ý kiến của Chủ tịch UBND", Decision.class);
    if (decision == null) {
      return;
    }
    MeetingMatter matter = new MeetingMatter(Vars.PLAN_NUMBER.parse(s.raw(Vars.PLAN_NUMBER)),
        Vars.ISSUED_ON.parse(s.raw(Vars.ISSUED_ON)).getYear());
    LocalDate petitionDeadline = Vars.PETITION_DEADLINE.parse(s.raw(Vars.PETITION_DEADLINE));
    if (decision == Decision.CONFIRMED) {
      String field = ConferenceDate.Vars.DECISION.name();
      meetings.check(s, matter, petitionDeadline, Vars.CONFERENCE_DATE.parse(s.raw(Vars.CONFERENCE_DATE)),
          Vars.CONFERENCE_TIME.parse(s.raw(Vars.CONFERENCE_TIME)), Vars.VENUE.parse(s.raw(Vars.VENUE)), field, field);
      return;
    }
    LocalDate date = s.requiredDate(ConferenceDate.Vars.PROPOSED_DATE, "ngày Chủ tịch UBND đề nghị");
    LocalTime time = s.requiredTime(ConferenceDate.Vars.PROPOSED_TIME, "giờ Chủ tịch UBND đề nghị");
    String venue = s.optionalText(ConferenceDate.Vars.PROPOSED_VENUE, "địa điểm mới", RULES.maxLength(ConferenceDate.Vars.PROPOSED_VENUE));
    meetings.check(s, matter, petitionDeadline, date, time,
        venue == null || venue.isBlank() ? Vars.VENUE.parse(s.raw(Vars.VENUE)) : venue,
        ConferenceDate.Vars.PROPOSED_DATE.name(), ConferenceDate.Vars.PROPOSED_TIME.name());
  }
}
