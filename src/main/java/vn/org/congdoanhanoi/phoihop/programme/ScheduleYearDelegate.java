package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;

/** {@code ServiceTask_ScheduleYear}: when the year under review opens, for {@code Timer_YearOpens}. */
@Component
@RequiredArgsConstructor
class ScheduleYearDelegate implements JavaDelegate {

  private final ProgrammeYears years;

  @Override
  public void execute(DelegateExecution execution) {
    Vars.YEAR_OPENS_AT.set(execution, years.opensAt(Vars.REVIEW_YEAR.required(execution)));
  }
}
