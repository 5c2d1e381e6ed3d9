package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * What the conference's record ({@code Task_RecordConference}, built beside this package) says of the day: the report
 * reads it through this interface so that it does not depend on how the record is kept. Without any bean (no record
 * kept yet) the report shows the conference as planned and says that no conclusions were recorded.
 */
public interface ConferenceRecordSource {

  /**
   * The conference as held.
   *
   * @param attendance how many people attended; null when not counted
   * @param conclusions the chairman's conclusions, one sentence each, in order
   */
  record ConferenceRecord(LocalDate heldOn, LocalTime startedAt, String venue, Integer attendance,
                          List<String> conclusions) {

    public ConferenceRecord {
      conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
    }
  }

  /** The record of the conference of this plan run by this instance of {@code dialogue-conference}, if kept. */
  Optional<ConferenceRecord> record(PlanId plan, String conferenceInstanceId);
}
