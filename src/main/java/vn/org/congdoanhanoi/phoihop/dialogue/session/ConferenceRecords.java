package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.AgendaEntry;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.AnswerAtConference;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.dialogue.session.RecordedConference.OralAnswer;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Tables {@code dialogue_conference_record}, {@code dialogue_conclusion}, {@code dialogue_conclusion_petition} and
 * {@code dialogue_conference_answer} (V31): a conference's record and its commitments' states. The read side
 * ({@link #of}, {@link #commitments}) is what the report, the answers to the unions and the REST read model use.
 */
@Repository
@RequiredArgsConstructor
public class ConferenceRecords {

  /** A petition answered orally may have been answered in writing before; a merged or closed one is not answered. */
  static final Set<PetitionState> ANSWERABLE =
      EnumSet.of(PetitionState.RECEIVED, PetitionState.ASSIGNED, PetitionState.ANSWERED);
  /** A conclusion acts on any petition still open: not merged into another, not closed. */
  static final Set<PetitionState> FOLLOWABLE = EnumSet.complementOf(EnumSet.of(PetitionState.MERGED,
      PetitionState.CLOSED));

  private final JdbcClient jdbc;
  private final EngineClock clock;

  /** The plan's conference record, if the federation recorded it. */
  public Optional<ConferenceRecord> of(PlanId plan) {
    return jdbc.sql("""
            select conference_date, expected_attendance, attendance_present, worker_representatives, agenda_held,
                minutes, signed_minutes_name, recorded_at, recorded_by
            from dialogue_conference_record where district_code = ? and plan_year = ? and plan_number = ?""")
        .params(plan.districtCode(), plan.year(), plan.planNumber())
        .query((rs, row) -> {
          List<String> held = Arrays.asList(rs.getString("agenda_held").split(","));
          List<AgendaEntry> agenda = Arrays.stream(AgendaItem.values())
              .map(item -> new AgendaEntry(item, item.label(), held.contains(item.name()))).toList();
          return new ConferenceRecord(plan, rs.getObject("conference_date", LocalDate.class),
              rs.getInt("expected_attendance"), rs.getInt("attendance_present"), rs.getInt("worker_representatives"),
              agenda, rs.getString("minutes"), rs.getString("signed_minutes_name"), conclusions(plan, null),
              answers(plan), rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getString("recorded_by"));
        })
        .optional();
  }

  /** The plan's commitments (conclusions with a department and a deadline), of one department or of all. */
  public List<Conclusion> commitments(PlanId plan, String departmentCode) {
    return conclusions(plan, departmentCode).stream().filter(Conclusion::isCommitment).toList();
  }

  /** One commitment, with its plan. */
  Optional<Conclusion> commitment(PlanId plan, long id) {
    return conclusions(plan, null).stream().filter(c -> c.id() == id && c.isCommitment()).findFirst();
  }

  /** The states of the plan's petitions with these ids (absent: not the plan's). */
  Map<Long, PetitionState> petitionStates(PlanId plan, Collection<Long> ids) {
    Map<Long, PetitionState> states = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return states;
    }
    jdbc.sql("""
            select id, state from dialogue_petition where id in (:ids)
                and district_code = :district and plan_year = :year and plan_number = :number order by id""")
        .param("ids", ids).param("district", plan.districtCode()).param("year", plan.year())
        .param("number", plan.planNumber())
        .query(rs -> {
          states.put(rs.getLong("id"), PetitionState.valueOf(rs.getString("state")));
        });
    return states;
  }

  /**
   * Stores the record, its conclusions and what it does to the petitions, in the caller's (the engine's)
   * transaction; a record already stored for the plan (a retried job) is left as it is. Answers the commitments'
   * ids, in the order of the conclusions. The petitions named are locked in id order and checked again: one merged,
   * closed or answered since the form was checked refuses the whole record (400), nothing stored.
   */
  List<Long> store(PlanId plan, String processInstanceId, LocalDate conferenceDate, int expectedAttendance,
                   RecordedConference record, String by) {
    boolean stored = jdbc.sql("""
            select count(*) from dialogue_conference_record
            where district_code = ? and plan_year = ? and plan_number = ?""")
        .params(plan.districtCode(), plan.year(), plan.planNumber()).query(Integer.class).single() > 0;
    if (stored) {
      return commitments(plan, null).stream().map(Conclusion::id).toList();
    }
    Map<Long, Locked> petitions = lock(plan, record);
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("""
            insert into dialogue_conference_record (district_code, plan_year, plan_number, process_instance_id,
                conference_date, expected_attendance, attendance_present, worker_representatives, agenda_held, minutes,
                signed_minutes_name, signed_minutes_type, signed_minutes, recorded_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), processInstanceId, conferenceDate,
            expectedAttendance, record.present(), record.workerRepresentatives(),
            String.join(",", record.agendaHeld().stream().map(AgendaItem::name).toList()), record.minutes(),
            record.signedMinutes() == null ? null : record.signedMinutes().getFilename(),
            record.signedMinutes() == null ? null : record.signedMinutes().getMimeType(),
            record.signedMinutes() == null ? null : bytes(record.signedMinutes()), now, by)
        .update();
    String day = RecordedConference.DAY.format(conferenceDate);
    for (OralAnswer answer : record.oralAnswers()) {
      Locked petition = petitions.get(answer.petitionId());
      jdbc.sql("""
              insert into dialogue_conference_answer (petition_id, district_code, plan_year, plan_number, answer,
                  previous_answer, previous_state) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(answer.petitionId(), plan.districtCode(), plan.year(), plan.planNumber(), answer.answer(),
              petition.answer(), petition.state().name())
          .update();
      change(answer.petitionId(), PetitionState.ANSWERED_AT_CONFERENCE, answer.answer(), now, by,
          ChangeKind.ORAL_ANSWER, "Chủ tịch UBND trả lời tại Hội nghị ngày " + day + ": «" + answer.answer() + "»"
              + (petition.answer() == null ? "." : "; trả lời bằng văn bản trước đó: «" + petition.answer() + "»."));
    }
    List<Long> commitments = new ArrayList<>();
    int position = 0;
    for (RecordedConference.Conclusion conclusion : record.conclusions()) {
      position++;
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("""
              insert into dialogue_conclusion (district_code, plan_year, plan_number, position, body, department_code,
                  deadline, state, state_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(plan.districtCode(), plan.year(), plan.planNumber(), position, conclusion.text(),
              conclusion.departmentCode(), conclusion.deadline(),
              conclusion.commits() ? CommitmentState.OPEN.name() : null, conclusion.commits() ? now : null)
          .update(key, "id");
      long id = key.getKeyAs(Number.class).longValue();
      if (conclusion.commits()) {
        commitments.add(id);
      }
      for (long petitionId : conclusion.petitionIds()) {
        jdbc.sql("insert into dialogue_conclusion_petition (conclusion_id, petition_id) values (?, ?)")
            .params(id, petitionId).update();
        change(petitionId, PetitionState.FOLLOW_UP, null, now, by, ChangeKind.FOLLOW_UP, "Kết luận " + position
            + " của Chủ tịch UBND tại Hội nghị ngày " + day + ": «" + conclusion.text() + "»"
            + (conclusion.commits() ? "; giao " + conclusion.departmentCode() + " thực hiện, hạn "
            + RecordedConference.DAY.format(conclusion.deadline()) + "." : "."));
      }
    }
    return commitments;
  }

  /** The department reported: done (with its day and result) or in progress (with the day it expects). */
  void reported(long id, Commitment.Progress progress, LocalDate doneOn, String result, LocalDate expectedOn) {
    CommitmentState state = progress == Commitment.Progress.DONE ? CommitmentState.REPORTED_DONE
        : CommitmentState.IN_PROGRESS;
    jdbc.sql("""
            update dialogue_conclusion set state = ?, state_changed_at = ?, done_on = coalesce(?, done_on),
                result = coalesce(?, result), expected_on = coalesce(?, expected_on) where id = ?""")
        .params(state.name(), Timestamp.from(clock.instant()), doneOn, result, expectedOn, id).update();
  }

  /** The federation confirmed the commitment done, sent the report back, or excused the department (with why). */
  void decided(long id, CommitmentState state, String note) {
    jdbc.sql("""
            update dialogue_conclusion set state = ?, state_changed_at = ?, federation_note = coalesce(?, federation_note)
            where id = ?""")
        .params(state.name(), Timestamp.from(clock.instant()), note, id).update();
  }

  /** The federation extended the commitment's deadline in its follow-up. */
  void deadlineMoved(long id, LocalDate deadline) {
    jdbc.sql("update dialogue_conclusion set deadline = ? where id = ?").params(deadline, id).update();
  }

  private List<Conclusion> conclusions(PlanId plan, String departmentCode) {
    Map<Long, List<Long>> petitions = new LinkedHashMap<>();
    jdbc.sql("""
            select p.conclusion_id, p.petition_id from dialogue_conclusion_petition p
                join dialogue_conclusion c on c.id = p.conclusion_id
            where c.district_code = ? and c.plan_year = ? and c.plan_number = ? order by p.petition_id""")
        .params(plan.districtCode(), plan.year(), plan.planNumber())
        .query(rs -> {
          petitions.computeIfAbsent(rs.getLong("conclusion_id"), k -> new ArrayList<>()).add(rs.getLong("petition_id"));
        });
    return jdbc.sql("""
            select id, position, body, department_code, deadline, state, state_changed_at, done_on, result,
                expected_on, federation_note
            from dialogue_conclusion where district_code = ? and plan_year = ? and plan_number = ?
                and (cast(? as varchar) is null or department_code = ?)
            order by position""")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), departmentCode, departmentCode)
        .query((rs, row) -> conclusion(rs, petitions.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  private static Conclusion conclusion(ResultSet rs, List<Long> petitionIds) throws SQLException {
    String stateCode = rs.getString("state");
    CommitmentState state = stateCode == null ? null : CommitmentState.valueOf(stateCode);
    Timestamp changed = rs.getTimestamp("state_changed_at");
    return new Conclusion(rs.getLong("id"), rs.getInt("position"), rs.getString("body"),
        rs.getString("department_code"), rs.getObject("deadline", LocalDate.class), state,
        state == null ? null : state.label(), changed == null ? null : changed.toLocalDateTime(),
        rs.getObject("done_on", LocalDate.class), rs.getString("result"), rs.getObject("expected_on", LocalDate.class),
        rs.getString("federation_note"), List.copyOf(petitionIds));
  }

  private List<AnswerAtConference> answers(PlanId plan) {
    return jdbc.sql("""
            select petition_id, answer, previous_answer from dialogue_conference_answer
            where district_code = ? and plan_year = ? and plan_number = ? order by petition_id""")
        .params(plan.districtCode(), plan.year(), plan.planNumber())
        .query((rs, row) -> new AnswerAtConference(rs.getLong("petition_id"), rs.getString("answer"),
            rs.getString("previous_answer")))
        .list();
  }

  /** A petition the record changes, locked. */
  private record Locked(long id, PetitionState state, String answer) {}

  private Map<Long, Locked> lock(PlanId plan, RecordedConference record) {
    Map<Long, Locked> rows = new LinkedHashMap<>();
    List<Long> ids = record.petitionIds().stream().sorted().toList();
    if (!ids.isEmpty()) {
      jdbc.sql("""
              select id, state, answer from dialogue_petition where id in (:ids)
                  and district_code = :district and plan_year = :year and plan_number = :number
              order by id for update""")
          .param("ids", ids).param("district", plan.districtCode()).param("year", plan.year())
          .param("number", plan.planNumber())
          .query(rs -> {
            rows.put(rs.getLong("id"), new Locked(rs.getLong("id"), PetitionState.valueOf(rs.getString("state")),
                rs.getString("answer")));
          });
    }
    Submission s = Submission.of(Map.of());
    Map<Long, PetitionState> states = new LinkedHashMap<>();
    rows.forEach((id, row) -> states.put(id, row.state()));
    PetitionRules.check(s, plan, record, states);
    s.throwIfInvalid("Không thể lưu kết quả Hội nghị");
    return rows;
  }

  /** The petition's new state (and the answer given, if any), its version counted up, a line in its trail. */
  private void change(long petitionId, PetitionState state, String answer, Timestamp at, String by, ChangeKind kind,
                      String detail) {
    if (answer == null) {
      jdbc.sql("update dialogue_petition set state = ?, version = version + 1 where id = ?")
          .params(state.name(), petitionId).update();
    } else {
      jdbc.sql("""
              update dialogue_petition set state = ?, answer = ?, answered_at = ?, answered_by = ?,
                  version = version + 1 where id = ?""")
          .params(state.name(), answer, at, by, petitionId).update();
    }
    jdbc.sql("insert into dialogue_petition_change (petition_id, changed_at, changed_by, kind, detail) "
            + "values (?, ?, ?, ?, ?)")
        .params(petitionId, at, by, kind.name(), detail).update();
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
