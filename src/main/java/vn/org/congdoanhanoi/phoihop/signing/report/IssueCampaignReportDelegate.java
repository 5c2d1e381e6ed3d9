package vn.org.congdoanhanoi.phoihop.signing.report;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

/**
 * {@code ServiceTask_IssueCampaignReport} (asynchronous): the consolidated report, numbered and kept in the register
 * (the campaign keeps its number and the entry's id) and sent to the city standing committee. The number is taken
 * in this job's transaction, so a failed attempt leaves no gap in the register.
 */
@Component
@RequiredArgsConstructor
class IssueCampaignReportDelegate implements JavaDelegate {

  private final CampaignReportIssuer issuer;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(CampaignReportIssuer.campaignVariables(issuer.issue(CampaignId.of(execution), null,
        execution.getProcessInstanceId())));
  }
}
