package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Submitted values were refused. Thrown inside the engine it rolls back the whole transaction, so nothing is
 * half-saved; the HTTP guard answers the same check with 400 before the engine is even called.
 */
public class InvalidSubmissionException extends ProcessEngineException {

  private final transient List<Violation> violations;

  public InvalidSubmissionException(String what, List<Violation> violations) {
    super(what + ": " + Submission.join(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
