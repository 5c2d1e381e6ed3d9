package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/** {@code ServiceTask_PrepareReview}: the names and the content areas the year's forms show. */
@Component
@RequiredArgsConstructor
class PrepareReviewDelegate implements JavaDelegate {

  private final ProgrammeParties parties;
  private final PartyReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    Vars.HOST_NAME.set(execution, parties.name(Vars.REVIEW_HOST.required(execution)));
    Vars.GUEST_NAME.set(execution, parties.name(Vars.REVIEW_GUEST.required(execution)));
    Vars.CONTENT_AREAS_TEXT.set(execution, reports.numbered(Vars.CONTENT_AREAS.required(execution)));
    Vars.PARTY_REPORTS.set(execution, "[]");
  }
}
