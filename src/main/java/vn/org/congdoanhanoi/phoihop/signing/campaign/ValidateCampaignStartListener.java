package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * On {@code StartEvent_CampaignLaunched}: refuses a campaign started with bad values however it was started, claims
 * the letter's matter (issuer, year, number) in the start's transaction, and makes the document number the business
 * key, so Cockpit and other systems find a campaign by its letter.
 *
 * <p>The claim is what makes "one campaign per letter" hold under concurrent starts: the database lets one insert
 * through and the others roll their whole start back, before any unit got a task or a mail was queued.
 */
@Component
@RequiredArgsConstructor
class ValidateCampaignStartListener implements ExecutionListener {

  private final CampaignStartValidator validator;
  private final MatterRegistry matters;

  @Override
  public void notify(DelegateExecution execution) {
    List<Violation> violations = validator.validate(execution.getVariables());
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException("Không thể phát động đợt ký kết", violations);
    }
    CampaignId campaign = CampaignId.of(execution);
    switch (matters.claim(campaign.matterKey(), SigningCampaign.KEY, execution.getProcessInstanceId())) {
      case CLAIMED -> execution.setProcessBusinessKey(campaign.documentNumber());
      case RUNNING -> throw new ConflictException("Đợt ký kết theo " + campaign.matterKey().describe()
          + " đang diễn ra (vừa được phát động hoặc đã phát động trước đó); không phát động lần thứ hai. "
          + "Hãy xem đợt đang chạy tại /api/signing-campaigns?documentNumber=" + campaign.documentNumber()
          + "&year=" + campaign.year() + "; nếu đợt đó vừa bị hủy, hãy thử lại.");
      case COMPLETED -> throw new InvalidSubmissionException("Không thể phát động đợt ký kết",
          List.of(CampaignStartValidator.alreadyCompleted(campaign)));
    }
  }
}
