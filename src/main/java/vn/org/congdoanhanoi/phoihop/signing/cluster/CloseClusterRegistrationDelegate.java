package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;

/**
 * {@code ServiceTask_CloseClusterRegistration} (asynchronous): every member decided, or the cut-off came; members
 * still undecided sign by locality.
 */
@Component
@RequiredArgsConstructor
class CloseClusterRegistrationDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterSummary summary;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Vars.CLUSTER_CODE.required(execution);
    List<String> joined = registrations.close(campaign, cluster);
    Vars.JOINED_MEMBER_CODES.set(execution, joined);
    Vars.HAS_MEMBERS.set(execution, !joined.isEmpty());
    Vars.MEMBER_SUMMARY.set(execution, summary.of(campaign, cluster));
  }
}
