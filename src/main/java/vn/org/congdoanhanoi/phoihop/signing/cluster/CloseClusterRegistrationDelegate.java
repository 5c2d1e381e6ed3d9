package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;

/**
 * {@code ServiceTask_CloseClusterRegistration} (asynchronous): every member decided, or the cut-off came; members
 * still undecided sign by locality.
 */
@Component
class CloseClusterRegistrationDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterSummary summary;

  CloseClusterRegistrationDelegate(ClusterRegistrations registrations, ClusterSummary summary) {
    this.registrations = registrations;
    this.summary = summary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Variables.requiredText(execution, Vars.CLUSTER_CODE);
    List<String> joined = registrations.close(campaign, cluster);
    execution.setVariable(Vars.JOINED_MEMBER_CODES, JsonLists.toJson(joined));
    execution.setVariable(Vars.HAS_MEMBERS, !joined.isEmpty());
    execution.setVariable(Vars.MEMBER_SUMMARY, summary.of(campaign, cluster));
  }
}
