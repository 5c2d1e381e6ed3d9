package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The messages between a unit's signing and its cluster's ceremony, addressed by business key and campaign year:
 * the same letter number of another year has the same business keys.
 */
@Component
public class ClusterMessages {

  private final RuntimeService runtimeService;

  ClusterMessages(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Tells the cluster ceremony that every member has decided; nothing happens if it no longer waits for that. */
  public void membersDecided(CampaignId campaign, String clusterCode) {
    runtimeService.createMessageCorrelation(ClusterCeremony.Messages.MEMBERS_DECIDED)
        .processInstanceBusinessKey(ClusterCeremony.businessKey(campaign.documentNumber(), clusterCode))
        .processInstanceVariableEquals(SigningCampaign.Vars.CAMPAIGN_YEAR, campaign.year())
        .correlateAllWithResult();
  }

  /** Returns false when the member no longer waits for its cluster (it withdrew in the meantime). */
  boolean ceremonyScheduled(CampaignId campaign, String unitCode, Map<String, Object> ceremony) {
    return !runtimeService.createMessageCorrelation(UnitSigning.Messages.CLUSTER_CEREMONY_SCHEDULED)
        .processInstanceBusinessKey(UnitSigning.businessKey(campaign.documentNumber(), unitCode))
        .processInstanceVariableEquals(SigningCampaign.Vars.CAMPAIGN_YEAR, campaign.year())
        .setVariables(ceremony)
        .correlateAllWithResult().isEmpty();
  }

  /**
   * Tells a member waiting for the joint ceremony that there will be none: it goes on by locality. Returns false
   * when it no longer waits (it withdrew, or was excused, meanwhile).
   */
  boolean membersReleased(CampaignId campaign, String unitCode, String reason) {
    return !runtimeService.createMessageCorrelation(UnitSigning.Messages.CLUSTER_MEMBERS_RELEASED)
        .processInstanceBusinessKey(UnitSigning.businessKey(campaign.documentNumber(), unitCode))
        .processInstanceVariableEquals(SigningCampaign.Vars.CAMPAIGN_YEAR, campaign.year())
        .setVariable(UnitSigning.Vars.CLUSTER_RELEASE_REASON, reason)
        .correlateAllWithResult().isEmpty();
  }

  /** Nothing happens if the member no longer waits (the city office excused it meanwhile). */
  void outcome(CampaignId campaign, String unitCode, Map<String, Object> outcome) {
    runtimeService.createMessageCorrelation(UnitSigning.Messages.CLUSTER_CEREMONY_OUTCOME)
        .processInstanceBusinessKey(UnitSigning.businessKey(campaign.documentNumber(), unitCode))
        .processInstanceVariableEquals(SigningCampaign.Vars.CAMPAIGN_YEAR, campaign.year())
        .setVariables(outcome)
        .correlateAllWithResult();
  }
}
