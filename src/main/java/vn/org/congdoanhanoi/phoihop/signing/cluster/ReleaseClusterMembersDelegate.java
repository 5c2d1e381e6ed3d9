package vn.org.congdoanhanoi.phoihop.signing.cluster;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;

/**
 * {@code ServiceTask_ReleaseClusterMembers}: the lead never had the joint ceremony booked and the city office let the
 * members sign by locality. Each member still waiting leaves the cluster the way a withdrawing member does
 * ({@code ServiceTask_LeaveClusterCeremony}), so its signing goes on exactly as a signing by locality. Nothing was
 * booked (booking ends the lead's stage, and with it this path), so no ceremony is cancelled.
 */
@Component
@RequiredArgsConstructor
class ReleaseClusterMembersDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Vars.CLUSTER_CODE.required(execution);
    String reason = "LĐLĐ Thành phố cho các đơn vị trong " + Vars.CLUSTER_NAME.required(execution)
        + " ký theo địa bàn: " + Vars.MEMBERS_RELEASED_REASON.required(execution);
    // Runs in the office member's completion of the follow-up: the members' processes are not theirs to be checked for.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String unit : registrations.joined(campaign, cluster)) {
        messages.membersReleased(campaign, unit, reason);
        // Recorded here too, not only by the member's asynchronous leave step: from now on nobody is joined.
        registrations.decide(campaign, cluster, unit, MemberState.LEFT);
      }
      return null;
    });
    Vars.JOINED_MEMBER_CODES.set(execution, registrations.joined(campaign, cluster));
  }
}
