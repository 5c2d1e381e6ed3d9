package vn.org.congdoanhanoi.phoihop.signing.unit;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterMessages;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/**
 * {@code ServiceTask_RecordScopeDecision} (asynchronous): tells the unit's cluster whether it joins the joint
 * ceremony. If the cluster has already closed its list, the unit signs by locality instead.
 */
@Component
public class RecordScopeDecisionDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;

  public RecordScopeDecisionDelegate(ClusterRegistrations registrations, ClusterMessages messages) {
    this.registrations = registrations;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cluster = Variables.text(execution, Vars.CLUSTER_CODE);
    boolean wantsCluster = SigningScope.CLUSTER.name().equals(Variables.text(execution, Vars.SIGNING_SCOPE));
    boolean joined = false;
    if (cluster != null) {
      CampaignId campaign = CampaignId.of(execution);
      ClusterRegistrations.Decision decision = registrations.decide(campaign, cluster,
          Variables.requiredText(execution, Vars.UNIT_CODE), wantsCluster ? MemberState.JOINED : MemberState.LOCALITY);
      joined = decision.joined();
      if (decision.everyoneDecided()) {
        messages.membersDecided(campaign, cluster);
      }
    }
    if (wantsCluster && !joined) {
      execution.setVariable(Vars.SIGNING_SCOPE, SigningScope.LOCALITY.name());
    }
    execution.setVariable(Vars.CLUSTER_JOINED, joined);
  }
}
