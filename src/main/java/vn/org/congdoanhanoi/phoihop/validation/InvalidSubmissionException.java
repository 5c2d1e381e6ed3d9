package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.org.congdoanhanoi.phoihop.kernel.api.FieldErrors;

/**
 * Submitted values were refused. Thrown inside the engine it rolls back the whole transaction, so nothing is
 * half-saved; the HTTP guard answers the same check with 400 before the engine is even called. When it comes out of
 * the engine (wrapped, e.g. ENGINE-03051 around a task listener) every API still answers 400 with the fields.
 */
public class InvalidSubmissionException extends ProcessEngineException implements FieldErrors {

  private final transient List<Violation> violations;

  public InvalidSubmissionException(String what, List<Violation> violations) {
    super(what + ": " + Submission.join(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String summary() {
    return Submission.join(violations);
  }

  @Override
  public List<Map<String, String>> fieldErrors() {
    return violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
  }
}
