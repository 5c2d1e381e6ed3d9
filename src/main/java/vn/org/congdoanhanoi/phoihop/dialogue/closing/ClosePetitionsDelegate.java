package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_ClosePetitions}: once every commitment is followed up, the plan's petitions are done with; each
 * one not merged becomes CLOSED, with its trail line (see {@link PetitionClosing}).
 */
@Component
@RequiredArgsConstructor
public class ClosePetitionsDelegate implements JavaDelegate {

  private final PetitionClosing closing;

  @Override
  public void execute(DelegateExecution execution) {
    closing.close(ConferencePlans.plan(execution));
  }
}
