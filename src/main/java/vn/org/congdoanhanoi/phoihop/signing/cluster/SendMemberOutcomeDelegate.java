package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * {@code ServiceTask_SendMemberOutcome} (asynchronous, once per member): the member's outcome at the joint
 * ceremony reaches that member's signing, which goes on to its report or back to scheduling.
 */
@Component
@RequiredArgsConstructor
class SendMemberOutcomeDelegate implements JavaDelegate {

  private final ClusterMessages messages;

  @Override
  public void execute(DelegateExecution execution) {
    CeremonyOutcome outcome = Vars.MEMBER_OUTCOME.required(execution);
    boolean signed = outcome == CeremonyOutcome.SIGNED;
    Map<String, Object> variables = new HashMap<>();
    UnitSigning.Vars.CEREMONY_OUTCOME.putInto(variables, outcome);
    UnitSigning.Vars.SIGNED_ON.putInto(variables, signed ? Vars.JOINT_DATE.required(execution) : null);
    UnitSigning.Vars.SIGNATORIES.putInto(variables, Vars.MEMBER_SIGNATORIES.orNull(execution));
    UnitSigning.Vars.POSTPONED_REASON.putInto(variables, Vars.MEMBER_POSTPONED_REASON.orNull(execution));
    messages.outcome(CampaignId.of(execution),
        Vars.MEMBER_UNIT_CODE.required(execution), variables);
  }
}
