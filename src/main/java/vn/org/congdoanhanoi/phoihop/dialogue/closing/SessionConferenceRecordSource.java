package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecords;

/**
 * The report's view of what the district federation recorded on the conference's day ({@code Task_RecordConference}):
 * the day held, who attended and the chairman's conclusions. The record keeps no time or venue of its own: the report
 * takes them from the booked slot.
 */
@Component
@RequiredArgsConstructor
class SessionConferenceRecordSource implements ConferenceRecordSource {

  private final ConferenceRecords records;

  @Override
  public Optional<ConferenceRecord> record(PlanId plan, String conferenceInstanceId) {
    return records.of(plan).map(held -> new ConferenceRecord(held.conferenceDate(), null, null, held.present(),
        held.conclusions().stream().map(Conclusion::text).toList()));
  }
}
