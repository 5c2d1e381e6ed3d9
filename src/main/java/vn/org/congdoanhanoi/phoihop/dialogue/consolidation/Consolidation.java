package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The district federation's consolidation of a plan's petitions: merge duplicates, split one in two, edit the text
 * (the original kept), assign to a department. Each change is one transaction that locks the petitions it touches in
 * id order and compares the version the official saw: a petition another official changed meanwhile is a 409 and
 * nothing is written; every petition changed gets a line in its trail.
 */
@Service
@RequiredArgsConstructor
public class Consolidation {

  /**
   * A petition's new text and topic (null: the topic it has). Of a split's two parts the first stays in the
   * petition, the second becomes a new petition of the same union.
   */
  public record Part(PetitionTopic topic, String text) {}

  /** Only petitions still being consolidated change; merged or answered ones keep what the union was told. */
  private static final Set<PetitionState> CHANGEABLE = EnumSet.of(PetitionState.RECEIVED, PetitionState.ASSIGNED);

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final EngineClock clock;
  private final OrganizationDirectory organization;

  /** Merges the duplicates into the petition that answers them; the ones merged into a duplicate follow it. */
  @Transactional
  public void merge(PlanId plan, SeenPetition into, List<SeenPetition> duplicates, String by) {
    List<SeenPetition> all = new ArrayList<>(duplicates);
    all.add(into);
    lock(plan, all, id -> id == into.id() ? ConsolidationFields.INTO : ConsolidationFields.DUPLICATES);
    List<Long> ids = duplicates.stream().map(SeenPetition::id).toList();
    for (long id : ids) {
      change(id, "state = :state, merged_into = :into", Map.of("state", PetitionState.MERGED.name(), "into",
          into.id()), by, ChangeKind.MERGE, "Gộp vào kiến nghị số " + into.id() + " (trùng nội dung): kiến nghị số "
          + into.id() + " được trả lời thay cho kiến nghị này.");
      List<Long> followers = jdbc.sql("select id from dialogue_petition where merged_into = ? order by id")
          .params(id).query(Long.class).list();
      for (long follower : followers) {
        change(follower, "merged_into = :into", Map.of("into", into.id()), by, ChangeKind.MERGE,
            "Kiến nghị số " + id + " (mà kiến nghị này đã gộp vào) được gộp vào kiến nghị số " + into.id()
                + ": nay kiến nghị số " + into.id() + " được trả lời thay cho kiến nghị này.");
      }
    }
    change(into.id(), "", Map.of(), by, ChangeKind.MERGE, "Các kiến nghị trùng số " + ids.stream()
        .map(String::valueOf).collect(Collectors.joining(", ")) + " được gộp vào kiến nghị này.");
  }

