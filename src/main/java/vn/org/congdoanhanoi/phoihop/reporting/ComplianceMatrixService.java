package vn.org.congdoanhanoi.phoihop.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Row;

/**
 * Builds the compliance matrix of any {@link ComplianceSource} for the signed-in user: the city sees every unit,
 * a district only its own row. The API, the XLSX file and the report page all come through here, so the access
 * rules cannot differ between them.
 */
@Service
public class ComplianceMatrixService {

  private final Map<String, ComplianceSource> byKind;
  private final ReportAccess access;
  private final EngineClock clock;
  private final WorkingDays workingDays;
  private final ReportingProperties properties;
  private final OutgoingRegister register;

  ComplianceMatrixService(List<ComplianceSource> sources, ReportAccess access, EngineClock clock,
                          WorkingDays workingDays, ReportingProperties properties, OutgoingRegister register) {
    this.byKind = sources.stream().collect(Collectors.toMap(ComplianceSource::kind, Function.identity()));
    this.access = access;
    this.clock = clock;
    this.workingDays = workingDays;
    this.properties = properties;
    this.register = register;
  }

  /**
   * The file of the latest consolidated report issued for a letter (its year as asked, else the most recent): what
   * the API and the report page both download. 404 when none was issued yet.
   */
  public StoredFile latestReport(String kind, String documentNumber, Integer year) {
    int campaignYear = year(kind, documentNumber, year);
    OutgoingDocument latest = register.search(null, null, null, kind, documentNumber, campaignYear).stream()
        .filter(d -> d.fileName() != null).findFirst()
        .orElseThrow(() -> new NotFoundException("Chưa có báo cáo tổng hợp nào cho văn bản số " + documentNumber
            + " năm " + campaignYear + "."));
    return register.file(latest.id()).orElseThrow();
  }

  public List<ComplianceSource> sources() {
    return byKind.values().stream().sorted((a, b) -> a.title().compareTo(b.title())).toList();
  }

  public ComplianceSource source(String kind) {
    ComplianceSource source = byKind.get(kind);
    if (source == null) {
      throw new NotFoundException("Không có loại báo cáo \"" + kind + "\"; các loại hiện có: "
          + String.join(", ", byKind.keySet()) + ".");
    }
    return source;
  }

  /**
   * The year of the campaign a report is about: the one asked for, else the most recent with that number.
   * 404 when there is none, so that register searches never fall back to every year at once.
   */
  public int year(String kind, String documentNumber, Integer year) {
    ComplianceSource source = source(kind);
    if (documentNumber == null || documentNumber.isBlank()) {
      throw new InvalidRequestException("Hãy cho biết số văn bản phát động (documentNumber), ví dụ 222/LĐLĐ.");
    }
    return access.unrestricted(() -> source.year(documentNumber.trim(), year))
        .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản phát động số " + documentNumber
            + (year == null ? "" : " năm " + year) + "."));
  }

  public ComplianceSource sourceBySlug(String slug) {
    return byKind.values().stream().filter(s -> s.slug().equals(slug)).findFirst()
        .orElseThrow(() -> new NotFoundException("Không có trang báo cáo \"" + slug + "\"."));
  }

  /** The campaigns the user takes part in (every campaign for the city). */
  public List<CampaignSummary> campaigns(String kind) {
    ComplianceSource source = source(kind);
    ReportScope scope = access.scope();
    return access.unrestricted(() -> source.campaigns(scope.cityWide() ? null : scope.unitCodes()));
  }

  /**
   * The matrix of one campaign, for one unit when {@code unitCode} is given. A district user asking for another
   * unit, or for a campaign its unit does not take part in, is refused (403).
   *
   * @param year the year of the letter; null for the most recent one with that number
   */
  public ComplianceMatrix matrix(String kind, String documentNumber, Integer year, String unitCode) {
    ComplianceSource source = source(kind);
    if (documentNumber == null || documentNumber.isBlank()) {
      throw new InvalidRequestException("Hãy cho biết số văn bản phát động (documentNumber), ví dụ 222/LĐLĐ.");
    }
    ReportScope scope = access.scope();
    if (unitCode != null && !unitCode.isBlank()) {
      access.requireUnit(unitCode);
    }
    ComplianceFacts facts = access.unrestricted(() -> source.facts(documentNumber.trim(), year))
        .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản phát động số " + documentNumber
            + (year == null ? "" : " năm " + year) + "."));
    boolean seesEveryRow = access.unrestricted(() -> source.seesEveryRow(facts, scope));
    List<ComplianceFacts.SubjectFacts> subjects = facts.subjects().stream()
        .filter(s -> seesEveryRow || source.seesRow(scope, s.subject()))
        .filter(s -> unitCode == null || unitCode.isBlank() || unitCode.equals(s.subject().unitCode()))
        .toList();
    if (subjects.isEmpty()) {
      if (unitCode != null && !unitCode.isBlank()) {
        throw new NotFoundException("Đơn vị " + unitCode + " không tham gia đợt theo văn bản số " + documentNumber
            + ".");
      }
      if (!seesEveryRow) {
        throw new ForbiddenException("Đơn vị của bạn không tham gia đợt theo văn bản số " + documentNumber
            + "; bạn chỉ xem được số liệu của đơn vị mình.");
      }
    }
    ComplianceClassifier classifier = new ComplianceClassifier(workingDays, properties.atRiskWorkingDays());
    var today = clock.today();
    List<Milestone> milestones = source.milestones(facts);
    List<Row> rows = subjects.stream().map(s -> classifier.row(s, milestones, today)).toList();
    return new ComplianceMatrix(source.kind(), source.title(), facts.documentNumber(), facts.year(), facts.subject(),
        facts.issuedOn(), facts.deadline(), facts.completed(), today, properties.atRiskWorkingDays(),
        seesEveryRow, milestones, rows, ComplianceClassifier.totals(milestones, rows),
        ComplianceMatrix.calendarGaps(rows), source.subjectKind(), null);
  }
}
