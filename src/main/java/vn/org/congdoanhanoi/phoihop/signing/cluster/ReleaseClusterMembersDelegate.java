package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/**
 * {@code ServiceTask_ReleaseClusterMembers}: the lead never had the joint ceremony booked and the city office let the
 * members sign by locality. Each member still waiting leaves the cluster the way a withdrawing member does
 * ({@code ServiceTask_LeaveClusterCeremony}), so its signing goes on exactly as a signing by locality. Nothing was
 * booked (booking ends the lead's stage, and with it this path), so no ceremony is cancelled.
 */
@Component
class ReleaseClusterMembersDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;

  ReleaseClusterMembersDelegate(ClusterRegistrations registrations, ClusterMessages messages) {
    this.registrations = registrations;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Variables.requiredText(execution, Vars.CLUSTER_CODE);
    String reason = "LĐLĐ Thành phố cho các đơn vị trong " + Variables.requiredText(execution, Vars.CLUSTER_NAME)
        + " ký theo địa bàn: " + Variables.requiredText(execution, Vars.MEMBERS_RELEASED_REASON);
    // Runs in the office member's completion of the follow-up: the members' processes are not theirs to be checked for.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String unit : registrations.joined(campaign, cluster)) {
        messages.membersReleased(campaign, unit, reason);
        // Recorded here too, not only by the member's asynchronous leave step: from now on nobody is joined.
        registrations.decide(campaign, cluster, unit, MemberState.LEFT);
      }
      return null;
    });
    execution.setVariable(Vars.JOINED_MEMBER_CODES, JsonLists.toJson(registrations.joined(campaign, cluster)));
  }
}
