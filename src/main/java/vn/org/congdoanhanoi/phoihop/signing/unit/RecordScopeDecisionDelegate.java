package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterMessages;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/**
 * {@code ServiceTask_RecordScopeDecision} (asynchronous): tells the unit's cluster whether it joins the joint
 * ceremony. If the cluster has already closed its list, the unit signs by locality instead.
 */
@Component
@RequiredArgsConstructor
public class RecordScopeDecisionDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;

  @Override
  public void execute(DelegateExecution execution) {
    String cluster = Vars.CLUSTER_CODE.orNull(execution);
    boolean wantsCluster = Vars.SIGNING_SCOPE.orNull(execution) == SigningScope.CLUSTER;
    boolean joined = false;
    if (cluster != null) {
      CampaignId campaign = CampaignId.of(execution);
      ClusterRegistrations.Decision decision = registrations.decide(campaign, cluster,
          Vars.UNIT_CODE.required(execution), wantsCluster ? MemberState.JOINED : MemberState.LOCALITY);
      joined = decision.joined();
      if (decision.everyoneDecided()) {
        messages.membersDecided(campaign, cluster);
      }
    }
    if (wantsCluster && !joined) {
      Vars.SIGNING_SCOPE.set(execution, SigningScope.LOCALITY);
    }
    Vars.CLUSTER_JOINED.set(execution, joined);
  }
}
