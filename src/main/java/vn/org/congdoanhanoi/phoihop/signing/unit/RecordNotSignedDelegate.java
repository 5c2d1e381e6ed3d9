package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.Outcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterMessages;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_RecordNotSigned} (asynchronous): the unit's final outcome is "not signed", with the reason. */
@Component
@RequiredArgsConstructor
class RecordNotSignedDelegate implements JavaDelegate {

  private final SigningResults results;
  private final ClusterRegistrations registrations;
  private final ClusterMessages messages;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String unitCode = Vars.UNIT_CODE.required(execution);
    results.record(new UnitResult(campaign, unitCode, Outcome.NOT_SIGNED, null, null,
        SigningChoices.code(Vars.SIGNING_SCOPE.orNull(execution)),
        SigningChoices.code(Vars.SIGNING_MODE.orNull(execution)), null,
        Vars.NOT_SIGNED_REASON.orNull(execution), null, null, null));
    String cluster = Vars.CLUSTER_CODE.orNull(execution);
    if (cluster != null && registrations.decide(campaign, cluster, unitCode, MemberState.LEFT).everyoneDecided()) {
      messages.membersDecided(campaign, cluster);
    }
  }
}
