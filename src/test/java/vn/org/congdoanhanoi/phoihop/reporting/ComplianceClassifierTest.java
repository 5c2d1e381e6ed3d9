package vn.org.congdoanhanoi.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.time.CalendarGap;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Cell;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Row;

/** The rule that judges every cell: on time, at risk (working days, Vietnamese holidays), overdue. */
class ComplianceClassifierTest {

  static final WorkingDays DAYS = new WorkingDays(calendar());
  static final ComplianceClassifier RULE = new ComplianceClassifier(DAYS, 5);
  static final LocalDate DUE = LocalDate.of(2022, 6, 23); // Thursday

  static WorkingDayCalendar calendar() {
    try (InputStream in = ComplianceClassifierTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void doneByTheDueDateIsOnTimeAndShowsTheDayItWasDone() {
    Cell cell = RULE.classify("M", MilestoneFact.done(DUE, DUE, null), LocalDate.of(2022, 7, 1));
    assertThat(cell.status()).isEqualTo(CellStatus.ON_TIME);
    assertThat(cell.label()).isEqualTo("Đúng hạn");
    assertThat(cell.done()).isTrue();
    assertThat(cell.date()).isEqualTo(DUE);
  }

  @Test
  void doneAfterTheDueDateIsOverdue() {
    Cell cell = RULE.classify("M", MilestoneFact.done(DUE, DUE.plusDays(1), null), DUE.plusDays(1));
    assertThat(cell.status()).isEqualTo(CellStatus.OVERDUE);
    assertThat(cell.label()).isEqualTo("Quá hạn");
    assertThat(cell.date()).isEqualTo(DUE.plusDays(1));
  }

  @Test
  void openAfterTheDueDateIsOverdueAndShowsTheDueDate() {
    Cell cell = RULE.classify("M", MilestoneFact.pending(DUE, null), DUE.plusDays(1));
    assertThat(cell.status()).isEqualTo(CellStatus.OVERDUE);
    assertThat(cell.done()).isFalse();
    assertThat(cell.date()).isEqualTo(DUE);
  }

  @Test
  void openIsAtRiskFromFiveWorkingDaysBeforeTheDueDateUntilTheDueDateItself() {
    // Thursday 16/6 is five working days before Thursday 23/6; Wednesday 15/6 is six.
    assertThat(RULE.classify("M", MilestoneFact.pending(DUE, null), LocalDate.of(2022, 6, 16)).status())
        .isEqualTo(CellStatus.AT_RISK);
    assertThat(RULE.classify("M", MilestoneFact.pending(DUE, null), DUE).status()).isEqualTo(CellStatus.AT_RISK);
    Cell early = RULE.classify("M", MilestoneFact.pending(DUE, null), LocalDate.of(2022, 6, 15));
    assertThat(early.status()).isEqualTo(CellStatus.ON_TIME);
    assertThat(early.label()).isEqualTo("Trong hạn");
  }

  @Test
  void theAtRiskMarginCountsWorkingDaysSoAHolidayWeekIsNotCounted() {
    // Tết 2023: 20–26/1 are days off, so on 17/1 a due date of 30/1 is 4 working days away (18, 19, 27, 30),
    // though 9 weekdays and 13 calendar days.
    LocalDate due = LocalDate.of(2023, 1, 30);
    LocalDate today = LocalDate.of(2023, 1, 17);
    assertThat(calendar().workingDaysBetween(today, due)).isEqualTo(4);
    assertThat(RULE.classify("M", MilestoneFact.pending(due, null), today).status()).isEqualTo(CellStatus.AT_RISK);
  }

  @Test
  void aMilestoneTheUnitWillNeverReachIsNotApplicableUnlessItWasDone() {
    assertThat(RULE.classify("M", MilestoneFact.notApplicable(DUE, "Không ký kết"), DUE.plusDays(9)).status())
        .isEqualTo(CellStatus.NOT_APPLICABLE);
    assertThat(RULE.classify("M", new MilestoneFact(DUE, DUE, false, null), DUE.plusDays(9)).status())
        .isEqualTo(CellStatus.ON_TIME);
  }

  @Test
  void aRowIsAsBadAsItsWorstCellAndTotalsCountEachState() {
    List<Milestone> milestones = List.of(new Milestone("A", "A"), new Milestone("B", "B"));
    Row late = RULE.row(SubjectFacts.unit("x", "X", Map.of("A", MilestoneFact.done(DUE, DUE, null),
        "B", MilestoneFact.pending(DUE, null))), milestones, DUE.plusDays(1));
    Row done = RULE.row(SubjectFacts.unit("y", "Y", Map.of("A", MilestoneFact.done(DUE, DUE, null),
        "B", MilestoneFact.notApplicable(DUE, null))), milestones, DUE.plusDays(1));
    assertThat(late.overall()).isEqualTo(CellStatus.OVERDUE);
    assertThat(done.overall()).isEqualTo(CellStatus.ON_TIME);
    assertThat(done.overallLabel()).isEqualTo("Đúng hạn");
    List<ComplianceMatrix.Total> totals = ComplianceClassifier.totals(milestones, List.of(late, done));
    assertThat(totals.get(0).done()).isEqualTo(2);
    assertThat(totals.get(1).overdue()).isEqualTo(1);
    assertThat(totals.get(1).notApplicable()).isEqualTo(1);
  }

  // The shipped holiday file covers 2022–2027.

  @Test
  void outsideTheCalendarsYearsNothingIsCountedInCalendarDaysTheCellSaysWhichYearToAdd() {
    // Ten calendar days: at most 5 working days only if Tết 2028 falls in them, which only the missing year tells.
    LocalDate due = LocalDate.of(2028, 2, 10);
    Cell cell = RULE.classify("M", MilestoneFact.pending(due, null), LocalDate.of(2028, 1, 31));
    assertThat(cell.status()).isEqualTo(CellStatus.NO_CALENDAR);
    assertThat(cell.label()).isEqualTo("Thiếu lịch ngày nghỉ");
    assertThat(cell.date()).isEqualTo(due);
    assertThat(cell.calendarGap().year()).isEqualTo(2028);
    assertThat(cell.calendarGap().message()).contains("năm 2028", "PHOIHOP_CALENDAR_FILE");
    assertThat(ComplianceXlsx.cellText(cell)).contains("Thiếu lịch năm 2028").doesNotContain("Trong hạn");
  }

  @Test
  void aMarginTheMissingYearCannotChangeIsStillJudged() {
    // At most 5 days left, whatever they are: at risk. 21 working days of December 2027 already: on time.
    assertThat(RULE.classify("M", MilestoneFact.pending(LocalDate.of(2028, 1, 5), null), LocalDate.of(2027, 12, 31))
        .status()).isEqualTo(CellStatus.AT_RISK);
    Cell early = RULE.classify("M", MilestoneFact.pending(LocalDate.of(2028, 1, 20), null), LocalDate.of(2027, 12, 1));
    assertThat(early.status()).isEqualTo(CellStatus.ON_TIME);
    assertThat(early.calendarGap()).isNull();
    // A due date passed is overdue without counting anything.
    assertThat(RULE.classify("M", MilestoneFact.pending(LocalDate.of(2021, 12, 1), null), LocalDate.of(2021, 12, 2))
        .status()).isEqualTo(CellStatus.OVERDUE);
  }

  @Test
  void aDueDateThatCouldNotBeCountedIsNeverJudgedButADoneMilestoneStillShowsItsDay() {
    DueDate missing = DAYS.plus(LocalDate.of(2021, 12, 27), 10);
    assertThat(missing.known()).isFalse();
    assertThat(missing.gap().year()).isEqualTo(2021);
    Cell open = RULE.classify("M", MilestoneFact.pending(missing, null), LocalDate.of(2022, 3, 1));
    assertThat(open.status()).isEqualTo(CellStatus.NO_CALENDAR);
    assertThat(open.date()).isNull();
    assertThat(ComplianceXlsx.cellText(open)).isEqualTo("Thiếu lịch ngày nghỉ\nThiếu lịch năm 2021");
    Cell done = RULE.classify("M", MilestoneFact.done(missing, LocalDate.of(2022, 1, 4), null),
        LocalDate.of(2022, 3, 1));
    assertThat(done.status()).isEqualTo(CellStatus.NO_CALENDAR);
    assertThat(done.date()).isEqualTo(LocalDate.of(2022, 1, 4));
    assertThat(RULE.classify("M", MilestoneFact.notApplicable(missing, "Không ký kết"), LocalDate.of(2022, 3, 1))
        .status()).isEqualTo(CellStatus.NOT_APPLICABLE);
  }

  @Test
  void workingDayCountsThatNeedAMissingYearGiveNoDayUnlessTheCapSettlesIt() {
    // 10 working days after 20/12/2027 run into 2028: unknown; capped by a deadline of 31/12/2027 it is the deadline.
    assertThat(DAYS.plus(LocalDate.of(2027, 12, 20), 10).gap().year()).isEqualTo(2028);
    assertThat(DAYS.plus(LocalDate.of(2027, 12, 20), 10, LocalDate.of(2027, 12, 31)))
        .isEqualTo(DueDate.of(LocalDate.of(2027, 12, 31)));
    assertThat(DAYS.plus(LocalDate.of(2027, 12, 20), 10, LocalDate.of(2028, 1, 31)).known()).isFalse();
    assertThat(DAYS.plus(LocalDate.of(2027, 12, 20), 3, LocalDate.of(2028, 1, 31)))
        .isEqualTo(DueDate.of(LocalDate.of(2027, 12, 23)));
    assertThat(DAYS.minus(LocalDate.of(2022, 1, 5), 10).gap().year()).isEqualTo(2021);
  }

  @Test
  void aRowWithACellThatCannotBeJudgedIsNotOnTimeAndTheMatrixListsEachMissingYearOnce() {
    List<Milestone> milestones = List.of(new Milestone("A", "A"), new Milestone("B", "B"), new Milestone("C", "C"));
    DueDate missing = DAYS.plus(LocalDate.of(2021, 12, 27), 10);
    Row row = RULE.row(SubjectFacts.unit("x", "X", Map.of("A", MilestoneFact.pending(missing, null),
        "B", MilestoneFact.pending(missing, null), "C", MilestoneFact.pending(DUE, null))), milestones,
        LocalDate.of(2022, 6, 1));
    assertThat(row.overall()).isEqualTo(CellStatus.NO_CALENDAR);
    assertThat(ComplianceClassifier.totals(milestones, List.of(row)).get(0).noCalendar()).isEqualTo(1);
    assertThat(ComplianceMatrix.calendarGaps(List.of(row))).extracting(CalendarGap::year).containsExactly(2021);
  }
}
