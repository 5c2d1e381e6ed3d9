package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceMatters.Held;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.reporting.CampaignSummary;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceSource;
import vn.org.congdoanhanoi.phoihop.reporting.Milestone;
import vn.org.congdoanhanoi.phoihop.reporting.MilestoneFact;
import vn.org.congdoanhanoi.phoihop.reporting.Subject;
import vn.org.congdoanhanoi.phoihop.reporting.SubjectKind;

/**
 * A dialogue conference's departments in the compliance matrix, one row per department with petitions assigned:
 * assigned (by the federation's consolidation, due 3 working days after the petition deadline), answered (every one
 * of its petitions, due by the conference; late shows as overdue) and sent back by the chairman's office
 * ({@link AnswerSendBacks}). The district federation sees every row, a department its own.
 */
@Component
@RequiredArgsConstructor
public class DepartmentAnswersComplianceSource implements ComplianceSource {

  public static final Milestone ASSIGNED = new Milestone("ASSIGNED", "Được giao kiến nghị");
  public static final Milestone ANSWERED = new Milestone("ANSWERED", "Trả lời kiến nghị");
  public static final Milestone SENT_BACK = new Milestone("SENT_BACK", "Bị trả lại");
  static final List<Milestone> MILESTONES = List.of(ASSIGNED, ANSWERED, SENT_BACK);
  static final String TITLE = "Tiến độ trả lời kiến nghị của các phòng, ban (Hội nghị đối thoại với CNVCLĐ)";
  /** The consolidation is due 3 working days after the petition deadline ({@code consolidationDueAt}). */
  static final int CONSOLIDATION_WORKING_DAYS = 3;

  private final ConferenceMatters conferences;
  private final JdbcClient jdbc;
  private final OrganizationDirectory organization;
  private final WorkingDays workingDays;
  private final List<AnswerSendBacks> sendBacks;

  @Override
  public String kind() {
    return "dialogue-department-answers";
  }

  @Override
  public String slug() {
    return "doi-thoai-phong-ban";
  }

  @Override
  public String title() {
    return TITLE;
  }

  @Override
  public List<Milestone> milestones() {
    return MILESTONES;
  }

  @Override
  public List<CampaignSummary> campaigns(Set<String> unitCodes) {
    return conferences.all(unitCodes).stream().map(held -> ConferenceMatters.summary(held, TITLE)).toList();
  }

  @Override
  public Optional<Integer> year(String documentNumber, Integer year) {
    return conferences.find(documentNumber, year).map(held -> held.plan().year());
  }

  @Override
  public boolean seesRow(ReportScope scope, Subject subject) {
    return scope.sees(subject.unitCode()) || scope.departmentCodes().contains(subject.code());
  }

  @Override
  public Optional<ComplianceFacts> facts(String documentNumber, Integer year) {
    return conferences.find(documentNumber, year).map(this::facts);
  }

  private ComplianceFacts facts(Held held) {
    PlanId plan = held.plan();
    DueDate assignDue = workingDays.plus(held.petitionDeadline(), CONSOLIDATION_WORKING_DAYS);
    Map<String, List<LocalDate>> sentBack = new HashMap<>();
    sendBacks.forEach(source -> source.of(plan).forEach((code, days) ->
        sentBack.computeIfAbsent(code, c -> new ArrayList<>()).addAll(days)));
    String districtName = organization.federation(plan.districtCode());
    List<SubjectFacts> subjects = new ArrayList<>();
    jdbc.sql("""
            select p.department_code, count(*) as petitions,
                sum(case when p.answer is null and p.state not in (?, ?, ?, ?) then 1 else 0 end) as unanswered,
                max(p.answered_at) as last_answered,
                (select min(c.changed_at) from dialogue_petition_change c join dialogue_petition q
                    on q.id = c.petition_id where c.kind = ? and q.district_code = p.district_code
                    and q.plan_year = p.plan_year and q.plan_number = p.plan_number
                    and q.department_code = p.department_code) as assigned_at
            from dialogue_petition p
            where p.district_code = ? and p.plan_year = ? and p.plan_number = ? and p.department_code is not null
                and p.state <> ?
            group by p.district_code, p.plan_year, p.plan_number, p.department_code
            order by p.department_code""")
        .params(PetitionState.ANSWERED.name(), PetitionState.ANSWERED_AT_CONFERENCE.name(),
            PetitionState.FOLLOW_UP.name(), PetitionState.CLOSED.name(), ChangeKind.ASSIGN.name(),
            plan.districtCode(), plan.year(), plan.planNumber(), PetitionState.MERGED.name())
        .query(rs -> {
          String code = rs.getString("department_code");
          long petitions = rs.getLong("petitions");
          long unanswered = rs.getLong("unanswered");
          LocalDate assigned = day(rs.getTimestamp("assigned_at"));
          LocalDate answered = unanswered > 0 ? null
              : Optional.ofNullable(day(rs.getTimestamp("last_answered"))).orElse(held.conferenceDate());
          Map<String, MilestoneFact> facts = new LinkedHashMap<>();
          facts.put(ASSIGNED.id(), assigned == null ? MilestoneFact.pending(assignDue, petitions + " kiến nghị")
              : MilestoneFact.done(assignDue, assigned, petitions + " kiến nghị"));
          facts.put(ANSWERED.id(), answered == null
              ? MilestoneFact.pending(held.conferenceDate(), (petitions - unanswered) + "/" + petitions
                  + " kiến nghị đã trả lời")
              : MilestoneFact.done(held.conferenceDate(), answered, petitions + "/" + petitions
                  + " kiến nghị đã trả lời"));
          List<LocalDate> back = sentBack.getOrDefault(code, List.of());
          facts.put(SENT_BACK.id(), back.isEmpty()
              ? MilestoneFact.notApplicable(held.conferenceDate(), "Không bị trả lại")
              : MilestoneFact.done(held.conferenceDate(), back.stream().max(Comparator.naturalOrder()).orElseThrow(),
                  "Trả lại " + back.size() + " lần, lần cuối " + VietnameseDates.shortDate(
                      back.stream().max(Comparator.naturalOrder()).orElseThrow())));
          String name = organization.department(code).map(Department::name).orElse(code);
          subjects.add(new SubjectFacts(new Subject(SubjectKind.UNIT, code, name, plan.districtCode(), districtName),
              facts));
        });
    return new ComplianceFacts(held.documentNumber(), plan.year(), "Hội nghị đối thoại với CNVCLĐ – " + districtName,
        held.issuedOn(), held.conferenceDate(), held.completed(), subjects);
  }

  private static LocalDate day(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
  }
}
