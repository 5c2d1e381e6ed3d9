package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.deadline.WorkingDayCalendar;

/**
 * "Today" in Hanoi as the process engine sees it. Milestone dates come from the engine's history, which the
 * engine stamps with its own clock; judging them against the same clock keeps a replayed campaign (a test, or
 * a migration of old records under a set engine clock) consistent with its history.
 */
@Component
public class EngineClock {

  public LocalDateTime now() {
    return toLocal(ClockUtil.getCurrentTime());
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : ZonedDateTime.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE).toLocalDateTime();
  }
}
