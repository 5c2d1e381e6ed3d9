package vn.org.congdoanhanoi.phoihop.followup;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_ExtendDeadline}: the unit gets a new deadline, in the watched process too (its open tasks move
 * with it); the follow-up then starts over and computes its reminders from the new deadline.
 */
@Component
@RequiredArgsConstructor
class ExtendDeadlineDelegate implements JavaDelegate {

  private final DeadlineChanges changes;

  @Override
  public void execute(DelegateExecution execution) {
    changes.extendWatched(execution, DeadlineFollowUp.Vars.NEW_DEADLINE.required(execution));
    FollowUpDecision.clear(execution);
  }
}
