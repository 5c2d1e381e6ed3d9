package vn.org.congdoanhanoi.phoihop.signing.unit;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.Outcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_RecordSigned} (asynchronous): the unit signed and reported; its result goes to the campaign. */
@Component
class RecordSignedDelegate implements JavaDelegate {

  private final SigningResults results;

  RecordSignedDelegate(SigningResults results) {
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    results.record(new UnitResult(CampaignId.of(execution),
        Variables.requiredText(execution, Vars.UNIT_CODE), Outcome.SIGNED, Variables.date(execution, Vars.SIGNED_ON),
        Variables.text(execution, Vars.CEREMONY_ID), Variables.text(execution, Vars.SIGNING_SCOPE),
        Variables.text(execution, Vars.SIGNING_MODE), Variables.text(execution, Vars.SIGNATORIES), null,
        Variables.text(execution, Vars.REPORT_SUMMARY), Variables.text(execution, Vars.PRESS_LINKS), null));
  }
}
