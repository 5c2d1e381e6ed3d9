package vn.org.congdoanhanoi.phoihop.signing.unit;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/**
 * On {@code SequenceFlow_Signed} (unit-signing): a unit signed at its ceremony, so that ceremony took place. One step
 * for a unit's own ceremony, a shared one and a cluster's (whose members' outcomes arrive here too), so every kind
 * goes SCHEDULED → HELD the same way and a held ceremony no longer counts as booked.
 */
@Component
@RequiredArgsConstructor
class CeremonyHeldListener implements ExecutionListener {

  private final MeetingDiary registry;

  @Override
  public void notify(DelegateExecution execution) {
    String ceremonyId = Vars.CEREMONY_ID.orNull(execution);
    if (ceremonyId != null) {
      registry.markHeld(ceremonyId);
    }
  }
}
