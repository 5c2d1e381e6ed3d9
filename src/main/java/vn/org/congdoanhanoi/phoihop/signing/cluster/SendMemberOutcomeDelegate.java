package vn.org.congdoanhanoi.phoihop.signing.cluster;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony.Vars;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;

/**
 * {@code ServiceTask_SendMemberOutcome} (asynchronous, once per member): the member's outcome at the joint
 * ceremony reaches that member's signing, which goes on to its report or back to scheduling.
 */
@Component
class SendMemberOutcomeDelegate implements JavaDelegate {

  private final ClusterMessages messages;

  SendMemberOutcomeDelegate(ClusterMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = Variables.requiredText(execution, Vars.MEMBER_OUTCOME);
    boolean signed = CeremonyOutcome.SIGNED.name().equals(outcome);
    Map<String, Object> variables = new HashMap<>();
    variables.put(UnitSigning.Vars.CEREMONY_OUTCOME, outcome);
    variables.put(UnitSigning.Vars.SIGNED_ON, signed ? Variables.requiredText(execution, Vars.JOINT_DATE) : null);
    variables.put(UnitSigning.Vars.SIGNATORIES, Variables.text(execution, Vars.MEMBER_SIGNATORIES));
    variables.put(UnitSigning.Vars.POSTPONED_REASON, Variables.text(execution, Vars.MEMBER_POSTPONED_REASON));
    messages.outcome(CampaignId.of(execution),
        Variables.requiredText(execution, Vars.MEMBER_UNIT_CODE), variables);
  }
}
