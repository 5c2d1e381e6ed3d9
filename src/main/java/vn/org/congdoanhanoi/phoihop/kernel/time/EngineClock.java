package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * The one clock of the application: "now" and "today" in Hanoi as the process engine sees it ({@link ClockUtil}).
 * Timers, task creation times and history are stamped by the engine with its clock; due dates, follow-up dates,
 * reminders, recorded results, register entries, invitations and reports must use the same one, or a replayed
 * campaign (a test, a migration of old records under a set engine clock) disagrees with its own history.
 * Nothing else in {@code src/main/java} may read the system clock ({@code ClockDisciplineTest} enforces it);
 * elapsed-time measurements use {@link System#nanoTime()}, which is no date.
 */
@Component
public class EngineClock {

  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDateTime now() {
    return toLocal(ClockUtil.getCurrentTime());
  }

  public OffsetDateTime offsetNow() {
    return instant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : ZonedDateTime.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE).toLocalDateTime();
  }
}
