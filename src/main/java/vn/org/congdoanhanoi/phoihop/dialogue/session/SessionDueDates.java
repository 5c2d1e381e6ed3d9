package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * Due dates of the conference's own tasks, from the models: {@code ${dialogueSessionDue.afterConference(conferenceDate)}}
 * (the record, 3 working days after the conference day) and {@code ${dialogueSessionDue.fromToday(2)}} (the
 * federation's confirmation of a commitment). Both at the end of the day, Hà Nội, working days by the holiday file.
 */
@Component("dialogueSessionDue")
@RequiredArgsConstructor
public class SessionDueDates {

  /** Working days the federation has to record the conference after its day. */
  static final int RECORD_WORKING_DAYS = 3;

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  public Date afterConference(String conferenceDate) {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(LocalDate.parse(conferenceDate), RECORD_WORKING_DAYS));
  }

  public Date fromToday(int workingDays) {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(clock.today(), workingDays));
  }
}
