package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.CampaignStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.UnitStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;

/**
 * A campaign's consolidated result and each unit's current stage. The city and administrators see every unit;
 * a district's people see their own unit's row only. The document number goes in the query string because it
 * contains a slash ("222/LĐLĐ"); the optional {@code year} picks one of several letters with that number.
 */
@RestController
@RequestMapping("/api/signing-campaigns")
@RequiredArgsConstructor
class SigningCampaignController {

  private final CampaignReport report;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final SigningCampaigns campaigns;

  @GetMapping
  CampaignStatus campaign(@RequestParam String documentNumber, @RequestParam(name = "year", required = false) String yearText) {
    Integer year = SigningCampaigns.year(yearText);
    // The report reads every unit's instance; what the caller may see is decided below, per unit.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    CampaignStatus status;
    try {
      // Without a year: the most recent letter with that number (numbers restart every year).
      status = campaigns.find(documentNumber, year).flatMap(report::status).orElse(null);
    } finally {
      identityService.setAuthentication(caller);
    }
    if (status == null) {
      throw new NotFoundException("Không có đợt ký kết theo văn bản " + documentNumber
          + (year == null ? "" : " năm " + year) + ".");
    }
    ReportScope scope = currentUser.scope();
    if (scope.cityWide()) {
      return status;
    }
    List<UnitStatus> own = status.unitStatuses().stream().filter(u -> scope.sees(u.unitCode())).toList();
    if (own.isEmpty()) {
      throw new NotFoundException("Không có đợt ký kết theo văn bản " + documentNumber + ".");
    }
    return new CampaignStatus(status.documentNumber(), status.year(), status.subject(), status.term(), status.issuedOn(),
        status.deadline(), status.completed(), own.size(),
        own.stream().filter(u -> "SIGNED".equals(u.outcome())).count(),
        own.stream().filter(u -> "NOT_SIGNED".equals(u.outcome())).count(), own);
  }
}
