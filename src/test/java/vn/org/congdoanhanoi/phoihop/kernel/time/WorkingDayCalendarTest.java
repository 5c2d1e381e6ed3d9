package vn.org.congdoanhanoi.phoihop.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped calendar against the Government's announcements of 2022–2026 (sources in holidays-vn.yaml). */
class WorkingDayCalendarTest {

  static final WorkingDayCalendar CALENDAR = HolidayFileParser.parse(shippedFile());

  static String shippedFile() {
    try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Stream<LocalDate> days(LocalDate first, LocalDate last) {
    return first.datesUntil(last.plusDays(1));
  }

  // --- ordinary weeks -----------------------------------------------------------------------------------------

  @Test
  void anOrdinaryWeekdayIsAWorkingDayAndAnOrdinaryWeekendIsNot() {
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 12))).isTrue(); // Wednesday
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 14))).isTrue(); // Friday
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 15))).isFalse(); // Saturday
    assertThat(CALENDAR.isWorkingDay(d(2025, 3, 16))).isFalse(); // Sunday
    assertThat(CALENDAR.holidayName(d(2025, 3, 15))).isEmpty();
    assertThat(CALENDAR.holidayName(d(2025, 3, 12))).isEmpty();
  }

  @Test
  void theZoneIsVietnams() {
    assertThat(WorkingDayCalendar.ZONE).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  // --- Tết Dương lịch -----------------------------------------------------------------------------------------

  @Test
  void newYearsDayIsOffAndOnAWeekendItIsGivenBackOnMonday() {
    assertThat(CALENDAR.isWorkingDay(d(2024, 1, 1))).isFalse();
    assertThat(CALENDAR.holidayName(d(2024, 1, 1))).contains("Tết Dương lịch");
    assertThat(CALENDAR.isWorkingDay(d(2025, 1, 1))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2025, 1, 2))).isTrue();

    // 1/1/2023 was a Sunday: Monday 2/1/2023 was given back.
    assertThat(CALENDAR.holidayName(d(2023, 1, 1))).contains("Tết Dương lịch");
    assertThat(CALENDAR.isWorkingDay(d(2023, 1, 2))).isFalse();
    assertThat(CALENDAR.holidayName(d(2023, 1, 2))).contains("Nghỉ bù");
    assertThat(CALENDAR.isWorkingDay(d(2023, 1, 3))).isTrue();
  }

  @Test
  void newYear2026WasFourDaysWithFridayWorkedBackOnSaturdayTenthOfJanuary() {
    assertThat(days(d(2026, 1, 1), d(2026, 1, 4))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.holidayName(d(2026, 1, 2))).contains("Nghỉ bù");
    assertThat(CALENDAR.isWorkingDay(d(2026, 1, 10))).isTrue();
    assertThat(CALENDAR.holidayName(d(2026, 1, 10))).isEmpty();
    assertThat(CALENDAR.isWorkingDay(d(2026, 1, 11))).isFalse();
  }

  // --- Tết Nguyên đán -----------------------------------------------------------------------------------------

  @Test
  void tet2023RanFromTheTwentiethToTheTwentySixthOfJanuaryWithoutASaturdayWorked() {
    assertThat(CALENDAR.isWorkingDay(d(2023, 1, 19))).isTrue();
    assertThat(days(d(2023, 1, 20), d(2023, 1, 26))).noneMatch(CALENDAR::isWorkingDay)
        .allMatch(day -> CALENDAR.holidayName(day).orElse("").equals("Tết Nguyên đán"));
    assertThat(CALENDAR.isWorkingDay(d(2023, 1, 27))).isTrue();
    // The Government's letter 8056/VPCP-KGVX ordered no swap: Saturday 14/1/2023 stayed a day of rest.
    assertThat(CALENDAR.isWorkingDay(d(2023, 1, 14))).isFalse();
  }

  @Test
  void tet2024RanFromTheEighthToTheFourteenthOfFebruary() {
    assertThat(CALENDAR.isWorkingDay(d(2024, 2, 7))).isTrue();
    assertThat(days(d(2024, 2, 8), d(2024, 2, 14))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.isWorkingDay(d(2024, 2, 15))).isTrue();
  }

  @Test
  void tet2025WasNineDaysFromTheTwentyFifthOfJanuaryToTheSecondOfFebruary() {
    assertThat(CALENDAR.isWorkingDay(d(2025, 1, 24))).isTrue();
    assertThat(days(d(2025, 1, 25), d(2025, 2, 2))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.holidayName(d(2025, 1, 29))).contains("Tết Nguyên đán");
    assertThat(CALENDAR.isWorkingDay(d(2025, 2, 3))).isTrue();
    // No Saturday was worked in exchange for Tết 2025.
    assertThat(CALENDAR.isWorkingDay(d(2025, 2, 8))).isFalse();
  }

  @Test
  void tet2026WasNineDaysFromTheFourteenthToTheTwentySecondOfFebruary() {
    assertThat(CALENDAR.isWorkingDay(d(2026, 2, 13))).isTrue();
    assertThat(days(d(2026, 2, 14), d(2026, 2, 22))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.isWorkingDay(d(2026, 2, 23))).isTrue();
  }

  // --- Giỗ Tổ Hùng Vương, 30/4 and 1/5 ------------------------------------------------------------------------

  @Test
  void gioToHungVuongIsOffAndOnASundayItIsGivenBackOnMonday() {
    assertThat(CALENDAR.holidayName(d(2024, 4, 18))).contains("Giỗ Tổ Hùng Vương");
    assertThat(CALENDAR.isWorkingDay(d(2024, 4, 18))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2024, 4, 19))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2025, 4, 7))).isFalse();
    assertThat(CALENDAR.holidayName(d(2026, 4, 26))).contains("Giỗ Tổ Hùng Vương");
    assertThat(CALENDAR.isWorkingDay(d(2026, 4, 27))).isFalse();
    assertThat(CALENDAR.holidayName(d(2026, 4, 27))).contains("Nghỉ bù");
  }

  @Test
  void theBreakOf2023RanFromGioToOnSaturdayTwentyNinthOfAprilToTheThirdOfMay() {
    assertThat(CALENDAR.holidayName(d(2023, 4, 29))).contains("Giỗ Tổ Hùng Vương");
    assertThat(CALENDAR.holidayName(d(2023, 4, 30))).contains("Ngày Chiến thắng");
    assertThat(CALENDAR.holidayName(d(2023, 5, 1))).contains("Ngày Quốc tế Lao động");
    assertThat(CALENDAR.holidayName(d(2023, 5, 3))).contains("Nghỉ bù");
    assertThat(days(d(2023, 4, 29), d(2023, 5, 3))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.isWorkingDay(d(2023, 5, 4))).isTrue();
  }

  @Test
  void theBreakOf2025RanFromTheThirtiethOfAprilToTheFourthOfMayWithSaturdayTwentySixthWorked() {
    assertThat(CALENDAR.isWorkingDay(d(2025, 4, 26))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d(2025, 4, 29))).isTrue();
    assertThat(days(d(2025, 4, 30), d(2025, 5, 4))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.holidayName(d(2025, 5, 2))).contains("Nghỉ bù");
    assertThat(CALENDAR.isWorkingDay(d(2025, 5, 5))).isTrue();
  }

  @Test
  void theBreakOf2024RanFromSaturdayTwentySeventhOfAprilWithMondayWorkedBackOnTheFourthOfMay() {
    assertThat(days(d(2024, 4, 27), d(2024, 5, 1))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.isWorkingDay(d(2024, 5, 4))).isTrue();
  }

  // --- Quốc khánh ----------------------------------------------------------------------------------------------

  @Test
  void nationalDayTakesTwoDaysWithTheAdjacentDayTheGovernmentChose() {
    // 2023: Friday 1/9 and Saturday 2/9, given back on Monday 4/9.
    assertThat(CALENDAR.isWorkingDay(d(2023, 9, 1))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2023, 9, 4))).isFalse();
    assertThat(CALENDAR.isWorkingDay(d(2023, 9, 5))).isTrue();
    // 2024: Monday 2/9 and Tuesday 3/9.
    assertThat(CALENDAR.holidayName(d(2024, 9, 3))).contains("Quốc khánh");
    assertThat(CALENDAR.isWorkingDay(d(2024, 9, 4))).isTrue();
    // 2025: 30/8–2/9, the days off being Monday 1/9 and Tuesday 2/9.
    assertThat(CALENDAR.isWorkingDay(d(2025, 8, 29))).isTrue();
    assertThat(days(d(2025, 8, 30), d(2025, 9, 2))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.isWorkingDay(d(2025, 9, 3))).isTrue();
    // 2026: 29/8–2/9, Monday 31/8 moved to Saturday 22/8.
    assertThat(CALENDAR.isWorkingDay(d(2026, 8, 22))).isTrue();
    assertThat(days(d(2026, 8, 29), d(2026, 9, 2))).noneMatch(CALENDAR::isWorkingDay);
    assertThat(CALENDAR.holidayName(d(2026, 8, 31))).contains("Nghỉ bù");
  }

  // --- counting ------------------------------------------------------------------------------------------------

  @Test
  void plusWorkingDaysJumpsOverTet() {
    assertThat(CALENDAR.plusWorkingDays(d(2025, 1, 24), 1)).isEqualTo(d(2025, 2, 3));
    // Wednesday 22/1/2025 + 5: Thursday 23/1, Friday 24/1, then Monday 3/2, Tuesday 4/2, Wednesday 5/2.
    assertThat(CALENDAR.plusWorkingDays(d(2025, 1, 22), 5)).isEqualTo(d(2025, 2, 5));
    assertThat(CALENDAR.plusWorkingDays(d(2024, 2, 7), 1)).isEqualTo(d(2024, 2, 15));
    assertThat(CALENDAR.plusWorkingDays(d(2023, 1, 19), 1)).isEqualTo(d(2023, 1, 27));
  }

  @Test
  void plusWorkingDaysCountsASaturdayWorkedInExchange() {
    // Friday 25/4/2025 → Saturday 26/4 (làm bù) → Monday 28/4 → Tuesday 29/4 → the break → Monday 5/5.
    assertThat(CALENDAR.plusWorkingDays(d(2025, 4, 25), 1)).isEqualTo(d(2025, 4, 26));
    assertThat(CALENDAR.plusWorkingDays(d(2025, 4, 25), 2)).isEqualTo(d(2025, 4, 28));
    assertThat(CALENDAR.plusWorkingDays(d(2025, 4, 25), 3)).isEqualTo(d(2025, 4, 29));
    assertThat(CALENDAR.plusWorkingDays(d(2025, 4, 25), 4)).isEqualTo(d(2025, 5, 5));
    // An ordinary Friday + 1 is the Monday after.
    assertThat(CALENDAR.plusWorkingDays(d(2025, 3, 14), 1)).isEqualTo(d(2025, 3, 17));
  }

  @Test
  void zeroWorkingDaysKeepsAWorkingDayAndMovesADayOffToTheNextOrPreviousWorkingDay() {
    assertThat(CALENDAR.plusWorkingDays(d(2025, 3, 12), 0)).isEqualTo(d(2025, 3, 12));
    assertThat(CALENDAR.plusWorkingDays(d(2025, 1, 29), 0)).isEqualTo(d(2025, 2, 3));
    assertThat(CALENDAR.minusWorkingDays(d(2025, 3, 12), 0)).isEqualTo(d(2025, 3, 12));
    assertThat(CALENDAR.minusWorkingDays(d(2025, 5, 1), 0)).isEqualTo(d(2025, 4, 29));
  }

  @Test
  void minusWorkingDaysGivesTheReminderDayBeforeADeadlineAfterTet() {
    // Deadline Thursday 6/2/2025: 3 working days before is Monday 3/2, 4 working days before is Friday 24/1.
    assertThat(CALENDAR.minusWorkingDays(d(2025, 2, 6), 3)).isEqualTo(d(2025, 2, 3));
    assertThat(CALENDAR.minusWorkingDays(d(2025, 2, 6), 4)).isEqualTo(d(2025, 1, 24));
  }

  @Test
  void minusWorkingDaysCountsASaturdayWorkedInExchange() {
    assertThat(CALENDAR.minusWorkingDays(d(2025, 5, 5), 1)).isEqualTo(d(2025, 4, 29));
    assertThat(CALENDAR.minusWorkingDays(d(2025, 5, 5), 3)).isEqualTo(d(2025, 4, 26));
    assertThat(CALENDAR.minusWorkingDays(d(2026, 1, 12), 1)).isEqualTo(d(2026, 1, 10));
  }

  @Test
  void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheSecond() {
    assertThat(CALENDAR.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 3))).isEqualTo(1);
    assertThat(CALENDAR.workingDaysBetween(d(2025, 2, 3), d(2025, 1, 24))).isEqualTo(-1);
    assertThat(CALENDAR.workingDaysBetween(d(2025, 3, 12), d(2025, 3, 12))).isZero();
    assertThat(CALENDAR.workingDaysBetween(d(2025, 4, 25), d(2025, 5, 5))).isEqualTo(4);
    // A year in numbers: 2025 had 365 days, 104 weekend days, 12 weekdays off (1/1, 27/1–31/1, 7/4, 30/4, 1/5,
    // 2/5, 1/9, 2/9) and one Saturday worked (26/4): 365 - 104 - 12 + 1 = 250.
    assertThat(CALENDAR.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31))).isEqualTo(250);
  }

  @Test
  void countingForwardThenBackAgreesOnEveryWorkingDayOf2023To2026() {
    days(d(2023, 1, 1), d(2026, 11, 30)).filter(CALENDAR::isWorkingDay).forEach(day -> {
      for (int n = 1; n <= 10; n++) {
        LocalDate later = CALENDAR.plusWorkingDays(day, n);
        assertThat(CALENDAR.isWorkingDay(later)).as("%s + %d", day, n).isTrue();
        assertThat(CALENDAR.workingDaysBetween(day, later)).as("%s + %d", day, n).isEqualTo(n);
        assertThat(CALENDAR.minusWorkingDays(later, n)).as("%s + %d - %d", day, n, n).isEqualTo(day);
      }
    });
  }

  @Test
  void aNegativeNumberOfDaysIsRefused() {
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d(2025, 3, 12), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CALENDAR.minusWorkingDays(d(2025, 3, 12), -2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- the years of the file -----------------------------------------------------------------------------------

  @Test
  void theShippedFileCovers2022To2027With2027Provisional() {
    assertThat(CALENDAR.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
    assertThat(CALENDAR.covers(2021)).isFalse();
    assertThat(CALENDAR.covers(2028)).isFalse();
    assertThat(CALENDAR.isProvisional(2027)).isTrue();
    assertThat(CALENDAR.isProvisional(2026)).isFalse();
    // Only the fixed-date days are known for 2027, with the nghỉ bù of 1/5 (a Saturday).
    assertThat(CALENDAR.isWorkingDay(d(2027, 5, 3))).isFalse();
    assertThat(CALENDAR.holidayName(d(2027, 9, 2))).contains("Quốc khánh");
  }

  @Test
  void aYearOutsideTheFileIsRefusedInVietnameseRatherThanTreatedAsOrdinary() {
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(d(2028, 1, 3)))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("chưa có dữ liệu năm 2028")
        .hasMessageContaining("2022–2027")
        .hasMessageContaining("PHOIHOP_CALENDAR_FILE");
    assertThatThrownBy(() -> CALENDAR.holidayName(d(2021, 12, 31))).isInstanceOf(YearNotCoveredException.class);
    assertThatThrownBy(() -> CALENDAR.minusWorkingDays(d(2021, 12, 31), 1))
        .isInstanceOf(YearNotCoveredException.class);
    assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d(2027, 12, 1), d(2028, 1, 10)))
        .isInstanceOf(YearNotCoveredException.class);
  }

  @Test
  void countingThatRunsPastTheLastYearIsRefusedInsteadOfGuessing() {
    assertThat(CALENDAR.plusWorkingDays(d(2027, 12, 30), 1)).isEqualTo(d(2027, 12, 31));
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d(2027, 12, 30), 2))
        .isInstanceOf(YearNotCoveredException.class)
        .satisfies(e -> assertThat(((YearNotCoveredException) e).year()).isEqualTo(2028));
    assertThatThrownBy(() -> CALENDAR.minusWorkingDays(d(2022, 1, 4), 1))
        .isInstanceOf(YearNotCoveredException.class);
  }
}
