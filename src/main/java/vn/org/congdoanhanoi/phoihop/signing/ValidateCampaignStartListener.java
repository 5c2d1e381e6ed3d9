package vn.org.congdoanhanoi.phoihop.signing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.signing.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * On {@code StartEvent_CampaignLaunched}: refuses a campaign started with bad values however it was started, and
 * makes the document number the business key, so Cockpit and other systems find a campaign by its letter.
 */
@Component
class ValidateCampaignStartListener implements ExecutionListener {

  private final CampaignStartValidator validator;

  ValidateCampaignStartListener(CampaignStartValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<Violation> violations = validator.validate(execution.getVariables());
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException("Không thể phát động đợt ký kết", violations);
    }
    execution.setProcessBusinessKey(execution.getVariable(Vars.DOCUMENT_NUMBER).toString().strip());
  }
}
