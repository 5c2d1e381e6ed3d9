package vn.org.congdoanhanoi.phoihop.programme;

import static vn.org.congdoanhanoi.phoihop.programme.ProgrammeTextRules.RULES;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ProposeReview}: a date, time and venue the chairman's diary can take (a working day, no clash with any
 * meeting of any family), not in the past and by the end of the first quarter of the next year.
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = ProgrammeReview.KEY, task = ProgrammeReview.Elements.PROPOSE_REVIEW)
public class ReviewProposalValidator extends TaskSubmissionValidator {

  private final ReviewMeetings meetings;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    LocalDate date = s.requiredDate(Vars.REVIEW_DATE, "ngày tổ chức Hội nghị");
    LocalTime time = s.requiredTime(Vars.REVIEW_TIME, "giờ bắt đầu");
    String venue = s.requiredText(Vars.REVIEW_VENUE, "địa điểm", RULES.maxLength(Vars.REVIEW_VENUE));
    MeetingMatter matter = new MeetingMatter(Vars.PROGRAMME_NUMBER.parse(s.raw(Vars.PROGRAMME_NUMBER)),
        Vars.ISSUED_ON.parse(s.raw(Vars.ISSUED_ON)).getYear());
    meetings.check(s, matter, Vars.REVIEW_YEAR.parse(s.raw(Vars.REVIEW_YEAR)), date, time, venue);
  }
}
