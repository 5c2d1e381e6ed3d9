package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceMatters.Held;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
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
 * A dialogue conference in the compliance matrix, one row per grassroots union it reaches: invited (its
 * {@code dialogue-union-petitions} instance started), petitions sent (on time, late or excused, by which channels),
 * answered, and the answers mail queued. Facts come from the petition store in one grouped query, the mail outbox and the history
 * in three queries, whatever the number of unions. The district federation sees every row, a union its own.
 */
@Component
public class UnionStepsComplianceSource implements ComplianceSource {

  public static final Milestone INVITED = new Milestone("INVITED", "Được giao gửi kiến nghị");
  public static final Milestone SENT = new Milestone("PETITIONS_SENT", "Gửi kiến nghị");
  public static final Milestone ANSWERED = new Milestone("ANSWERED", "Có trả lời");
  public static final Milestone ANSWER_RECEIVED = new Milestone("ANSWER_RECEIVED", "Nhận trả lời");
  static final List<Milestone> MILESTONES = List.of(INVITED, SENT, ANSWERED, ANSWER_RECEIVED);
  static final String TITLE = "Tiến độ gửi và nhận trả lời kiến nghị (Hội nghị đối thoại với CNVCLĐ)";
  /** States in which a petition has had its answer, in writing or at the conference. */
  private static final Set<String> ANSWERED_STATES = Set.of(PetitionState.ANSWERED.name(),
      PetitionState.ANSWERED_AT_CONFERENCE.name(), PetitionState.FOLLOW_UP.name(), PetitionState.CLOSED.name());

  private final ConferenceMatters conferences;
  private final JdbcClient jdbc;
  private final HistoryService history;
  private final OrganizationDirectory organization;
  private final WorkingDays workingDays;
  private final int answersDueWorkingDays;
  private final Notifications notifications;

  UnionStepsComplianceSource(ConferenceMatters conferences, JdbcClient jdbc, @Lazy HistoryService history,
                             OrganizationDirectory organization, WorkingDays workingDays,
                             @Value("${phoihop.dialogue.answers-due-working-days:10}") int answersDueWorkingDays,
                             Notifications notifications) {
    this.notifications = notifications;
    this.conferences = conferences;
    this.jdbc = jdbc;
    this.history = history;
    this.organization = organization;
    this.workingDays = workingDays;
    this.answersDueWorkingDays = answersDueWorkingDays;
  }

  @Override
  public String kind() {
    return DialogueConference.KEY;
  }

  @Override
  public String slug() {
    return "doi-thoai";
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
    return scope.sees(subject.unitCode()) || scope.grassrootsUnionCodes().contains(subject.code());
  }

  @Override
  public SubjectKind subjectKind() {
    return SubjectKind.UNIT;
  }

  @Override
  public Optional<ComplianceFacts> facts(String documentNumber, Integer year) {
    return conferences.find(documentNumber, year).map(this::facts);
  }

  private ComplianceFacts facts(Held held) {
    PlanId plan = held.plan();
    Map<String, UnionRow> rows = unionRows(plan);
    Map<String, HistoricProcessInstance> invited = unionInstances(held);
    Map<String, Map<String, Object>> unionVars = unionVariables(invited.values());
    Map<String, LocalDate> mailed = answerMails(held);
    String districtName = organization.federation(plan.districtCode());
    DueDate answersReceivedDue = workingDays.plus(held.conferenceDate(), answersDueWorkingDays);

    List<SubjectFacts> subjects = new ArrayList<>();
    for (UnionRow row : rows.values()) {
      HistoricProcessInstance instance = invited.get(row.unionCode());
      Map<String, Object> vars = instance == null ? Map.of() : unionVars.getOrDefault(instance.getId(), Map.of());
      LocalDate deadline = UnionPetitions.Vars.DEADLINE.optional(vars).orElse(held.petitionDeadline());
      String excused = UnionPetitions.Vars.EXCUSE_REASON.orNull(vars);
      Map<String, MilestoneFact> facts = new LinkedHashMap<>();
      facts.put(INVITED.id(), instance == null ? MilestoneFact.pending(held.petitionDeadline(), null)
          : MilestoneFact.done(held.petitionDeadline(), EngineClock.toLocal(instance.getStartTime()).toLocalDate(), null));
      if (row.firstSent() != null) {
        facts.put(SENT.id(), MilestoneFact.done(deadline, row.firstSent(), row.petitions() + " kiến nghị, qua "
            + row.channels().stream().map(ConferenceReportDocument::channelLabel).collect(Collectors.joining(", "))));
      } else if (excused != null) {
        facts.put(SENT.id(), MilestoneFact.notApplicable(deadline, "Được miễn: " + excused));
      } else {
        facts.put(SENT.id(), MilestoneFact.pending(deadline, null));
      }
      if (row.petitions() == 0) {
        facts.put(ANSWERED.id(), MilestoneFact.notApplicable(held.conferenceDate(), "Không có kiến nghị"));
        facts.put(ANSWER_RECEIVED.id(), MilestoneFact.notApplicable(answersReceivedDue, "Không có kiến nghị"));
      } else {
        LocalDate answered = row.unanswered() > 0 ? null
            : Objects.requireNonNullElse(row.lastAnswered(), held.conferenceDate());
        facts.put(ANSWERED.id(), answered == null
            ? MilestoneFact.pending(held.conferenceDate(), row.unanswered() + "/" + row.petitions()
                + " kiến nghị chưa có trả lời")
            : MilestoneFact.done(held.conferenceDate(), answered, null));
        LocalDate received = mailed.get(row.unionCode());
        facts.put(ANSWER_RECEIVED.id(), received == null ? MilestoneFact.pending(answersReceivedDue, null)
            : MilestoneFact.done(answersReceivedDue, received, "Đã gửi thư trả lời"));
      }
      String name = organization.grassrootsUnit(row.unionCode()).map(GrassrootsUnion::name).orElse(row.unionCode());
      subjects.add(new SubjectFacts(new Subject(SubjectKind.UNIT, row.unionCode(), name, plan.districtCode(),
          districtName), facts));
    }
    return new ComplianceFacts(held.documentNumber(), plan.year(), "Hội nghị đối thoại với CNVCLĐ – " + districtName,
        held.issuedOn(), held.conferenceDate(),
        held.completed(), subjects);
  }

