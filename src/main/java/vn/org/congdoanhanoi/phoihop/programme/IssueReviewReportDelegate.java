package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;

/**
 * {@code ServiceTask_IssueYearlyReport} and {@code ServiceTask_IssueFinalSummary} (asynchronous: a failure is an
 * incident to retry, never a rollback of the conclusions the host entered): issues the review's report, the
 * yearly one or, at the final review, the programme's summary; which one follows from the term.
 */
@Component
@RequiredArgsConstructor
class IssueReviewReportDelegate implements JavaDelegate {

  private final ProgrammeReportIssuer issuer;

  @Override
  public void execute(DelegateExecution execution) {
    OutgoingDocument report = issuer.issue(issuer.review(execution), execution.getProcessInstanceId());
    Vars.REPORT_NUMBER.set(execution, report.symbol());
    Vars.REPORT_DOCUMENT.set(execution, report.id());
  }
}
