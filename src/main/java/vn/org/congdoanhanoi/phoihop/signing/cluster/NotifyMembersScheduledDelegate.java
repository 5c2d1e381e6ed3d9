package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/**
 * {@code ServiceTask_NotifyMembersScheduled} (asynchronous): each member's signing learns the joint ceremony's
 * date and venue and stops waiting. A member that withdrew meanwhile is dropped from the ceremony.
 */
@Component
class NotifyMembersScheduledDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;
  private final Ceremonies registry;

  NotifyMembersScheduledDelegate(ClusterRegistrations registrations, ClusterMessages messages,
                                 Ceremonies registry) {
    this.registrations = registrations;
    this.messages = messages;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String cluster = Variables.requiredText(execution, Vars.CLUSTER_CODE);
    Map<String, Object> ceremony = Map.of(
        UnitSigning.Vars.CEREMONY_ID, Variables.requiredText(execution, Vars.CEREMONY_ID),
        UnitSigning.Vars.CEREMONY_STARTS_AT, Variables.requiredText(execution, Vars.CEREMONY_STARTS_AT),
        UnitSigning.Vars.CEREMONY_DATE, Variables.requiredText(execution, Vars.JOINT_DATE),
        UnitSigning.Vars.CEREMONY_TIME, Variables.requiredText(execution, Vars.JOINT_TIME),
        UnitSigning.Vars.CEREMONY_VENUE, Variables.requiredText(execution, Vars.JOINT_VENUE));
    List<String> notified = new ArrayList<>();
    for (String unit : registrations.joined(campaign, cluster)) {
      if (messages.ceremonyScheduled(campaign, unit, ceremony)) {
        notified.add(unit);
      } else {
        registrations.decide(campaign, cluster, unit, MemberState.LEFT);
        registry.leave(Variables.requiredText(execution, Vars.CEREMONY_ID), unit);
      }
    }
    execution.setVariable(Vars.JOINED_MEMBER_CODES, JsonLists.toJson(notified));
  }
}
