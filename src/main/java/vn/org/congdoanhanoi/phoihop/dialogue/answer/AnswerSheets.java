package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The departments' answer sheets: which departments answer a plan, each sheet's petitions with their draft answers,
 * saving answers in bulk (the petitions' rows locked in id order, the draft's version compared: a stale one is a 409
 * and nothing is written), sending answers back and, on approval, writing them to the petitions with a trail line.
 * A sheet's petitions are those assigned to the department; merged duplicates follow the petition they were merged
 * into and get its answer.
 */
@Service
@RequiredArgsConstructor
public class AnswerSheets {

  /** Where a sheet's petitions are: the plan, the department, neither merged nor still waiting for consolidation. */
  private static final String SHEET = " " + """
       p.district_code = :district and p.plan_year = :year and p.plan_number = :number
       and p.department_code = :department and p.state not in ('MERGED', 'RECEIVED')""";

  private static final String FROM =
      " from dialogue_petition p left join dialogue_answer_draft d on d.petition_id = p.id where";

  private final JdbcClient jdbc;
  private final EngineClock clock;
  private final OrganizationDirectory organization;

  /** The departments with assigned petitions, sorted: one sheet each. */
  public List<String> departmentsToAnswer(PlanId plan) {
    return jdbc.sql("""
            select distinct department_code from dialogue_petition
            where district_code = ? and plan_year = ? and plan_number = ? and state = ?
                and department_code is not null
            order by department_code""")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), PetitionState.ASSIGNED.name())
        .query(String.class).list();
  }

  /** How many of the plan's petitions are neither assigned nor merged yet. */
  public long stillReceived(PlanId plan) {
    return jdbc.sql("select count(*) from dialogue_petition where district_code = ? and plan_year = ? "
            + "and plan_number = ? and state = ?")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), PetitionState.RECEIVED.name())
        .query(Long.class).single();
  }

  /**
   * Opens (or, for a conference started again, reopens) the department's sheet for this instance.
   *
   * @return how many petitions it holds
   */
  @Transactional
  public int open(PlanId plan, String department, String processInstanceId) {
    jdbc.sql("delete from dialogue_answer_sheet where district_code = ? and plan_year = ? and plan_number = ? "
            + "and department_code = ?")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), department).update();
    jdbc.sql("insert into dialogue_answer_sheet (district_code, plan_year, plan_number, department_code, "
            + "process_instance_id, opened_at) values (?, ?, ?, ?, ?, ?)")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), department, processInstanceId, now()).update();
    return jdbc.sql("select count(*) from dialogue_petition p where" + SHEET).params(sheet(plan, department))
        .query(Integer.class).single();
  }

  /** The instance answering the department's sheet of the plan, if it was opened. */
  public Optional<String> instanceOf(PlanId plan, String department) {
    return jdbc.sql("select process_instance_id from dialogue_answer_sheet where district_code = ? and plan_year = ? "
            + "and plan_number = ? and department_code = ?")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), department).query(String.class).optional();
  }

  /** A page of the sheet's petitions in id order, optionally of one topic or one answer state; page counts from 0. */
  public SheetPage page(PlanId plan, String department, PetitionTopic topic, AnswerState state, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, Petitions.MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    Map<String, Object> params = sheet(plan, department);
    StringBuilder where = new StringBuilder(SHEET);
    if (topic != null) {
      where.append(" and p.topic = :topic");
      params.put("topic", topic.name());
    }
    if (state == AnswerState.NONE) {
      where.append(" and d.petition_id is null");
    } else if (state != null) {
      where.append(" and d.state = :answerState");
      params.put("answerState", state.name());
    }
    long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    params.put("limit", pageSize);
    params.put("offset", (long) pageNumber * pageSize);
    List<SheetPetition> items = select(where + " order by p.id limit :limit offset :offset", params);
    return new SheetPage(total, unanswered(plan, department), pageNumber, pageSize, items);
  }

  /** These petitions of the sheet as the sheet shows them, e.g. after a save. */
  public List<SheetPetition> shown(PlanId plan, String department, Collection<Long> ids) {
    Map<String, Object> params = sheet(plan, department);
    params.put("ids", ids);
    return select(SHEET + " and p.id in (:ids) order by p.id", params);
  }

  private List<SheetPetition> select(String where, Map<String, Object> params) {
    return jdbc.sql("""
            select p.id, p.union_code, p.topic, p.body, p.state,
                (select count(*) from dialogue_petition m where m.merged_into = p.id) as merged,
                d.body as answer, d.template_code, d.state as answer_state, d.review_note, d.saved_at, d.saved_by,
                coalesce(d.version, 0) as version""" + FROM + where)
        .params(params).query(this::sheetPetition).list();
  }

  /** The sheet's petitions that have no answer ready: none yet, or sent back and not answered again. */
  public long unanswered(PlanId plan, String department) {
    return jdbc.sql("select count(*) from dialogue_petition p left join dialogue_answer_draft d on d.petition_id = p.id "
            + "where" + SHEET + " and p.state = :assigned and (d.petition_id is null or d.state = :sentBack)")
        .params(sheet(plan, department)).param("assigned", PetitionState.ASSIGNED.name())
        .param("sentBack", AnswerState.SENT_BACK.name()).query(Long.class).single();
  }

  /**
   * Saves one text as the answer to every named petition of the sheet, all or none: a petition not on the sheet or
   * already answered is a field error, one whose answer changed since it was seen a 409.
   */
  @Transactional
  public void save(PlanId plan, String department, List<SeenAnswer> seen, String text, String templateCode,
                   String by) {
    Map<Long, Integer> versions = lock(plan, department, seen.stream().map(SeenAnswer::id).toList(),
        AnswerFields.SELECTED);
    for (SeenAnswer answer : seen) {
      int current = versions.get(answer.id());
      if (current != answer.version()) {
        throw new ConflictException("Câu trả lời kiến nghị số " + answer.id() + " vừa được người khác lưu (bạn đã xem "
            + "phiên bản " + answer.version() + ", nay là phiên bản " + current + "); không có gì được lưu, hãy tải "
            + "lại danh sách và thử lại.");
      }
    }
    for (SeenAnswer answer : seen) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("id", answer.id());
      values.put("department", department);
      values.put("body", text);
      values.put("template", templateCode);
      values.put("state", AnswerState.DRAFT.name());
      values.put("at", now());
      values.put("by", by);
      int updated = jdbc.sql("""
              update dialogue_answer_draft set body = :body, template_code = :template, state = :state,
                  review_note = null, version = version + 1, saved_at = :at, saved_by = :by
              where petition_id = :id""").params(values).update();
      if (updated == 0) {
        jdbc.sql("""
                insert into dialogue_answer_draft (petition_id, department_code, body, template_code, state, version,
                    saved_at, saved_by) values (:id, :department, :body, :template, :state, 1, :at, :by)""")
            .params(values).update();
      }
    }
  }

  /** The reviewer's reasons, by petition: those answers go back to the department, the others stay as they are. */
  @Transactional
  public void sendBack(PlanId plan, String department, Map<Long, String> reasons) {
    lock(plan, department, reasons.keySet(), DepartmentAnswers.Vars.SENT_BACK.name());
    reasons.forEach((id, reason) -> {
      int sent = jdbc.sql("update dialogue_answer_draft set state = ?, review_note = ?, "
              + "version = version + 1 where petition_id = ? and state = ?")
          .params(AnswerState.SENT_BACK.name(), reason, id, AnswerState.DRAFT.name()).update();
      if (sent > 0) {
        jdbc.sql("insert into dialogue_answer_send_back (petition_id, department_code, sent_back_at, reason) "
                + "values (?, ?, ?, ?)")
            .params(id, department, now(), reason).update();
      }
    });
  }

  /** The days the chairman's office sent each department's answers back, by department, oldest first. */
  public Map<String, List<LocalDate>> sentBackDays(PlanId plan) {
    Map<String, List<LocalDate>> days = new java.util.TreeMap<>();
    jdbc.sql("""
            select distinct s.department_code, cast(s.sent_back_at as date) as day
            from dialogue_answer_send_back s join dialogue_petition p on p.id = s.petition_id
            where p.district_code = ? and p.plan_year = ? and p.plan_number = ?
            order by s.department_code, day""")
        .params(plan.districtCode(), plan.year(), plan.planNumber())
        .query((rs, n) -> days.computeIfAbsent(rs.getString(1), d -> new ArrayList<>())
            .add(rs.getObject(2, LocalDate.class))).list();
    return days;
  }

  /** The ids of the sheet's petitions whose answer is saved and waits for review. */
  public List<Long> drafted(PlanId plan, String department) {
    return jdbc.sql("select p.id from dialogue_petition p join dialogue_answer_draft d on d.petition_id = p.id where"
            + SHEET + " and d.state = :draft and p.state = :assigned order by p.id")
        .params(sheet(plan, department)).param("draft", AnswerState.DRAFT.name())
        .param("assigned", PetitionState.ASSIGNED.name()).query(Long.class).list();
  }

  /**
   * Writes every saved answer of the sheet to its petition (and to the duplicates merged into it): the text, when
   * and by whom, state ANSWERED, a line in the trail; in one transaction. A petition answered already is left alone,
   * so running it again changes nothing.
   */
  @Transactional
  public int approve(PlanId plan, String department) {
    List<Long> ids = drafted(plan, department);
    if (ids.isEmpty()) {
      return 0;
    }
    lock(plan, department, ids, DepartmentAnswers.Vars.REVIEW_DECISION.name());
    String departmentName = organization.department(department).map(d -> d.name()).orElse(department);
    int answered = 0;
    for (long id : ids) {
      Draft draft = jdbc.sql("select body, saved_at, saved_by from dialogue_answer_draft where petition_id = ?")
          .params(id).query((rs, row) -> new Draft(rs.getString("body"), rs.getTimestamp("saved_at"),
              rs.getString("saved_by"))).single();
      List<Long> followers = jdbc.sql("select id from dialogue_petition where merged_into = ? order by id")
          .params(id).query(Long.class).list();
      List<Long> targets = new ArrayList<>(List.of(id));
      targets.addAll(followers);
      for (long target : targets) {
        // A duplicate merged into the answered petition gets its answer but stays MERGED: the union sees the link
        // to the petition that answers it, and the figures count it once, as merged.
        jdbc.sql("update dialogue_petition set answer = ?, answered_at = ?, answered_by = ?, state = ?, "
                + "version = version + 1 where id = ?")
            .params(draft.body(), now(), draft.savedBy(),
                (target == id ? PetitionState.ANSWERED : PetitionState.MERGED).name(), target).update();
        jdbc.sql("insert into dialogue_petition_change (petition_id, changed_at, changed_by, kind, detail) "
                + "values (?, ?, ?, ?, ?)")
            .params(target, now(), draft.savedBy(), ChangeKind.ANSWER.name(), (target == id ? "" : "Trả lời cùng "
                + "kiến nghị số " + id + " (kiến nghị này đã được gộp vào). ") + departmentName + " trả lời, Văn "
                + "phòng HĐND và UBND đã duyệt: «" + draft.body() + "»")
            .update();
      }
      jdbc.sql("update dialogue_answer_draft set state = ?, version = version + 1 where petition_id = ?")
          .params(AnswerState.APPROVED.name(), id).update();
      answered++;
    }
    return answered;
  }

  private record Draft(String body, Timestamp savedAt, String savedBy) {}

  /**
   * Locks the named petitions in id order (two savers never deadlock), checks that each is on the sheet and still
   * waits for its answer (a field error otherwise) and returns each one's draft version (0: no draft yet).
   */
  private Map<Long, Integer> lock(PlanId plan, String department, Collection<Long> named, String field) {
    List<Long> ids = named.stream().distinct().sorted().toList();
    Map<String, Object> params = sheet(plan, department);
    params.put("ids", ids);
    Map<Long, String> states = new LinkedHashMap<>();
    jdbc.sql("select p.id, p.state from dialogue_petition p where p.id in (:ids) and" + SHEET
            + " order by p.id for update")
        .params(params).query((ResultSet rs) -> {
          states.put(rs.getLong("id"), rs.getString("state"));
        });
    Submission s = Submission.of(Map.of());
    for (long id : ids) {
      String state = states.get(id);
      if (state == null) {
        s.violation(field, "Kiến nghị số " + id + " không có trong phiếu trả lời của phòng, ban " + department
            + " theo " + plan.describe() + ".");
      } else if (!PetitionState.ASSIGNED.name().equals(state)) {
        s.violation(field, "Kiến nghị số " + id + " đã ở trạng thái '" + PetitionState.valueOf(state).label()
            + "': câu trả lời không còn thay đổi được.");
      }
    }
    s.throwIfInvalid("Không thể lưu câu trả lời");
    Map<Long, Integer> versions = new LinkedHashMap<>();
    ids.forEach(id -> versions.put(id, 0));
    jdbc.sql("select petition_id, version from dialogue_answer_draft where petition_id in (:ids)").param("ids", ids)
        .query((ResultSet rs) -> {
          versions.put(rs.getLong("petition_id"), rs.getInt("version"));
        });
    return versions;
  }

  private static Map<String, Object> sheet(PlanId plan, String department) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("district", plan.districtCode());
    params.put("year", plan.year());
    params.put("number", plan.planNumber());
    params.put("department", department);
    return params;
  }

  private SheetPetition sheetPetition(ResultSet rs, int row) throws SQLException {
    PetitionTopic topic = PetitionTopic.valueOf(rs.getString("topic"));
    PetitionState state = PetitionState.valueOf(rs.getString("state"));
    String stored = rs.getString("answer_state");
    AnswerState answerState = stored == null ? AnswerState.NONE : AnswerState.valueOf(stored);
    String union = rs.getString("union_code");
    Timestamp savedAt = rs.getTimestamp("saved_at");
    return new SheetPetition(rs.getLong("id"), union,
        organization.grassrootsUnit(union).map(GrassrootsUnion::name).orElse(union), topic, topic.label(),
        rs.getString("body"), state, state.label(), rs.getInt("merged"), rs.getString("answer"),
        rs.getString("template_code"), answerState, answerState.label(), rs.getString("review_note"),
        savedAt == null ? null : savedAt.toLocalDateTime(), rs.getString("saved_by"), rs.getInt("version"));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
