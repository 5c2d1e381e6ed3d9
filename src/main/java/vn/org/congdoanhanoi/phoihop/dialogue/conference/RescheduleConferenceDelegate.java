package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RescheduleConference} (synchronous, in the request that moves the conference): books the new
 * slot ({@link ConferenceRescheduling} passes it as the proposed one) and frees the old one. A refusal rolls the whole move back and answers the caller (400 naming the clash).
 */
@Component
@RequiredArgsConstructor
class RescheduleConferenceDelegate implements JavaDelegate {

  private final ConferenceMeetings meetings;

  @Override
  public void execute(DelegateExecution execution) {
    meetings.book(execution, ConferenceDate.Vars.PROPOSED_DATE.required(execution),
        ConferenceDate.Vars.PROPOSED_TIME.required(execution), ConferenceDate.Vars.PROPOSED_VENUE.required(execution));
  }
}
