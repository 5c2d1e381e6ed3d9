package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.programme.CoordinationProgramme.Vars;

/**
 * {@code ServiceTask_AdvanceYear}: the year's review is over; it joins the list of reviews held, its host and guest
 * become last year's (the rule table's inputs) and the next year comes under review.
 */
@Component
@RequiredArgsConstructor
class AdvanceYearDelegate implements JavaDelegate {

  private final ReviewsHeld reviewsHeld;

  @Override
  public void execute(DelegateExecution execution) {
    int year = Vars.REVIEW_YEAR.required(execution);
    String host = Vars.REVIEW_HOST.required(execution);
    Vars.REVIEWS_HELD.set(execution, reviewsHeld.with(Vars.REVIEWS_HELD.orNull(execution),
        new ReviewsHeld.Review(year, host, Vars.LAST_REPORT_NUMBER.orNull(execution))));
    Vars.PREVIOUS_HOST.set(execution, host);
    Vars.PREVIOUS_GUEST.set(execution, Vars.REVIEW_GUEST.required(execution));
    Vars.REVIEW_YEAR.set(execution, year + 1);
  }
}
