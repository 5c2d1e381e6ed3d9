package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * When a department's answer sheet is due: {@code phoihop.dialogue.answer-working-days} working days after it opens
 * (5), or the working day before the conference when that comes first, so the chairman has the answers in hand; never
 * before the day the sheet opens. The chairman's office reviews a sheet within {@link #REVIEW_WORKING_DAYS} working
 * days ({@code ${answerDeadline.reviewDue()}} in the model).
 */
@Component("answerDeadline")
public class AnswerDeadline {

  static final int REVIEW_WORKING_DAYS = 2;

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final int workingDays;

  AnswerDeadline(WorkingDayCalendar calendar, EngineClock clock,
                 @Value("${phoihop.dialogue.answer-working-days:5}") int workingDays) {
    this.calendar = calendar;
    this.clock = clock;
    this.workingDays = workingDays;
  }

  /** The end of the review's last working day, from today. */
  public Date reviewDue() {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(clock.today(), REVIEW_WORKING_DAYS));
  }

  LocalDate of(LocalDate opened, LocalDate conferenceDate) {
    LocalDate due = calendar.plusWorkingDays(opened, workingDays);
    if (conferenceDate != null) {
      LocalDate beforeConference = calendar.minusWorkingDays(conferenceDate, 1);
      if (beforeConference.isBefore(due)) {
        due = beforeConference.isBefore(opened) ? opened : beforeConference;
      }
    }
    return due;
  }
}
