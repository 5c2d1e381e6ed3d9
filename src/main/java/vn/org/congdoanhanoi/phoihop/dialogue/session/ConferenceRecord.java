package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * What happened at a plan's dialogue conference, as the district federation recorded it (read with
 * {@link ConferenceRecords#of}): attendance, the agenda, the minutes, the chairman's conclusions with the state of
 * each commitment, and the petitions answered orally.
 */
public record ConferenceRecord(PlanId plan, LocalDate conferenceDate, int expectedAttendance, int present,
                               int workerRepresentatives, List<AgendaEntry> agenda, String minutes,
                               String signedMinutesName, List<Conclusion> conclusions,
                               List<AnswerAtConference> answersAtConference, LocalDateTime recordedAt,
                               String recordedBy) {

  /** One item of the fixed agenda and whether it was held. */
  public record AgendaEntry(AgendaItem item, String label, boolean held) {}

  /**
   * A conclusion of the chairman, in the order given. With a department and a deadline it is a commitment followed
   * up by {@code dialogue-commitment}: {@code state} is then where it stands (null for a conclusion that commits
   * nobody); {@code doneOn} and {@code result} are the department's last done report, {@code expectedOn} its last
   * in-progress one, {@code federationNote} why the federation sent the report back or excused the department.
   */
  public record Conclusion(long id, int position, String text, String departmentCode, LocalDate deadline,
                           CommitmentState state, String stateLabel, LocalDateTime stateChangedAt, LocalDate doneOn,
                           String result, LocalDate expectedOn, String federationNote, List<Long> petitionIds) {

    public boolean isCommitment() {
      return state != null;
    }
  }

  /** A petition answered orally; {@code previousAnswer} is the written answer it had before, if any. */
  public record AnswerAtConference(long petitionId, String answer, String previousAnswer) {}
}
