package vn.org.congdoanhanoi.phoihop.programme;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;

/**
 * {@code ServiceTask_PlanYear}, after the rule table named the year's host ({@code reviewHost}): the guest is the
 * other party of the parties as they are now, both report, and their reports are due by the year's deadline.
 */
@Component
@RequiredArgsConstructor
class PlanYearDelegate implements JavaDelegate {

  private final ProgrammeYears years;

  @Override
  public void execute(DelegateExecution execution) {
    String partyA = Vars.PARTY_A.required(execution);
    String partyB = Vars.PARTY_B.required(execution);
    String host = Vars.REVIEW_HOST.required(execution);
    Vars.REVIEW_GUEST.set(execution, host.equals(partyA) ? partyB : partyA);
    Vars.PARTIES.set(execution, List.of(partyA, partyB));
    Vars.REPORT_DEADLINE.set(execution, years.reportDeadline(Vars.REVIEW_YEAR.required(execution)));
  }
}
