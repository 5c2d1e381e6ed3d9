package vn.org.congdoanhanoi.phoihop.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;

/** {@code ServiceTask_OpenProgramme}: the first year under review is the term's first year. */
@Component
class OpenProgrammeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Vars.REVIEW_YEAR.set(execution, Vars.TERM_START.required(execution));
    Vars.REVIEWS_HELD.set(execution, "[]");
  }
}
