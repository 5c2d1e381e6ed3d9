package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the end of {@code dialogue-conference}, however it ends (its last branch done, or the instance deleted in
 * Cockpit without "skip custom listeners"): a conference that ends before its meeting frees the chairman's slot and
 * withdraws the invitations it sent ({@link ConferenceMeetings#release}).
 */
@Component
@RequiredArgsConstructor
class ReleaseConferenceMeetingListener implements ExecutionListener {

  private final ConferenceMeetings meetings;

  @Override
  public void notify(DelegateExecution execution) {
    meetings.release(execution);
  }
}
