package vn.org.congdoanhanoi.phoihop.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

class HolidayFileParserTest {

  @Test
  void theShippedFileIsAccepted() {
    WorkingDayCalendar calendar = HolidayFileParser.parse(WorkingDayCalendarTest.shippedFile());
    assertThat(calendar.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
  }

  @Test
  void aSmallValidFileGivesItsDaysOffAndItsSaturdaysWorked() {
    WorkingDayCalendar calendar = HolidayFileParser.parse("""
        years:
          - year: 2030
            off:
              - date: 2030-01-01
                name: Tết Dương lịch
              - from: 2030-02-02
                to: 2030-02-10
                name: Tết Nguyên đán
                note: ví dụ
            worked:
              - date: 2030-01-05
                name: Làm bù
        """);
    assertThat(calendar.holidayName(LocalDate.of(2030, 2, 5))).contains("Tết Nguyên đán");
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue();
    assertThat(calendar.isProvisional(2030)).isFalse();
  }

  @Test
  void anUnknownFieldIsNamedWithItsLineAndTheValidFields() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2030
            off:
              - date: 2030-01-01
                ten: Tết Dương lịch
        """);
    assertThat(problems).extracting(FileProblem::line, FileProblem::field)
        .contains(tuple(5, "years[0].off[0].ten"), tuple(4, "years[0].off[0].name"));
    assertThat(problems).filteredOn(p -> p.field().endsWith(".ten")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("không được hỗ trợ").contains("name"));
  }

  @Test
  void aDateThatDoesNotExistIsNamedWithItsLine() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            off:
              - date: 2025-01-01
                name: Tết Dương lịch
              - date: 2025-02-30
                name: Ngày không có
              - date: 30/4/2025
                name: Ngày Chiến thắng
        """);
    assertThat(problems).extracting(FileProblem::line, FileProblem::field)
        .containsExactly(tuple(6, "years[0].off[1].date"), tuple(8, "years[0].off[2].date"));
    assertThat(problems.get(0).message()).contains("2025-02-30").contains("không phải ngày hợp lệ");
    assertThat(problems.get(1).toString()).startsWith("Dòng 8, trường 'years[0].off[2].date': ");
  }

  @Test
  void aRangeWhoseEndComesBeforeItsStartIsRefused() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            off:
              - from: 2025-02-02
                to: 2025-01-25
                name: Tết Nguyên đán
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.field()).isEqualTo("years[0].off[0].to");
      assertThat(p.message()).contains("2025-01-25").contains("2025-02-02");
    });
  }

  @Test
  void aDayDeclaredBothOffAndWorkedIsRefusedPointingAtBothLines() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            off:
              - from: 2025-04-30
                to: 2025-05-04
                name: Ngày Chiến thắng
            worked:
              - date: 2025-05-03
                name: Làm bù
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.field()).isEqualTo("years[0].worked[0].date");
      assertThat(p.message()).contains("2025-05-03").contains("dòng 4").contains("vừa là ngày làm bù");
    });
  }

  @Test
  void aWeekdayCannotBeDeclaredWorkedInExchange() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            worked:
              - date: 2025-04-25
                name: Làm bù
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("years[0].worked[0].date");
      assertThat(p.message()).contains("thứ Bảy hoặc Chủ nhật").contains("thứ Sáu");
    });
  }

  @Test
  void aDayDeclaredOffTwiceIsRefused() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            off:
              - from: 2025-01-25
                to: 2025-02-02
                name: Tết Nguyên đán
              - date: 2025-01-29
                name: Mùng 1 Tết
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("2025-01-29").contains("dòng 4");
    });
  }

  @Test
  void aDateMustLieInTheYearItIsDeclaredUnder() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            off:
              - date: 2052-01-01
                name: Tết Dương lịch
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("years[0].off[0].date");
      assertThat(p.message()).contains("không thuộc năm 2025");
    });
  }

  @Test
  void aYearDeclaredTwiceIsRefused() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
          - year: 2025
            provisional: true
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("years[1].year");
      assertThat(p.message()).contains("dòng 2");
    });
  }

  @Test
  void anEntryNeedsANameAndEitherADateOrARangeButNotBoth() {
    List<FileProblem> problems = problems("""
        years:
          - year: 2025
            provisional: maybe
            off:
              - date: 2025-01-01
              - date: 2025-04-30
                from: 2025-04-30
                to: 2025-05-01
                name: Ngày Chiến thắng
              - name: Quốc khánh
              - from: 2025-09-01
                name: Quốc khánh
        """);
    assertThat(problems).extracting(FileProblem::line, FileProblem::field).containsExactly(
        tuple(3, "years[0].provisional"),
        tuple(5, "years[0].off[0].name"),
        tuple(6, "years[0].off[1].date"),
        tuple(10, "years[0].off[2].date"),
        tuple(11, "years[0].off[3].to"));
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnceAndNothingIsLoaded() {
    InvalidHolidayFileException e = catchThrowableOfType(InvalidHolidayFileException.class,
        () -> HolidayFileParser.parse("""
            years:
              - year: 2024
                off:
                  - date: 2024-13-01
                    name: Sai tháng
              - year: hai nghìn
              - year: 2026
                worked:
                  - date: 2026-01-10
                    name: Làm bù
                    ghichu: thừa
            """));
    assertThat(e.problems()).extracting(FileProblem::field)
        .containsExactly("years[0].off[0].date", "years[1].year", "years[2].worked[0].ghichu");
    assertThat(e.getMessage()).startsWith("Tệp ngày nghỉ lễ, Tết không hợp lệ").contains("Dòng 4");
  }

  /**
   * The one rule of {@code YamlDocument}, as in the organisation file: nothing, {@code ~} and {@code null} are no
   * value. Before, an empty {@code provisional:} was refused here as "phải là true hoặc false".
   */
  @Test
  void nothingTildeAndNullAreNoValueSoOptionalFieldsTakeTheirDefaultAndRequiredOnesAreEmpty() {
    WorkingDayCalendar calendar = HolidayFileParser.parse("""
        years:
          - year: 2030
            provisional:
            off:
              - date: 2030-01-01
                name: Tết Dương lịch
                note: ~
            worked: null
        """);
    assertThat(calendar.isProvisional(2030)).isFalse();
    assertThat(calendar.holidayName(LocalDate.of(2030, 1, 1))).contains("Tết Dương lịch");

    assertThat(problems("years:\n  - year: 2030\n    off:\n      - date: 2030-01-01\n        name: null\n"))
        .containsExactly(new FileProblem(5, "years[0].off[0].name",
            "không được để trống (ví dụ: Quốc khánh, Nghỉ bù, Làm bù)"));
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    List<FileProblem> problems = problems("years:\n  - year: 2025\n    off: [unclosed\n");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isGreaterThanOrEqualTo(3);
      assertThat(p.message()).startsWith("không đọc được YAML");
    });
  }

  @Test
  void aFileWithoutYearsIsRefused() {
    assertThat(problems("nam: 2025\n")).extracting(FileProblem::field).containsExactly("nam", "years");
    assertThat(problems("- 2025\n")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'years'"));
    assertThat(problems("years: []\n")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("không được để trống"));
  }

  private static List<FileProblem> problems(String file) {
    return catchThrowableOfType(InvalidHolidayFileException.class, () -> HolidayFileParser.parse(file)).problems();
  }
}
