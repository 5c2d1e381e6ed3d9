package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate.Decision;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;

/**
 * {@code ServiceTask_BookConference} (asynchronous, so the recorded answer stands whatever happens here): the slot
 * the chairman agreed to (the planned one, or the one he proposed, which becomes the conference's) is booked in the
 * chairman's diary. A slot taken meanwhile raises {@link ConferenceDate#SLOT_REFUSED_ERROR}: the federation gets
 * the task again with the clashing meeting named, and the planned slot stays as it was.
 */
@Component
@RequiredArgsConstructor
class BookConferenceDelegate implements JavaDelegate {

  private final ConferenceMeetings meetings;

  @Override
  public void execute(DelegateExecution execution) {
    boolean planned = ConferenceDate.Vars.DECISION.required(execution) == Decision.CONFIRMED;
    LocalDate date = planned ? Vars.CONFERENCE_DATE.required(execution)
        : ConferenceDate.Vars.PROPOSED_DATE.required(execution);
    LocalTime time = planned ? Vars.CONFERENCE_TIME.required(execution)
        : ConferenceDate.Vars.PROPOSED_TIME.required(execution);
    String venue = planned ? Vars.VENUE.required(execution) : ConferenceDate.Vars.PROPOSED_VENUE.optional(execution)
        .filter(v -> !v.isBlank()).map(String::strip).orElse(Vars.VENUE.required(execution));
    try {
      meetings.book(execution, date, time, venue);
    } catch (InvalidSubmissionException refused) {
      // Refused before anything was written: the planned slot stays the conference's.
      ConferenceDate.Vars.SLOT_REFUSAL.set(execution, refused.summary());
      throw new BpmnError(ConferenceDate.SLOT_REFUSED_ERROR, refused.summary());
    }
    ConferenceDate.Vars.SLOT_REFUSAL.set(execution, null);
  }
}
