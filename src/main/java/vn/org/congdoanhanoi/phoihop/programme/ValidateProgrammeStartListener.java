package vn.org.congdoanhanoi.phoihop.programme;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * On {@code StartEvent_ProgrammeSigned}: refuses a programme started with bad values however it was started, claims
 * its matter (city federation, year signed, number) in the start's transaction, so of concurrent starts of one number
 * exactly one wins, and makes the number the business key.
 */
@Component
@RequiredArgsConstructor
class ValidateProgrammeStartListener implements ExecutionListener {

  private static final String REFUSED = "Không thể khởi tạo Chương trình phối hợp";

  private final ProgrammeStartValidator validator;
  private final MatterRegistry matters;

  @Override
  public void notify(DelegateExecution execution) {
    List<Violation> violations = validator.validate(execution.getVariables());
    if (!violations.isEmpty()) {
      throw new InvalidSubmissionException(REFUSED, violations);
    }
    // Years are kept as Integer whatever number type the form sent, as the REST contract states.
    Vars.TERM_START.set(execution, Vars.TERM_START.required(execution));
    Vars.TERM_END.set(execution, Vars.TERM_END.required(execution));
    String number = Vars.PROGRAMME_NUMBER.required(execution).strip();
    int year = Vars.ISSUED_ON.required(execution).getYear();
    MatterKey key = ProgrammeMatter.key(number, year);
    switch (matters.claim(key, CoordinationProgramme.KEY, execution.getProcessInstanceId())) {
      case CLAIMED -> execution.setProcessBusinessKey(number);
      case RUNNING -> throw new ConflictException("Chương trình phối hợp theo " + key.describe()
          + " đang thực hiện (vừa được khởi tạo hoặc đã khởi tạo trước đó); không khởi tạo lần thứ hai.");
      case COMPLETED -> throw new InvalidSubmissionException(REFUSED,
          List.of(ProgrammeMatter.alreadyCompleted(number, year)));
    }
  }
}
