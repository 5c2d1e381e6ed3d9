package vn.org.congdoanhanoi.phoihop.signing.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.pvm.runtime.ActivityInstanceState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.reporting.CampaignSummary;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceSource;
import vn.org.congdoanhanoi.phoihop.reporting.Milestone;
import vn.org.congdoanhanoi.phoihop.reporting.MilestoneFact;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.Outcome;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChildren;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaigns;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * The signing campaign in the compliance matrix. Milestone dates come from Camunda's history of each unit's
 * {@code unit-signing} instance: when its tasks were completed and what was recorded. A step counts as done at
 * its latest completion, unless the unit is back at it or at an earlier step (a proposal sent back for changes,
 * a postponed ceremony to be rescheduled): then it is open again.
 */
@Component
public class SigningComplianceSource implements ComplianceSource {

  public static final Milestone PROPOSAL = new Milestone("PROPOSAL_SUBMITTED", "Gửi đề xuất");
  public static final Milestone PARTY_OPINION = new Milestone("PARTY_OPINION_RECEIVED", "Cấp ủy cho ý kiến");
  public static final Milestone CEREMONY_SCHEDULED = new Milestone("CEREMONY_SCHEDULED", "Chốt lịch Lễ ký kết");
  public static final Milestone SIGNED = new Milestone("SIGNED", "Ký kết");
  public static final Milestone REPORT_FILED = new Milestone("REPORT_FILED", "Báo cáo kết quả");
  static final List<Milestone> MILESTONES = List.of(PROPOSAL, PARTY_OPINION, CEREMONY_SCHEDULED, SIGNED,
      REPORT_FILED);

  /** The steps {@link #unitMilestones} asks about: the only ones read from the history. */
  private static final List<String> STEP_IDS = List.of(UnitSigning.Elements.PROPOSAL,
      UnitSigning.Elements.COMMITTEE_OPINION, UnitSigning.Elements.AWAIT_CLUSTER, UnitSigning.Elements.SCHEDULE_LOCAL,
      UnitSigning.Elements.REGISTER_LOCAL, UnitSigning.Elements.CLUSTER_SCHEDULED, UnitSigning.Elements.REPORT,
      UnitSigning.Elements.RECORD_NOT_SIGNED);
  /** Camunda's state code of a cancelled activity instance (ActivityInstanceState.CANCELED). */
  private static final int CANCELED = ActivityInstanceState.CANCELED.getStateCode();
  private static final Steps NO_STEPS = new Steps(Map.of());
  private static final DateTimeFormatter CEREMONY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final String[] UNIT_VARIABLES = ProcessVariable.names(UnitSigning.Vars.CEREMONY_STARTS_AT,
      UnitSigning.Vars.CEREMONY_OUTCOME, UnitSigning.Vars.SIGNED_ON, UnitSigning.Vars.SIGNING_SCOPE,
      UnitSigning.Vars.CLUSTER_NAME, UnitSigning.Vars.NOT_SIGNED_REASON, UnitSigning.Vars.DEADLINE);

  private final HistoryService history;
  private final ManagementService management;
  private final SigningResults results;
  private final OrganizationDirectory organization;
  private final WorkingDays workingDays;
  private final SigningReportProperties properties;
  private final SigningCampaigns campaigns;
  private final FanOutChildren children;
  private final JdbcClient jdbc;

