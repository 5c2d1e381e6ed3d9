package vn.org.congdoanhanoi.phoihop.programme;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;

/**
 * {@code ServiceTask_BookReview} (asynchronous, so the host's proposal stands whatever happens here): books the review
 * in the chairman's diary. A slot taken meanwhile raises {@link ProgrammeReview#SLOT_REFUSED_ERROR} and the host gets
 * the proposal again with the reason.
 */
@Component
@RequiredArgsConstructor
class BookReviewDelegate implements JavaDelegate {

  private final ReviewMeetings meetings;

  @Override
  public void execute(DelegateExecution execution) {
    Meeting review;
    try {
      review = meetings.book(execution, Vars.HOST_NAME.required(execution), Vars.GUEST_NAME.required(execution));
    } catch (InvalidSubmissionException refused) {
      Vars.REVIEW_SLOT_REFUSAL.set(execution, refused.summary());
      throw new BpmnError(ProgrammeReview.SLOT_REFUSED_ERROR, refused.summary());
    }
    Vars.REVIEW_SLOT_REFUSAL.set(execution, null);
    Vars.MEETING_ID.set(execution, review.id());
    Vars.REVIEW_STARTS_AT.set(execution, review.startsAtWithOffset());
  }
}
