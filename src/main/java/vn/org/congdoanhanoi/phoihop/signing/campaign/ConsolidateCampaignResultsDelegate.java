package vn.org.congdoanhanoi.phoihop.signing.campaign;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/** {@code ServiceTask_ConsolidateResults}: the campaign's result (who signed, when, where, how; who did not, why). */
@Component
class ConsolidateCampaignResultsDelegate implements JavaDelegate {

  private final CampaignReport report;

  ConsolidateCampaignResultsDelegate(CampaignReport report) {
    this.report = report;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.RESULT, report.resultAsJson(CampaignId.of(execution)));
  }
}
