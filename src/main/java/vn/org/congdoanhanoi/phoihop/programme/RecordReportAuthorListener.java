package vn.org.congdoanhanoi.phoihop.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/**
 * On completing {@code Task_ReportResults}: who entered the party's report, kept in the party's own scope, since the
 * report is recorded by a job afterwards, where no user is signed in.
 */
@Component
class RecordReportAuthorListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Vars.REPORTED_BY.set(task.getExecution(), user == null ? null : user.getUserId());
  }
}