  /** One union's petitions in figures. */
  private record UnionRow(String unionCode, long petitions, long unanswered, LocalDate firstSent,
                          LocalDate lastAnswered, Set<PetitionChannel> channels) {}

  private Map<String, UnionRow> unionRows(PlanId plan) {
    Map<String, UnionRow> rows = new LinkedHashMap<>();
    Object[] params = {plan.districtCode(), plan.year(), plan.planNumber()};
    Map<String, Set<PetitionChannel>> channels = new HashMap<>();
    jdbc.sql("select distinct union_code, channel from dialogue_petition where district_code = ? and plan_year = ?"
            + " and plan_number = ? order by union_code, channel")
        .params(params)
        .query(rs -> {
          channels.computeIfAbsent(rs.getString("union_code"), code -> new LinkedHashSet<>())
              .add(PetitionChannel.valueOf(rs.getString("channel")));
        });
    String answered = ANSWERED_STATES.stream().map(state -> "'" + state + "'").collect(Collectors.joining(", "));
    jdbc.sql("""
            select u.union_code, count(p.id) as petitions, min(p.received_at) as first_sent,
                sum(case when p.id is not null and coalesce(m.state, p.state) not in (%s) then 1 else 0 end)
                    as unanswered,
                max(coalesce(m.answered_at, p.answered_at)) as last_answered
            from dialogue_conference_union u
                left join dialogue_petition p on p.district_code = u.district_code and p.plan_year = u.plan_year
                    and p.plan_number = u.plan_number and p.union_code = u.union_code
                left join dialogue_petition m on m.id = p.merged_into
            where u.district_code = ? and u.plan_year = ? and u.plan_number = ?
            group by u.union_code order by u.union_code""".formatted(answered))
        .params(params)
        .query(rs -> {
          String code = rs.getString("union_code");
          rows.put(code, new UnionRow(code, rs.getLong("petitions"), rs.getLong("unanswered"),
              day(rs.getTimestamp("first_sent")), day(rs.getTimestamp("last_answered")),
              channels.getOrDefault(code, Set.of())));
        });
    return rows;
  }

  /** Each union's petitions instance of this conference (started after it), by union code. */
  private Map<String, HistoricProcessInstance> unionInstances(Held held) {
    HistoricProcessInstance conference = history.createHistoricProcessInstanceQuery()
        .processInstanceId(held.instanceId()).singleResult();
    if (conference == null) {
      return Map.of();
    }
    String prefix = UnionPetitions.businessKey(held.plan().planNumber(), "");
    Map<String, HistoricProcessInstance> byUnion = new HashMap<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKeyLike(prefix + "%").startedAfter(conference.getStartTime()).list()
        .forEach(instance -> byUnion.merge(instance.getBusinessKey().substring(prefix.length()), instance,
            (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
    return byUnion;
  }

  private Map<String, Map<String, Object>> unionVariables(java.util.Collection<HistoricProcessInstance> instances) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    if (instances.isEmpty()) {
      return byInstance;
    }
    history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(ProcessVariable.names(UnionPetitions.Vars.DEADLINE, UnionPetitions.Vars.EXCUSE_REASON))
        .disableCustomObjectDeserialization().list().stream()
        .filter(v -> v.getValue() != null && Objects.equals(v.getActivityInstanceId(), v.getProcessInstanceId()))
        .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue()));
    return byInstance;
  }

  /** The day each union's answers mail was queued, by union code. */
  private Map<String, LocalDate> answerMails(Held held) {
    String prefix = UnionAnswerMails.key(held.instanceId(), "");
    Map<String, LocalDate> byUnion = new HashMap<>();
    notifications.mailsQueued(prefix).forEach((key, queued) -> byUnion.put(key.substring(prefix.length()),
        EngineClock.toLocal(java.util.Date.from(queued)).toLocalDate()));
    return byUnion;
  }

  private static LocalDate day(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
  }

}
