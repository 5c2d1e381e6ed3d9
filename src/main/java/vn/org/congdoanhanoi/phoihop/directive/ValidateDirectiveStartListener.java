package vn.org.congdoanhanoi.phoihop.directive;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.Directive.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * On {@code StartEvent_DirectiveIssued}: refuses a directive started with bad values however it was started, holds
 * the issuer to the caller's own unit unless the caller is city-wide, claims the letter's matter (issuer, year,
 * number) in the start's transaction, makes the number the business key and fixes the duties. Of two starts of one
 * letter the database lets one claim through; the other rolls back whole (409), before any duty exists.
 */
@Component
@RequiredArgsConstructor
class ValidateDirectiveStartListener implements ExecutionListener {

  private static final String REFUSED = "Không thể ban hành văn bản chỉ đạo";

  private final DirectiveStartValidator validator;
  private final MatterRegistry matters;

  @Override
  public void notify(DelegateExecution execution) {
    List<Violation> violations = validator.validate(execution.getVariables());
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException(REFUSED, violations);
    }
    String issuer = Vars.ISSUER.required(execution);
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getGroupIds() != null && !AccessPolicy.cityWide(caller.getGroupIds())
        && !AccessPolicy.sees(caller.getGroupIds(), issuer)) {
      throw new InvalidSubmissionException(REFUSED, List.of(new Violation(Vars.ISSUER.name(),
          "Chỉ ban hành được văn bản của đơn vị mình; cơ quan ban hành (issuer) '" + issuer + "' không phải đơn vị "
              + "của bạn.")));
    }
    String number = Vars.DOCUMENT_NUMBER.required(execution);
    int year = Vars.ISSUED_ON.required(execution).getYear();
    MatterKey letter = new MatterKey(issuer, year, number);
    switch (matters.claim(letter, Directive.KEY, execution.getProcessInstanceId())) {
      case CLAIMED -> execution.setProcessBusinessKey(letter.number());
      case RUNNING -> throw new ConflictException("Văn bản chỉ đạo " + letter.describe() + " của '" + issuer
          + "' đang được theo dõi (vừa ban hành hoặc đã ban hành trước đó); không ban hành lần thứ hai.");
      case COMPLETED -> throw new InvalidSubmissionException(REFUSED, List.of(new Violation(
          Vars.DOCUMENT_NUMBER.name(), "Văn bản chỉ đạo " + letter.describe() + " đã kết thúc; mỗi văn bản chỉ ban "
              + "hành một lần. Văn bản cùng số của năm khác là một văn bản khác.")));
    }
    List<DirectiveItem> items = DirectiveItem.parse(Vars.ITEMS.required(execution));
    Vars.DIRECTIVE_YEAR.set(execution, year);
    Vars.ASSIGNMENTS.set(execution, DirectiveAssignments.of(items));
  }
}
