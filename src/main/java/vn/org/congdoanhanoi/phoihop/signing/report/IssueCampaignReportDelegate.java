package vn.org.congdoanhanoi.phoihop.signing.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * {@code ServiceTask_IssueCampaignReport} (asynchronous): the consolidated report, numbered in the register, kept
 * with the campaign as a file variable (downloadable from Cockpit and the REST API) and sent to the city standing
 * committee. The number is taken in this job's transaction, so a failed attempt leaves no gap in the register.
 */
@Component
class IssueCampaignReportDelegate implements JavaDelegate {

  private final CampaignReportIssuer issuer;

  IssueCampaignReportDelegate(CampaignReportIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignReportIssuer.IssuedCampaignReport report = issuer.issue(CampaignId.of(execution), null,
        execution.getProcessInstanceId());
    Vars.REPORT_NUMBER.set(execution, report.entry().symbol());
    Vars.REPORT_DOCUMENT.set(execution, CampaignReportFiles.asVariable(report));
  }
}
