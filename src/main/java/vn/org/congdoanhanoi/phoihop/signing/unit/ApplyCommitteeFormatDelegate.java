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
    execution.setVariable(Vars.SIGNING_MODE, execution.getVariable(Vars.COMMITTEE_DECIDED_MODE));
    execution.setVariable(Vars.SIGNING_SCOPE, execution.getVariable(Vars.COMMITTEE_DECIDED_SCOPE));
  }
}
