package vn.org.congdoanhanoi.phoihop.reporting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of campaign that the compliance matrix can show: the signing campaign today; programme reviews,
 * directives and dialogue conferences later, each as one more Spring bean implementing this interface. The
 * source only states facts (due and done dates per row and milestone, a row being a {@link Subject}); {@link ComplianceMatrixService} judges
 * them, applies the access rules and renders JSON, XLSX and the web page for every source alike.
 */
public interface ComplianceSource {

  /** The campaign process's key, used in the API path, e.g. "signing-campaign". */
  String kind();

  /** The Vietnamese path segment of the report page, e.g. "ky-ket" for /bao-cao/ky-ket. */
  String slug();

  /** The matrix's title, e.g. "Tiến độ ký kết Quy chế phối hợp". */
  String title();

  /** The columns, in order. */
  List<Milestone> milestones();

  /** The columns of one matter, e.g. one per year of a programme with its own due date; by default the fixed ones. */
  default List<Milestone> milestones(ComplianceFacts facts) {
    return milestones();
  }

  /** What the rows are: units by default; recipients of a directive, petitions of a conference. */
  default SubjectKind subjectKind() {
    return SubjectKind.UNIT;
  }

  /** The campaigns of this kind, newest first, each with at least one of the given units (all when null). */
  List<CampaignSummary> campaigns(Set<String> unitCodes);

  /**
   * The facts of one campaign, or empty when there is none with this document number (in that year).
   *
   * @param year the year of the letter; null for the most recent year that number was launched in
   */
  Optional<ComplianceFacts> facts(String documentNumber, Integer year);

  /**
   * Whether a user who sees these units sees every row of this matter, not only their own. City-wide users always
   * do; a family may let others do so too, e.g. the people of a directive's issuing unit.
   */
  default boolean seesEveryRow(ComplianceFacts facts, vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope scope) {
    return scope.cityWide();
  }

  /**
   * Whether a user who does not see every row sees this one: by default the people of the row's unit; a family whose
   * rows are grassroots unions or departments lets their own people see their row too.
   */
  default boolean seesRow(vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope scope, Subject subject) {
    return scope.sees(subject.unitCode());
  }

  /** The year of the campaign meant by a number and an optional year (as {@link #facts}), empty when none. */
  Optional<Integer> year(String documentNumber, Integer year);
}
