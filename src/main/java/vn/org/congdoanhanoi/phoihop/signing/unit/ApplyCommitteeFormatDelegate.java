package vn.org.congdoanhanoi.phoihop.signing.unit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_ApplyCommitteeFormat}: the Party committee decided the format; it replaces the proposal's. */
@Component
public class ApplyCommitteeFormatDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Vars.SIGNING_MODE.set(execution, Vars.COMMITTEE_DECIDED_MODE.orNull(execution));
    Vars.SIGNING_SCOPE.set(execution, Vars.COMMITTEE_DECIDED_SCOPE.orNull(execution));
  }
}