  /**
   * Splits a petition in two: it keeps the first part, a new petition of the same union, channel, arrival and
   * department takes the second; both keep the whole text as it arrived and the new one names the petition it came
   * from.
   *
   * @return the new petition's id
   */
  @Transactional
  public long split(PlanId plan, SeenPetition petition, Part kept, Part split, String by) {
    Locked row = lock(plan, List.of(petition), id -> ConsolidationFields.ID).get(petition.id());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into dialogue_petition (district_code, plan_year, plan_number, union_code, topic, body,
                original_body, edited_at, edited_by, channel, source_reference, received_at, received_by, state,
                split_from, department_code)
            select district_code, plan_year, plan_number, union_code, :topic, :body, coalesce(original_body, body),
                :at, :by, channel, :source, received_at, received_by, state, id, department_code
            from dialogue_petition where id = :id""")
        .param("topic", (split.topic() == null ? row.topic() : split.topic()).name()).param("body", split.text()).param("at", now()).param("by", by)
        // one split per version of the petition: unique whatever the channel's own references look like
        .param("source", "split:" + row.id() + ":" + (row.version() + 1)).param("id", row.id())
        .update(key, "id");
    long created = key.getKeyAs(Number.class).longValue();
    edit(row, kept, by, ChangeKind.SPLIT, "Tách thành kiến nghị này và kiến nghị số " + created + ". ");
    record(created, by, ChangeKind.SPLIT, "Tách từ kiến nghị số " + row.id() + "; nội dung khi tiếp nhận được giữ "
        + "lại ở cả hai kiến nghị.");
    return created;
  }

  /** Replaces the text (and, if given, the topic); the text as it arrived is kept beside it. */
  @Transactional
  public void edit(PlanId plan, SeenPetition petition, Part changed, String by) {
    Locked row = lock(plan, List.of(petition), id -> ConsolidationFields.ID).get(petition.id());
    edit(row, changed, by, ChangeKind.EDIT, "");
  }

  /**
   * Assigns every petition to the chosen department, or each to its district's default department for its topic
   * (the organisation data): all or none.
   *
   * @return the department each petition was assigned to
   */
  @Transactional
  public Map<Long, String> assign(PlanId plan, List<SeenPetition> petitions, String chosenDepartment, String by) {
    Submission s = Submission.of(Map.of());
    Department chosen = null;
    if (chosenDepartment != null) {
      chosen = organization.department(chosenDepartment)
          .filter(department -> department.districtCode().equals(plan.districtCode())).orElse(null);
      s.check(chosen != null, ConsolidationFields.DEPARTMENT, "Phòng, ban '" + Submission.quote(chosenDepartment)
          + "' không phải phòng, ban của quận, huyện " + plan.districtCode() + " trong dữ liệu tổ chức.");
      s.throwIfInvalid("Không thể giao kiến nghị");
    }
    Map<Long, Locked> rows = lock(plan, petitions, id -> ConsolidationFields.SELECTED);
    Map<Long, Department> departments = new LinkedHashMap<>();
    for (SeenPetition petition : petitions) {
      Locked row = rows.get(petition.id());
      Department department = chosen != null ? chosen
          : organization.defaultDepartment(plan.districtCode(), row.topic().name()).orElse(null);
      s.check(department != null, ConsolidationFields.SELECTED, "Kiến nghị số " + row.id() + " (nhóm '"
          + row.topic().label() + "'): quận, huyện chưa có phòng, ban mặc định trả lời nhóm này; hãy chọn phòng, "
          + "ban (departmentCode).");
      departments.put(row.id(), department);
    }
    s.throwIfInvalid("Không thể giao kiến nghị");
    Map<Long, String> assigned = new LinkedHashMap<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> trail = new ArrayList<>();
    Timestamp at = now();
    departments.forEach((id, department) -> {
      String before = rows.get(id).departmentCode();
      updates.add(new Object[] {PetitionState.ASSIGNED.name(), department.code(), id});
      trail.add(new Object[] {id, at, by, ChangeKind.ASSIGN.name(), "Giao " + department.name() + " ("
          + department.code() + ") trả lời" + (before == null || before.equals(department.code()) ? "."
          : " thay cho phòng, ban " + before + ".")});
      assigned.put(id, department.code());
    });
    // Two JDBC batches, not two statements per petition: a bulk assignment holds up to 200 (the benchmark's
    // 200-petition assignment went from about 400 round trips to 3, lock included).
    batch.batchUpdate("update dialogue_petition set state = ?, department_code = ?, version = version + 1 "
        + "where id = ?", updates);
    batch.batchUpdate(RECORD, trail);
    return assigned;
  }

  /** The petition's changes, oldest first. */
  public List<PetitionChange> trail(long petitionId) {
    return jdbc.sql("select changed_at, changed_by, kind, detail from dialogue_petition_change "
            + "where petition_id = ? order by id")
        .params(petitionId)
        .query((rs, row) -> {
          ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
          return new PetitionChange(rs.getTimestamp("changed_at").toLocalDateTime(), rs.getString("changed_by"),
              kind, kind.label(), rs.getString("detail"));
        })
        .list();
  }

  private void edit(Locked row, Part changed, String by, ChangeKind kind, String prefix) {
    PetitionTopic topic = changed.topic() == null ? row.topic() : changed.topic();
    change(row.id(), """
            topic = :topic, body = :body, original_body = coalesce(original_body, body), edited_at = :at,
                edited_by = :by""",
        Map.of("topic", topic.name(), "body", changed.text(), "at", now(), "by", by), by, kind,
        prefix + "Nội dung trước khi sửa: «" + row.body() + "»" + (row.topic() == topic ? "."
            : "; nhóm nội dung trước: " + row.topic().label() + "."));
  }

  /** One petition's change: its columns, its version counted up, and a line in its trail. */
  private void change(long id, String assignments, Map<String, Object> values, String by, ChangeKind kind,
                      String detail) {
    jdbc.sql("update dialogue_petition set " + (assignments.isEmpty() ? "" : assignments + ", ")
            + "version = version + 1 where id = :id")
        .params(values).param("id", id).update();
    record(id, by, kind, detail);
  }

  private static final String RECORD = "insert into dialogue_petition_change (petition_id, changed_at, changed_by, "
      + "kind, detail) values (?, ?, ?, ?, ?)";

  private void record(long id, String by, ChangeKind kind, String detail) {
    jdbc.sql(RECORD).params(id, now(), by, kind.name(), detail).update();
  }

  /** A petition locked for a change: what the change and its trail need. */
  private record Locked(long id, int version, PetitionTopic topic, String body, PetitionState state,
                        String departmentCode) {}

  /**
   * Locks the plan's petitions, and those merged into them (a merge moves them), in one statement in id order, so
   * two officials' changes never deadlock; then checks the named ones: one that is not the plan's, or no longer
   * being consolidated, is a field error; one changed since the official saw it a 409.
   */
  private Map<Long, Locked> lock(PlanId plan, Collection<SeenPetition> seen, Function<Long, String> field) {
    List<Long> ids = seen.stream().map(SeenPetition::id).distinct().sorted().toList();
    Map<Long, Locked> rows = new LinkedHashMap<>();
    jdbc.sql("""
            select id, version, topic, body, state, department_code from dialogue_petition
            where (id in (:ids) or merged_into in (:ids))
                and district_code = :district and plan_year = :year and plan_number = :number
            order by id for update""")
        .param("ids", ids).param("district", plan.districtCode()).param("year", plan.year())
        .param("number", plan.planNumber())
        .query(Consolidation::locked).list().stream().filter(row -> ids.contains(row.id()))
        .forEach(row -> rows.put(row.id(), row));
    Submission s = Submission.of(Map.of());
    for (long id : ids) {
      Locked row = rows.get(id);
      if (row == null) {
        s.violation(field.apply(id), "Kiến nghị số " + id + " không thuộc " + plan.describe() + ".");
      } else if (!CHANGEABLE.contains(row.state())) {
        s.violation(field.apply(id), "Kiến nghị số " + id + " đang ở trạng thái '" + row.state().label()
            + "': không còn thay đổi được khi tổng hợp.");
      }
    }
    s.throwIfInvalid("Không thể thay đổi kiến nghị");
    // Once the departments have their answer sheets, a petition moved to another department would sit with one that
    // has no sheet: consolidation is over.
    if (jdbc.sql("select count(*) from dialogue_answer_sheet where district_code = ? and plan_year = ? "
            + "and plan_number = ?").params(plan.districtCode(), plan.year(), plan.planNumber())
        .query(Long.class).single() > 0) {
      throw new ConflictException("Các phòng, ban đã nhận phiếu trả lời kiến nghị của " + plan.describe()
          + "; việc tổng hợp đã kết thúc, không thay đổi được kiến nghị nữa.");
    }
    for (SeenPetition petition : seen) {
      int current = rows.get(petition.id()).version();
      if (current != petition.version()) {
        throw new ConflictException("Kiến nghị số " + petition.id() + " vừa được người khác thay đổi (bạn đã xem "
            + "phiên bản " + petition.version() + ", nay là phiên bản " + current + "); không có gì được lưu, hãy "
            + "tải lại danh sách và thử lại.");
      }
    }
    return rows;
  }

  private static Locked locked(ResultSet rs, int row) throws SQLException {
    return new Locked(rs.getLong("id"), rs.getInt("version"), PetitionTopic.valueOf(rs.getString("topic")),
        rs.getString("body"), PetitionState.valueOf(rs.getString("state")), rs.getString("department_code"));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
