package vn.org.congdoanhanoi.phoihop.directive;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.Directive.Vars;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;

/** {@code ServiceTask_IssueSummary}: the numbered summary document, kept in the register and mailed to recipients. */
@Component
@RequiredArgsConstructor
class IssueDirectiveSummaryDelegate implements JavaDelegate {

  private final DirectiveSummary summary;

  @Override
  public void execute(DelegateExecution execution) {
    OutgoingDocument issued = summary.issue(Vars.DOCUMENT_NUMBER.required(execution),
        Vars.DIRECTIVE_YEAR.required(execution), Vars.SUMMARY.required(execution), execution.getProcessInstanceId());
    Vars.SUMMARY_NUMBER.set(execution, issued.symbol());
    Vars.SUMMARY_DOCUMENT.set(execution, issued.id());
  }
}
