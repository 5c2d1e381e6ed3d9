package vn.org.congdoanhanoi.phoihop.signing.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChildren;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaigns;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Where a campaign stands: each unit's current stage while it runs, and the consolidated result (who signed,
 * when, in which ceremony and format; who did not, and why). Read by the campaign's last step and by the API.
 */
@Component
@RequiredArgsConstructor
public class CampaignReport {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Stages of units that wait for something other than a person. */
  private static final Map<String, String> WAITING_STAGES = Map.of(
      UnitSigning.Elements.CLUSTER_OUTCOME, "Chờ kết quả Lễ ký kết chung của Cụm",
      UnitSigning.Elements.CEREMONY_DAY, "Chờ đến ngày tổ chức Lễ ký kết");

  private static final String NOT_STARTED = "Chưa bắt đầu";

  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SigningResults results;
  private final Ceremonies ceremonies;
  private final OrganizationDirectory organization;
  private final SigningCampaigns campaigns;
  private final FanOutChildren children;

  public record UnitStatus(String unitCode, String unitName, String stage, String outcome, LocalDate signedOn,
                           String signingScope, String signingMode, String ceremonyTitle,
                           LocalDateTime ceremonyStartsAt, String signatories, String reason) {}

  /** {@code year}: the year of the letter ({@code issuedOn}), which tells apart two letters with one number. */
  public record CampaignStatus(String documentNumber, int year, String subject, String term, String issuedOn,
                               String deadline, boolean completed, int units, long signed, long notSigned,
                               List<UnitStatus> unitStatuses) {}

  /** The campaign of the most recent year launched under that number. */
  public Optional<CampaignStatus> status(String documentNumber) {
    return campaigns.find(documentNumber, null).flatMap(this::status);
  }

  /**
   * The instance that holds the campaign's matter is the campaign: never several, whatever older data holds (before
   * the matter's unique key, concurrent starts could leave several instances with one business key).
   */
  public Optional<CampaignStatus> status(CampaignId id) {
    HistoricProcessInstance campaign = campaigns.instanceId(id)
        .map(instanceId -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
            .singleResult())
        .orElse(null);
    if (campaign == null) {
      return Optional.empty();
    }
    String documentNumber = id.documentNumber();
    Map<String, Object> vars = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(campaign.getId()).disableCustomObjectDeserialization().list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    List<String> unitCodes = SigningCampaign.Vars.UNIT_CODES.optional(vars).orElse(List.of());
    Map<String, UnitResult> byUnit = results.forCampaign(id).stream()
        .collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
    Map<String, Meeting> ceremonyById = ceremonies.all(id).stream()
        .collect(Collectors.toMap(Meeting::id, Function.identity()));
    Map<String, String> stages = byUnit.keySet().containsAll(unitCodes) ? Map.of() : currentStages(campaign.getId());

    List<UnitStatus> statuses = new ArrayList<>();
    for (String code : unitCodes) {
      UnitResult result = byUnit.get(code);
      Meeting ceremony = result == null || result.ceremonyId() == null ? null : ceremonyById.get(result.ceremonyId());
      statuses.add(new UnitStatus(code, organization.federation(code),
          result != null ? (result.outcome() == SigningResults.Outcome.SIGNED ? "Đã ký kết" : "Không ký kết")
              : stages.getOrDefault(UnitSigning.businessKey(documentNumber, code), NOT_STARTED),
          result == null ? null : result.outcome().name(),
          result == null ? null : result.signedOn(),
          result == null ? null : result.signingScope(),
          result == null ? null : result.signingMode(),
          ceremony == null ? null : ceremony.title(),
          ceremony == null ? null : ceremony.startsAt(),
          result == null ? null : result.signatories(),
          result == null ? null : result.reason()));
    }
    long signed = statuses.stream().filter(s -> "SIGNED".equals(s.outcome())).count();
    long notSigned = statuses.stream().filter(s -> "NOT_SIGNED".equals(s.outcome())).count();
    return Optional.of(new CampaignStatus(documentNumber, id.year(), SigningCampaign.Vars.SUBJECT.orNull(vars),
        SigningCampaign.Vars.TERM.orNull(vars), iso(vars, SigningCampaign.Vars.ISSUED_ON),
        iso(vars, SigningCampaign.Vars.DEADLINE), campaign.getEndTime() != null, statuses.size(), signed, notSigned,
        statuses));
  }

  /** The consolidated result as a JSON variable, readable in Cockpit. */
  public String resultAsJson(CampaignId campaign) {
    try {
      CampaignStatus status = status(campaign).orElseThrow();
      return JSON.writeValueAsString(status);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The stage of every running unit instance of the campaign, by business key, in as many queries whatever the
   * number of units: its instances, their tasks, and the instances waiting at each of the {@link #WAITING_STAGES}.
   */
  private Map<String, String> currentStages(String campaignInstanceId) {
    Map<String, String> businessKeyById = new HashMap<>();
    children.running(campaignInstanceId, List.of(UnitSigning.KEY))
        .forEach(instance -> businessKeyById.putIfAbsent(instance.getId(), instance.getBusinessKey()));
    if (businessKeyById.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> taskNames = taskService.createTaskQuery()
        .processInstanceIdIn(businessKeyById.keySet().toArray(String[]::new)).list().stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId,
            Collectors.mapping(Task::getName, Collectors.toList())));
    // Other active activities (the deadline follow-up running beside the unit's work) say nothing of the stage.
    Map<String, String> waiting = new HashMap<>();
    WAITING_STAGES.forEach((activityId, stage) -> runtimeService.createExecutionQuery()
        .processDefinitionKey(UnitSigning.KEY).activityId(activityId).list().stream()
        .filter(execution -> businessKeyById.containsKey(execution.getProcessInstanceId()))
        .forEach(execution -> waiting.putIfAbsent(execution.getProcessInstanceId(), stage)));

    Map<String, String> stages = new HashMap<>();
    businessKeyById.forEach((instanceId, businessKey) -> stages.putIfAbsent(businessKey,
        taskNames.containsKey(instanceId) ? String.join("; ", taskNames.get(instanceId))
            : waiting.getOrDefault(instanceId, "Đang xử lý")));
    return stages;
  }

  /** Dates as the REST answer has always given them: ISO text. */
  private static String iso(Map<String, Object> vars, ProcessVariable<LocalDate> date) {
    return date.optional(vars).map(LocalDate::toString).orElse(null);
  }
}
