package vn.org.congdoanhanoi.phoihop.signing.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Person;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocumentDocx;
import vn.org.congdoanhanoi.phoihop.records.document.ReportDistribution;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.register.DocumentType;
import vn.org.congdoanhanoi.phoihop.records.register.IssueRequest;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;
import vn.org.congdoanhanoi.phoihop.reporting.ConsolidatedReportIssuer;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaigns;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.CampaignStatus;

/**
 * Issues the consolidated report of a signing campaign: takes the next number of the register ("15/BC-LĐLĐ"),
 * renders the DOCX, keeps it with the register entry (its only copy: the campaign and the mail refer to the entry)
 * and, once the transaction has committed, hands it to {@link ReportDistribution} for the city standing committee.
 * Used at the campaign's end ({@code ServiceTask_IssueCampaignReport}) and on demand (API, report page).
 */
@Service
@RequiredArgsConstructor
public class CampaignReportIssuer implements ConsolidatedReportIssuer {

  private final CampaignReport campaignReport;
  private final CampaignReportDocument content;
  private final OfficialDocumentDocx docx;
  private final OutgoingRegister register;
  private final ReportingProperties properties;
  private final EngineClock clock;
  private final OrganizationDirectory organization;
  private final ReportDistribution distribution;
  private final RuntimeService runtimeService;
  private final SigningCampaigns campaigns;

  @Override
  public String kind() {
    return SigningCampaign.KEY;
  }

  /** On demand: also kept with the campaign instance while it runs, as its end step does. */
  @Override
  @Transactional
  public OutgoingDocument issue(String documentNumber, Integer year, String issuedBy) {
    CampaignId campaign = campaigns.find(documentNumber, year)
        .orElseThrow(() -> notFound(documentNumber + (year == null ? "" : " năm " + year)));
    ProcessInstance running = campaigns.instanceId(campaign)
        .map(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult()).orElse(null);
    OutgoingDocument report = issue(campaign, issuedBy, running == null ? null : running.getId());
    if (running != null) {
      runtimeService.setVariables(running.getId(), campaignVariables(report));
    }
    return report;
  }

  /**
   * What the campaign keeps of its report: the number (searchable) and the register entry's id, whose file is
   * downloaded from the register ({@code /api/outgoing-documents/{id}/file}); the bytes are kept there only.
   */
  static Map<String, Object> campaignVariables(OutgoingDocument report) {
    return SigningCampaign.Vars.REPORT_DOCUMENT.putInto(
        SigningCampaign.Vars.REPORT_NUMBER.putInto(new HashMap<>(), report.symbol()), report.id());
  }

  private static NotFoundException notFound(String documentNumber) {
    return new NotFoundException("Không tìm thấy đợt ký kết theo văn bản số " + documentNumber + ".");
  }

  /**
   * Numbers, renders and stores the report in the caller's transaction: if anything fails, the number goes back.
   *
   * @param issuedBy the user who asked for it; null when the campaign's own step issues it
   */
  @Transactional
  public OutgoingDocument issue(CampaignId campaign, String issuedBy, String processInstanceId) {
    String documentNumber = campaign.documentNumber();
    CampaignStatus status = campaignReport.status(campaign).orElseThrow(() -> notFound(documentNumber));
    var today = clock.today();
    OutgoingDocument entry = register.issue(new IssueRequest(properties.document().register(), DocumentType.BAO_CAO,
        CampaignReportDocument.subject(status), today, null, SigningCampaign.KEY, documentNumber, processInstanceId,
        issuedBy, campaign.year()));
    byte[] bytes = docx.write(content.compose(status, entry.symbol(), today));
    StoredFile file = new StoredFile(fileName(entry.symbol()), OfficialDocumentDocx.MEDIA_TYPE, bytes);
    OutgoingDocument stored = register.attach(entry.id(), file);
    ReportDistribution.IssuedReport mail = new ReportDistribution.IssuedReport(entry.id(), entry.symbol(),
        "Báo cáo số " + entry.symbol() + ": " + entry.subject(),
        "Kính gửi Thường trực LĐLĐ Thành phố,\n\nVăn phòng gửi kèm Báo cáo số " + entry.symbol() + " "
            + entry.subject() + " (theo văn bản phát động số " + documentNumber + " năm " + campaign.year() + ").",
        standingCommitteeMailboxes(), file.fileName(), file.contentType());
    // Queued in this transaction and sent by its own job: the report and its mail exist together or not at all.
    distribution.distribute(mail);
    return stored;
  }

  /** "Báo cáo 15-BC-LĐLĐ.docx": the symbol without its slash, which no file system accepts. */
  public static String fileName(String symbol) {
    return "Báo cáo " + symbol.replace('/', '-') + ".docx";
  }

  private List<String> standingCommitteeMailboxes() {
    return organization.peopleWithRole(Role.CITY_STANDING).stream().map(Person::email).filter(Objects::nonNull)
        .filter(m -> !m.isBlank()).toList();
  }
}
