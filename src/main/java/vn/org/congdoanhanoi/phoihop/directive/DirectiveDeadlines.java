package vn.org.congdoanhanoi.phoihop.directive;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * Due dates of the directive family's user tasks, as BPMN expressions: a recipient's report is due at the end of
 * its item's deadline day ({@code ${directiveDeadlines.endOf(deadline)}}, moved with the deadline by
 * {@code DeadlineChanges}); the issuer's tasks a few working days from their creation.
 */
@Component("directiveDeadlines")
@RequiredArgsConstructor
public class DirectiveDeadlines {

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  public Date endOf(Object deadline) {
    return TaskDeadlines.endOf(DirectiveDuty.Vars.DEADLINE.parse(deadline));
  }

  public Date fromToday(int workingDays) {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(clock.today(), workingDays));
  }
}
