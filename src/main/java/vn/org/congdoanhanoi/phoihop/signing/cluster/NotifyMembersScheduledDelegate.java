package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code ServiceTask_NotifyMembersScheduled} (asynchronous): each member's signing learns the joint ceremony's
 * date and venue and stops waiting. A member that withdrew meanwhile is dropped from the ceremony.
 */
@Component
@RequiredArgsConstructor
class NotifyMembersScheduledDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;
  private final Ceremonies registry;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Vars.CLUSTER_CODE.required(execution);
    Map<String, Object> ceremony = new HashMap<>();
    UnitSigning.Vars.CEREMONY_ID.putInto(ceremony, Vars.CEREMONY_ID.required(execution));
    UnitSigning.Vars.CEREMONY_STARTS_AT.putInto(ceremony, Vars.CEREMONY_STARTS_AT.required(execution));
    UnitSigning.Vars.CEREMONY_DATE.putInto(ceremony, Vars.JOINT_DATE.required(execution));
    UnitSigning.Vars.CEREMONY_TIME.putInto(ceremony, Vars.JOINT_TIME.required(execution));
    UnitSigning.Vars.CEREMONY_VENUE.putInto(ceremony, Vars.JOINT_VENUE.required(execution));
    List<String> notified = new ArrayList<>();
    for (String unit : registrations.joined(campaign, cluster)) {
      if (messages.ceremonyScheduled(campaign, unit, ceremony)) {
        notified.add(unit);
      } else {
        registrations.decide(campaign, cluster, unit, MemberState.LEFT);
        registry.leave(Vars.CEREMONY_ID.required(execution), unit);
      }
    }
    Vars.JOINED_MEMBER_CODES.set(execution, notified);
  }
}
