package vn.org.congdoanhanoi.phoihop.signing.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;

/** {@code ServiceTask_ConsolidateResults}: the campaign's result (who signed, when, where, how; who did not, why). */
@Component
class ConsolidateCampaignResultsDelegate implements JavaDelegate {

  private final CampaignReport report;

  ConsolidateCampaignResultsDelegate(CampaignReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars.RESULT.set(execution, report.resultAsJson(CampaignId.of(execution)));
  }
}
