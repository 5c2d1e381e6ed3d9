package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code SendTask_ConferenceInvitation}: the invitation with its calendar event once the date is confirmed, and the
 * update of the same event (next SEQUENCE) after every move.
 */
@Component
@RequiredArgsConstructor
class SendConferenceInvitationDelegate implements JavaDelegate {

  private final ConferenceMeetings meetings;

  @Override
  public void execute(DelegateExecution execution) {
    meetings.invite(execution);
  }
}
