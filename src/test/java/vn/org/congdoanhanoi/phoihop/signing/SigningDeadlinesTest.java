package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRulesTest;

/**
 * Due dates of the signing tasks follow the engine's clock, never the real date, and a year the holiday file lacks
 * (the shipped file ends with 2027) is refused with the reason instead of being counted in calendar days.
 */
class SigningDeadlinesTest {

  static SigningDeadlines deadlines;

  @BeforeAll
  static void deadlines() throws Exception {
    deadlines = new SigningDeadlines(CeremonyRulesTest.calendar(), new EngineClock());
  }

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  static void engineClockAt(String hanoiLocalDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(hanoiLocalDateTime).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
  }

  static LocalDate day(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
  }

  @Test
  void dueDatesCountWorkingDaysFromTheEngineClocksToday() {
    // Friday 24/1/2025, the last working day before Tết (25/1–2/2/2025): 7 working days later is Tuesday 11/2.
    engineClockAt("2025-01-24T10:00");
    assertThat(deadlines.within(7, "2025-06-30")).isEqualTo(Date.from(
        ZonedDateTime.of(2025, 2, 11, 23, 59, 0, 0, WorkingDayCalendar.ZONE).toInstant()));
    // Capped at the deadline day.
    assertThat(day(deadlines.within(7, "2025-01-31"))).isEqualTo(LocalDate.of(2025, 1, 31));
    // Five working days from Friday 7/3/2025 end on Friday 14/3, before a deadline on Sunday 16/3.
    engineClockAt("2025-03-07T10:00");
    assertThat(day(deadlines.within(5, "2025-03-16"))).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(day(deadlines.within(6, "2025-03-16"))).isEqualTo(LocalDate.of(2025, 3, 16));
  }

  @Test
  void aDeadlineAlreadyReachedNeedsNoCalendar() {
    // A 2022 campaign replayed when the real date is past the file: the deadline day, no counting.
    engineClockAt("2031-03-02T09:00");
    assertThat(day(deadlines.within(7, "2022-06-30"))).isEqualTo(LocalDate.of(2022, 6, 30));
  }

  @Test
  void countingIntoAYearTheHolidayFileLacksIsRefused() {
    engineClockAt("2028-01-10T09:00");
    assertThatThrownBy(() -> deadlines.within(7, "2028-03-31"))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("chưa có dữ liệu năm 2028").hasMessageContaining("PHOIHOP_CALENDAR_FILE");
    // A ceremony on the last working day of the file: the outcome's due date would fall in 2028.
    assertThatThrownBy(() -> deadlines.daysAfter(2, "2027-12-31T09:00:00+07:00"))
        .isInstanceOf(YearNotCoveredException.class);
  }
}