  public SigningComplianceSource(HistoryService history, ManagementService management, SigningResults results,
                          OrganizationDirectory organization, WorkingDays workingDays,
                          SigningReportProperties properties, SigningCampaigns campaigns, FanOutChildren children,
                          JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.children = children;
    this.history = history;
    this.management = management;
    this.results = results;
    this.organization = organization;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  @Override
  public String kind() {
    return SigningCampaign.KEY;
  }

  @Override
  public String slug() {
    return "ky-ket";
  }

  @Override
  public String title() {
    return "Tiến độ ký kết Quy chế phối hợp";
  }

  @Override
  public List<Milestone> milestones() {
    return MILESTONES;
  }

  /**
   * In as many queries whatever the number of campaigns: the campaigns, their variables, and (for a unit's user)
   * which of them the user's units take part in.
   */
  @Override
  public List<CampaignSummary> campaigns(Set<String> unitCodes) {
    List<HistoricProcessInstance> campaigns = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SigningCampaign.KEY).orderByProcessInstanceStartTime().desc().listPage(0, 500).stream()
        .filter(campaign -> !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(campaign.getState()))
        .toList(); // cancelled ones are left out
    Map<String, Map<String, Object>> varsByCampaign = variables(campaigns);
    Set<String> withUserUnits = unitCodes == null ? null : campaignsWithUnits(campaigns, unitCodes);
    List<CampaignSummary> summaries = new ArrayList<>();
    for (HistoricProcessInstance campaign : campaigns) {
      Map<String, Object> vars = varsByCampaign.getOrDefault(campaign.getId(), Map.of());
      LocalDate issuedOn = SigningCampaign.Vars.ISSUED_ON.orNull(vars);
      if (issuedOn == null) {
        continue; // not a valid campaign: its start was refused
      }
      // The letter's year as fixed at the start; older instances have only issuedOn, whose year it is.
      int year = SigningCampaign.Vars.CAMPAIGN_YEAR.optional(vars).orElse(issuedOn.getYear());
      if (summaries.stream().anyMatch(s -> s.documentNumber().equals(campaign.getBusinessKey()) && s.year() == year)
          || withUserUnits != null && !withUserUnits.contains(campaign.getId())) {
        continue; // an older run of the same letter, or none of the user's units takes part
      }
      summaries.add(new CampaignSummary(campaign.getBusinessKey(), year, SigningCampaign.Vars.SUBJECT.orNull(vars),
          issuedOn, SigningCampaign.Vars.DEADLINE.orNull(vars), campaign.getEndTime() != null));
    }
    return summaries;
  }

