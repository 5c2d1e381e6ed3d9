package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The messages between a unit's signing and its cluster's ceremony, addressed by business key and campaign year:
 * the same letter number of another year has the same business keys.
 */
@Component
public class ClusterMessages {

  private final RuntimeService runtimeService;

  /** Every correlation is to the campaign of its year: numbers restart every year. */
  private static final ProcessVariable<Integer> YEAR = SigningCampaign.Vars.CAMPAIGN_YEAR;

  ClusterMessages(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Tells the cluster ceremony that every member has decided; nothing happens if it no longer waits for that. */
  public void membersDecided(CampaignId campaign, String clusterCode) {
    runtimeService.createMessageCorrelation(ClusterCeremony.Messages.MEMBERS_DECIDED)
        .processInstanceBusinessKey(ClusterCeremony.businessKey(campaign.documentNumber(), clusterCode))
        .processInstanceVariableEquals(YEAR.name(), YEAR.stored(campaign.year()))
        .correlateAllWithResult();
  }

  /** Returns false when the member no longer waits for its cluster (it withdrew in the meantime). */
  boolean ceremonyScheduled(CampaignId campaign, String unitCode, Map<String, Object> ceremony) {
    return !runtimeService.createMessageCorrelation(UnitSigning.Messages.CLUSTER_CEREMONY_SCHEDULED)
        .processInstanceBusinessKey(UnitSigning.businessKey(campaign.documentNumber(), unitCode))
        .processInstanceVariableEquals(YEAR.name(), YEAR.stored(campaign.year()))
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
        .processInstanceVariableEquals(YEAR.name(), YEAR.stored(campaign.year()))
        .setVariable(UnitSigning.Vars.CLUSTER_RELEASE_REASON.name(), reason)
        .correlateAllWithResult().isEmpty();
  }

  /** Nothing happens if the member no longer waits (the city office excused it meanwhile). */
  void outcome(CampaignId campaign, String unitCode, Map<String, Object> outcome) {
    runtimeService.createMessageCorrelation(UnitSigning.Messages.CLUSTER_CEREMONY_OUTCOME)
        .processInstanceBusinessKey(UnitSigning.businessKey(campaign.documentNumber(), unitCode))
        .processInstanceVariableEquals(YEAR.name(), YEAR.stored(campaign.year()))
        .setVariables(outcome)
        .correlateAllWithResult();
  }
}
