package vn.org.congdoanhanoi.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Row;

/**
 * Rows of any subject (a unit, a directive's recipient, a petition) and columns with their own due dates, judged by
 * the same rule as a signing campaign's units.
 */
class ComplianceSubjectsTest {

  static final ComplianceClassifier RULE = ComplianceClassifierTest.RULE;
  static final LocalDate TODAY = LocalDate.of(2022, 7, 1);

  @Test
  void aUnitIsItsOwnSubjectAndItsRowReadsAsBefore() {
    Row row = RULE.row(SubjectFacts.unit("gialam", "Liên đoàn Lao động huyện Gia Lâm",
        Map.of("A", MilestoneFact.done(TODAY, TODAY, null))), List.of(new Milestone("A", "A")), TODAY);
    assertThat(row.unitCode()).isEqualTo("gialam").isEqualTo(row.subjectCode());
    assertThat(row.unitName()).isEqualTo("Liên đoàn Lao động huyện Gia Lâm").isEqualTo(row.subjectLabel());
    assertThat(row.subjectKind()).isEqualTo(SubjectKind.UNIT);
  }

  @Test
  void aPetitionsRowNamesThePetitionAndIsSeenByTheUnitItCameFrom() {
    Subject petition = new Subject(SubjectKind.PETITION, "KN-07", "Kiến nghị về nhà ở công nhân", "donganh",
        "Liên đoàn Lao động huyện Đông Anh");
    Row row = RULE.row(new SubjectFacts(petition, Map.of("ANSWERED", MilestoneFact.pending(TODAY.minusDays(1), null))),
        List.of(new Milestone("ANSWERED", "Trả lời kiến nghị")), TODAY);
    assertThat(row.subjectCode()).isEqualTo("KN-07");
    assertThat(row.subjectLabel()).isEqualTo("Kiến nghị về nhà ở công nhân");
    assertThat(row.unitCode()).isEqualTo("donganh");
    assertThat(row.overall()).isEqualTo(CellStatus.OVERDUE);
  }

  @Test
  void aColumnsDueDateJudgesTheRowsWithoutOneOfTheirOwn() {
    List<Milestone> years = List.of(new Milestone("REVIEW_2022", "Sơ kết năm 2022", LocalDate.of(2022, 6, 30)),
        new Milestone("REVIEW_2023", "Sơ kết năm 2023", LocalDate.of(2023, 6, 30)));
    Row row = RULE.row(SubjectFacts.unit("gialam", "Gia Lâm", Map.of(
        "REVIEW_2022", MilestoneFact.dueWithColumn(null, null),
        "REVIEW_2023", MilestoneFact.dueWithColumn(null, null))), years, TODAY);
    assertThat(row.cells().get(0).status()).isEqualTo(CellStatus.OVERDUE);
    assertThat(row.cells().get(0).dueOn()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(row.cells().get(1).status()).isEqualTo(CellStatus.ON_TIME);
    assertThat(row.cells().get(1).dueOn()).isEqualTo(LocalDate.of(2023, 6, 30));
  }

  @Test
  void aRowsOwnDueDateWinsOverItsColumns() {
    Milestone report = new Milestone("REPORTED", "Báo cáo thực hiện", LocalDate.of(2022, 6, 30));
    LocalDate extended = LocalDate.of(2022, 7, 29);
    Row recipient = RULE.row(new SubjectFacts(new Subject(SubjectKind.RECIPIENT, "socson", "Sóc Sơn", "socson",
        "Sóc Sơn"), Map.of("REPORTED", MilestoneFact.pending(extended, null))), List.of(report), TODAY);
    assertThat(recipient.cells().get(0).dueOn()).isEqualTo(extended);
    assertThat(recipient.cells().get(0).status()).isEqualTo(CellStatus.ON_TIME);
  }

  @Test
  void aCellWithoutAnyDueDateIsAMistakeOfItsSource() {
    assertThatThrownBy(() -> RULE.row(SubjectFacts.unit("gialam", "Gia Lâm", Map.of("A",
        MilestoneFact.dueWithColumn(null, null))), List.of(new Milestone("A", "A")), TODAY))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("A").hasMessageContaining("gialam");
  }

  @Test
  void eachKindOfSubjectHasItsOwnHeadingsAndUnitsKeepTheirs() {
    assertThat(SubjectKind.UNIT.codeHeading()).isEqualTo("Mã đơn vị");
    assertThat(SubjectKind.UNIT.heading()).isEqualTo("Đơn vị");
    assertThat(SubjectKind.UNIT.doneHeading()).isEqualTo("Số đơn vị đã thực hiện");
    assertThat(SubjectKind.RECIPIENT.heading()).isEqualTo("Nơi nhận");
    assertThat(SubjectKind.PETITION.heading()).isEqualTo("Kiến nghị");
  }
}
