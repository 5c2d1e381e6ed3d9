package vn.org.congdoanhanoi.phoihop.signing.campaign;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;

/** {@code ServiceTask_ConsolidateResults}: the campaign's result (who signed, when, where, how; who did not, why). */
@Component
@RequiredArgsConstructor
class ConsolidateCampaignResultsDelegate implements JavaDelegate {

  private final CampaignReport report;

  @Override
  public void execute(DelegateExecution execution) {
    Vars.RESULT.set(execution, report.resultAsJson(CampaignId.of(execution)));
  }
}
