package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * {@code ServiceTask_OpenAnswerSheet}: records the department's sheet (so the REST API finds its instance), and fixes
 * who answers (the department's group), who reviews (the chairman's office, else the district federation) and when
 * the answers are due.
 */
@Component
@RequiredArgsConstructor
class OpenAnswerSheetDelegate implements JavaDelegate {

  private final AnswerSheets sheets;
  private final AnswerDeadline deadline;
  private final SheetAccess access;
  private final OrganizationDirectory organization;
  private final EngineClock clock;

  @Override
  public void execute(DelegateExecution execution) {
    PlanId plan = DepartmentAnswers.plan(execution);
    String code = Vars.DEPARTMENT_CODE.required(execution);
    Vars.DEPARTMENT_NAME.set(execution, organization.department(code).map(Department::name).orElse(code));
    Vars.DEPARTMENT_GROUP.set(execution, Groups.department(code));
    Vars.REVIEW_GROUP.set(execution, access.reviewGroup(plan.districtCode()));
    Vars.DEADLINE.set(execution, deadline.of(clock.today(), Vars.CONFERENCE_DATE.orNull(execution)));
    Vars.PETITION_COUNT.set(execution, sheets.open(plan, code, execution.getProcessInstanceId()));
  }
}
