package vn.org.congdoanhanoi.phoihop.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * The calendar of a programme's year, computed from the year alone, never from fixed dates: the year's cycle opens on
 * 1 November at 08:00 (Hà Nội), when both parties are asked for the year's results; they report within
 * {@link #REPORT_WORKING_DAYS} working days; the host then proposes the review, held at the latest by
 * {@link #latestReviewDate} (the end of the first quarter of the next year, when the next year's plan is still
 * useful). Working days need the holiday file of that year: a year it lacks stops the programme with an incident
 * until an administrator adds it (PHOIHOP_CALENDAR_FILE) and retries, rather than counting Tết as working days.
 */
@Component("programmeYears")
@RequiredArgsConstructor
public class ProgrammeYears {

  /** The month and day the year's cycle opens. */
  static final int OPENING_MONTH = 11;
  static final LocalTime OPENING_TIME = LocalTime.of(8, 0);
  /** Working days the parties have for their reports. */
  static final int REPORT_WORKING_DAYS = 15;

  /** Working days the host has to propose the review, and to record its conclusions after it. */
  static final int PROPOSAL_WORKING_DAYS = 10;
  static final int CONCLUSIONS_WORKING_DAYS = 5;

  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  /** Due date of the host's proposal: the end of the working day {@link #PROPOSAL_WORKING_DAYS} from today. */
  public Date proposalDue() {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(clock.today(), PROPOSAL_WORKING_DAYS));
  }

  /** Due date of the conclusions: {@link #CONCLUSIONS_WORKING_DAYS} working days after the review's day. */
  public Date conclusionsDue(Object reviewStartsAt) {
    return TaskDeadlines.endOf(calendar.plusWorkingDays(
        ProgrammeReview.Vars.REVIEW_STARTS_AT.parse(reviewStartsAt).toLocalDate(), CONCLUSIONS_WORKING_DAYS));
  }

  public OffsetDateTime opensAt(int year) {
    return ZonedDateTime.of(LocalDate.of(year, OPENING_MONTH, 1), OPENING_TIME, WorkingDayCalendar.ZONE)
        .toOffsetDateTime();
  }

  /** The parties' report deadline of the year: working days counted from the opening. */
  public LocalDate reportDeadline(int year) {
    return calendar.plusWorkingDays(LocalDate.of(year, OPENING_MONTH, 1), REPORT_WORKING_DAYS);
  }

  /** The last day a review of the year may be held. */
  public static LocalDate latestReviewDate(int year) {
    return LocalDate.of(year + 1, 3, 31);
  }
}