  /**
   * The campaigns in which one of these units takes part: those with a unit instance of theirs (every participating
   * unit gets one at the start). One query, where reading each campaign's list of units would take one per campaign.
   */
  private Set<String> campaignsWithUnits(List<HistoricProcessInstance> campaigns, Set<String> unitCodes) {
    String[] businessKeys = campaigns.stream().map(HistoricProcessInstance::getBusinessKey).distinct()
        .flatMap(number -> unitCodes.stream().map(code -> UnitSigning.businessKey(number, code)))
        .toArray(String[]::new);
    if (businessKeys.length == 0) {
      return Set.of();
    }
    return children.parentsOf(history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitSigning.KEY)
        .processInstanceBusinessKeyIn(businessKeys).list());
  }

  @Override
  public Optional<Integer> year(String documentNumber, Integer year) {
    return campaigns.find(documentNumber, year).map(CampaignId::year);
  }

  @Override
  public Optional<ComplianceFacts> facts(String documentNumber, Integer year) {
    // Without a year, the letter of the most recent year with that number.
    CampaignId id = campaigns.find(documentNumber, year).orElse(null);
    HistoricProcessInstance campaign = id == null ? null : campaigns.instanceId(id)
        .map(instanceId -> history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult())
        .orElse(null);
    if (campaign == null) {
      return Optional.empty();
    }
    Map<String, Object> vars = variables(List.of(campaign), SigningCampaign.Vars.UNIT_CODES)
        .getOrDefault(campaign.getId(), Map.of());
    LocalDate issuedOn = SigningCampaign.Vars.ISSUED_ON.orNull(vars);
    LocalDate deadline = SigningCampaign.Vars.DEADLINE.orNull(vars);
    if (issuedOn == null || deadline == null) {
      return Optional.empty(); // not a valid campaign: its start was refused
    }
    Map<String, HistoricProcessInstance> instances = children.historic(campaign.getId(), UnitSigning.KEY).stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getBusinessKey, Function.identity(),
            (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
    Map<String, Map<String, Object>> unitVars = unitVariables(campaign.getId());
    Map<String, Steps> stepsByInstance = unitSteps(campaign.getId());
    Map<String, UnitResult> resultByUnit = results.forCampaign(id).stream()
        .collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
    // Each unit is judged against its own deadline: a deadline changed for one unit (DeadlineChanges) is not the
    // campaign's. Units sharing a deadline share its due dates.
    Map<LocalDate, Dues> duesByDeadline = new HashMap<>();

    List<SubjectFacts> units = new ArrayList<>();
    for (String code : SigningCampaign.Vars.UNIT_CODES.optional(vars).orElse(List.of())) {
      HistoricProcessInstance instance = instances.get(UnitSigning.businessKey(documentNumber, code));
      Steps steps = instance == null ? NO_STEPS : stepsByInstance.getOrDefault(instance.getId(), NO_STEPS);
      Map<String, Object> own = instance == null ? Map.of() : unitVars.getOrDefault(instance.getId(), Map.of());
      LocalDate unitDeadline = UnitSigning.Vars.DEADLINE.optional(own).orElse(deadline);
      Dues dues = duesByDeadline.computeIfAbsent(unitDeadline, d -> dues(issuedOn, d));
      units.add(SubjectFacts.unit(code, organization.federation(code),
          unitMilestones(steps, own, resultByUnit.get(code), dues)));
    }
    return Optional.of(new ComplianceFacts(documentNumber, id.year(), SigningCampaign.Vars.SUBJECT.orNull(vars), issuedOn,
        deadline, campaign.getEndTime() != null, units));
  }

  /** The milestones' due dates shared by every unit with one deadline (the report's depends on the signing). */
  public record Dues(DueDate proposal, DueDate opinion, DueDate scheduled, LocalDate signed) {}

  private Dues dues(LocalDate issuedOn, LocalDate deadline) {
    return new Dues(
        workingDays.plus(issuedOn, properties.proposalWorkingDays(), deadline),
        workingDays.plus(issuedOn, properties.opinionWorkingDays(), deadline),
        workingDays.minus(deadline, properties.scheduleWorkingDaysBeforeDeadline()),
        deadline);
  }

  /** One unit's facts; package-private for the unit test of the "open again" rules. */
  public Map<String, MilestoneFact> unitMilestones(Steps steps, Map<String, Object> vars, UnitResult result, Dues dues) {
    boolean notSigned = result != null && result.outcome() == Outcome.NOT_SIGNED
        || steps.reached(UnitSigning.Elements.RECORD_NOT_SIGNED);
    String notSignedNote = "Không ký kết" + Optional.ofNullable(result).map(UnitResult::reason)
        .or(() -> Optional.ofNullable(UnitSigning.Vars.NOT_SIGNED_REASON.orNull(vars))).map(r -> ": " + r).orElse("");

    LocalDate proposed = steps.isOpen(UnitSigning.Elements.PROPOSAL) ? null
        : steps.lastCompleted(UnitSigning.Elements.PROPOSAL);
    LocalDate opinion = steps.isOpen(UnitSigning.Elements.PROPOSAL, UnitSigning.Elements.COMMITTEE_OPINION) ? null
        : steps.lastCompleted(UnitSigning.Elements.COMMITTEE_OPINION);
    LocalDate scheduled = steps.isOpen(UnitSigning.Elements.PROPOSAL, UnitSigning.Elements.COMMITTEE_OPINION,
        UnitSigning.Elements.AWAIT_CLUSTER, UnitSigning.Elements.SCHEDULE_LOCAL) ? null
        : steps.lastCompleted(UnitSigning.Elements.REGISTER_LOCAL, UnitSigning.Elements.CLUSTER_SCHEDULED);
    LocalDate signed = result != null && result.outcome() == Outcome.SIGNED && result.signedOn() != null
        ? result.signedOn()
        : UnitSigning.Vars.CEREMONY_OUTCOME.orNull(vars) == CeremonyOutcome.SIGNED ? UnitSigning.Vars.SIGNED_ON.orNull(vars)
        : null;
    LocalDate reported = steps.lastCompleted(UnitSigning.Elements.REPORT);
    DueDate reportDue = workingDays.plus(signed != null ? signed : dues.signed(),
        properties.reportWorkingDaysAfterSigning());

    Map<String, MilestoneFact> facts = new LinkedHashMap<>();
    facts.put(PROPOSAL.id(), fact(dues.proposal(), proposed, null, notSigned, notSignedNote));
    facts.put(PARTY_OPINION.id(), fact(dues.opinion(), opinion, null, notSigned, notSignedNote));
    facts.put(CEREMONY_SCHEDULED.id(), fact(dues.scheduled(), scheduled,
        scheduled == null ? null : ceremonyNote(vars), notSigned, notSignedNote));
    facts.put(SIGNED.id(), fact(DueDate.of(dues.signed()), signed, null, notSigned, notSignedNote));
    facts.put(REPORT_FILED.id(), fact(reportDue, reported, null, notSigned, notSignedNote));
    return facts;
  }

  private static MilestoneFact fact(DueDate due, LocalDate done, String note, boolean notSigned,
                                    String notSignedNote) {
    if (done != null) {
      return MilestoneFact.done(due, done, note);
    }
    return notSigned ? MilestoneFact.notApplicable(due, notSignedNote) : MilestoneFact.pending(due, note);
  }

  /** "Lễ ký kết 14:00 ngày 08/06/2022, Cụm Thi đua số 3" or "…, tại địa bàn". */
  private static String ceremonyNote(Map<String, Object> vars) {
    OffsetDateTime startsAt = UnitSigning.Vars.CEREMONY_STARTS_AT.orNull(vars);
    if (startsAt == null) {
      return null;
    }
    LocalDateTime local = startsAt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDateTime();
    String where = UnitSigning.Vars.SIGNING_SCOPE.orNull(vars) == SigningScope.CLUSTER
        ? UnitSigning.Vars.CLUSTER_NAME.optional(vars).orElse("theo Cụm Thi đua")
        : "tại địa bàn";
    return "Lễ ký kết " + CEREMONY.format(local) + ", " + where;
  }

  /**
   * The steps a unit-signing instance went through, from its history: per step whether it is open and when it was
   * last completed (cancelled runs do not count), which is all the milestones ask.
   */
  public static final class Steps {
    private final Map<String, Step> byActivity;

    public Steps(List<HistoricActivityInstance> activities) {
      Map<String, Step> steps = new HashMap<>();
      for (HistoricActivityInstance a : activities) {
        LocalDateTime completed = a.getEndTime() == null || a.isCanceled() ? null : EngineClock.toLocal(a.getEndTime());
        steps.merge(a.getActivityId(), new Step(a.getEndTime() == null, completed), Step::and);
      }
      this.byActivity = steps;
    }

    Steps(Map<String, Step> byActivity) {
      this.byActivity = byActivity;
    }

    /** One step's runs taken together. */
    record Step(boolean open, LocalDateTime lastCompleted) {
      Step and(Step other) {
        LocalDateTime last = lastCompleted == null ? other.lastCompleted : other.lastCompleted == null ? lastCompleted
            : lastCompleted.isAfter(other.lastCompleted) ? lastCompleted : other.lastCompleted;
        return new Step(open || other.open, last);
      }
    }

    boolean isOpen(String... activityIds) {
      return Arrays.stream(activityIds).map(byActivity::get).anyMatch(step -> step != null && step.open());
    }

    boolean reached(String activityId) {
      return byActivity.containsKey(activityId);
    }

    /** The day of the latest completion of any of these steps (cancelled ones do not count). */
    LocalDate lastCompleted(String... activityIds) {
      return Arrays.stream(activityIds).map(byActivity::get).filter(Objects::nonNull).map(Step::lastCompleted)
          .filter(Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate).orElse(null);
    }
  }

  /**
   * The campaigns' own variables in one query, by instance id. The list of units (JSON, read from a byte array of
   * its own per campaign) only when asked for.
   */
  private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> campaigns,
                                                     ProcessVariable<?>... extra) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    if (campaigns.isEmpty()) {
      return byInstance;
    }
    String[] names = Stream.concat(Stream.of(SigningCampaign.Vars.SUBJECT, SigningCampaign.Vars.ISSUED_ON,
            SigningCampaign.Vars.DEADLINE, SigningCampaign.Vars.CAMPAIGN_YEAR), Arrays.stream(extra))
        .map(ProcessVariable::name).toArray(String[]::new);
    history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(campaigns.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(names).disableCustomObjectDeserialization().list().stream()
        .filter(v -> v.getValue() != null)
        .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .putIfAbsent(v.getName(), v.getValue()));
    return byInstance;
  }

  /**
   * The steps the milestones read, of every unit instance of the campaign, by instance id: one query that the
   * database sums up to one row per instance and step. Reading the activity instances themselves cost a mapped
   * object per row, about twenty per unit once a campaign is under way: two hundred thousand for ten thousand units.
   */
  private Map<String, Steps> unitSteps(String campaignInstanceId) {
    List<Object> params = new ArrayList<>(List.of(UnitSigning.KEY));
    params.addAll(STEP_IDS);
    params.addAll(unitInstanceParameters(campaignInstanceId));
    Map<String, Map<String, Steps.Step>> byInstance = new HashMap<>();
    jdbc.sql("select PROC_INST_ID_, ACT_ID_, max(case when END_TIME_ is null then 1 else 0 end),"
            + " max(case when END_TIME_ is not null and coalesce(ACT_INST_STATE_, 0) <> " + CANCELED
            + " then END_TIME_ end) from " + management.getTableName(HistoricActivityInstance.class)
            + " where PROC_DEF_KEY_ = ? and ACT_ID_ in (" + placeholders(STEP_IDS.size()) + ") and PROC_INST_ID_ in ("
            + unitInstances() + ") group by PROC_INST_ID_, ACT_ID_")
        .params(params)
        .query(rs -> {
          byInstance.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
              new Steps.Step(rs.getInt(3) == 1, EngineClock.toLocal(rs.getTimestamp(4))));
        });
    Map<String, Steps> steps = new HashMap<>();
    byInstance.forEach((instance, byActivity) -> steps.put(instance, new Steps(byActivity)));
    return steps;
  }

  /**
   * The unit instances' own variables that the milestones read, by instance id, in one query over the campaign's
   * unit instances: asking by instance id put ten thousand ids into the query. Camunda keeps these variables as
   * strings (dates and times as ISO text) or, when a caller sent a date, as a date: the two types read here.
   */
  private Map<String, Map<String, Object>> unitVariables(String campaignInstanceId) {
    List<Object> params = new ArrayList<>(List.of(UNIT_VARIABLES));
    params.addAll(unitInstanceParameters(campaignInstanceId));
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    jdbc.sql("select PROC_INST_ID_, NAME_, VAR_TYPE_, TEXT_, LONG_ from "
            + management.getTableName(HistoricVariableInstance.class) + " where NAME_ in ("
            + placeholders(UNIT_VARIABLES.length) + ") and ACT_INST_ID_ = PROC_INST_ID_ and PROC_INST_ID_ in ("
            + unitInstances() + ")")
        .params(params)
        .query(rs -> {
          Object value = switch (String.valueOf(rs.getString(3))) {
            case "string" -> rs.getString(4);
            case "date" -> {
              long millis = rs.getLong(5);
              yield rs.wasNull() ? null : new java.util.Date(millis);
            }
            default -> null;
          };
          if (value != null) {
            byInstance.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), value);
          }
        });
    return byInstance;
  }

  /**
   * The campaign's unit instances, as a subquery: those with the campaign as their root instance (called by a
   * multi-instance, before fan-outs) or naming it as their fan-out parent. Its parameters: {@link
   * #unitInstanceParameters}.
   */
  private String unitInstances() {
    return "select PROC_INST_ID_ from " + management.getTableName(HistoricProcessInstance.class)
        + " where PROC_DEF_KEY_ = ? and (ROOT_PROC_INST_ID_ = ? or PROC_INST_ID_ in (select PROC_INST_ID_ from "
        + management.getTableName(HistoricVariableInstance.class) + " where NAME_ = ? and TEXT_ = ?))";
  }

  private static List<Object> unitInstanceParameters(String campaignInstanceId) {
    return List.of(UnitSigning.KEY, campaignInstanceId, FanOuts.PARENT.name(), campaignInstanceId);
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
