package vn.org.congdoanhanoi.phoihop.directive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.reporting.CampaignSummary;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceSource;
import vn.org.congdoanhanoi.phoihop.reporting.Milestone;
import vn.org.congdoanhanoi.phoihop.reporting.SubjectKind;

/**
 * Directives in the compliance matrix: recipients down the side, items across, each cell due at that recipient's
 * deadline for the item (moved when the issuer extended it). Blocked and in-progress reports and excuses show as
 * the cell's note. The city and the issuer's own people see every row; a recipient sees its own.
 */
@Component
@RequiredArgsConstructor
class DirectiveComplianceSource implements ComplianceSource {

  private final DirectiveRecords records;
  private final ReportAccess access;

  @Override
  public String kind() {
    return Directive.KEY;
  }

  @Override
  public String slug() {
    return "chi-dao";
  }

  @Override
  public String title() {
    return "Tiến độ thực hiện văn bản chỉ đạo";
  }

  /** No fixed columns: each directive has its items. */
  @Override
  public List<Milestone> milestones() {
    return List.of();
  }

  /** Asked with the user's rights, which may not reach the directive's own instance: read as the system. */
  @Override
  public List<Milestone> milestones(ComplianceFacts facts) {
    return access.unrestricted(() -> records.find(facts.documentNumber(), facts.year()).map(d -> d.items().stream()
        .map(item -> new Milestone(item.code(), item.label(), item.deadline())).toList()).orElse(List.of()));
  }

  @Override
  public SubjectKind subjectKind() {
    return SubjectKind.RECIPIENT;
  }

  @Override
  public List<CampaignSummary> campaigns(Set<String> unitCodes) {
    return records.all().stream()
        .filter(d -> unitCodes == null || unitCodes.contains(d.issuer())
            || DirectiveAssignments.recipients(d.items()).stream().anyMatch(unitCodes::contains))
        .map(d -> new CampaignSummary(d.documentNumber(), d.year(), d.subject(), d.issuedOn(), d.lastDeadline(),
            d.completed()))
        .toList();
  }

  @Override
  public Optional<ComplianceFacts> facts(String documentNumber, Integer year) {
    return records.find(documentNumber, year).map(records::facts);
  }

  @Override
  public Optional<Integer> year(String documentNumber, Integer year) {
    return records.find(documentNumber, year).map(DirectiveRecords.Issued::year);
  }

  /** The issuing unit's people follow their directive like the city does. */
  @Override
  public boolean seesEveryRow(ComplianceFacts facts, ReportScope scope) {
    return scope.cityWide() || records.find(facts.documentNumber(), facts.year())
        .map(d -> scope.sees(d.issuer())).orElse(false);
  }
}
