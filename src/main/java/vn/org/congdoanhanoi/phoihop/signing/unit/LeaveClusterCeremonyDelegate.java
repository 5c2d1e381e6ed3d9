package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_LeaveClusterCeremony} (asynchronous): the unit withdraws from the joint ceremony. */
@Component
@RequiredArgsConstructor
class LeaveClusterCeremonyDelegate implements JavaDelegate {

  private final ClusterRegistrations registrations;

  @Override
  public void execute(DelegateExecution execution) {
    registrations.decide(CampaignId.of(execution),
        Vars.CLUSTER_CODE.required(execution), Vars.UNIT_CODE.required(execution),
        MemberState.LEFT);
    Vars.SIGNING_SCOPE.set(execution, SigningScope.LOCALITY);
    Vars.CLUSTER_JOINED.set(execution, false);
  }
}
