package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.Outcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/** {@code ServiceTask_RecordSigned} (asynchronous): the unit signed and reported; its result goes to the campaign. */
@Component
@RequiredArgsConstructor
class RecordSignedDelegate implements JavaDelegate {

  private final SigningResults results;

  @Override
  public void execute(DelegateExecution execution) {
    results.record(new UnitResult(CampaignId.of(execution),
        Vars.UNIT_CODE.required(execution), Outcome.SIGNED, Vars.SIGNED_ON.orNull(execution),
        Vars.CEREMONY_ID.orNull(execution), SigningChoices.code(Vars.SIGNING_SCOPE.orNull(execution)),
        SigningChoices.code(Vars.SIGNING_MODE.orNull(execution)), Vars.SIGNATORIES.orNull(execution), null,
        Vars.REPORT_SUMMARY.orNull(execution), Vars.PRESS_LINKS.orNull(execution), null));
  }
}
