package vn.org.congdoanhanoi.phoihop.directive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Progress;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.MilestoneFact;
import vn.org.congdoanhanoi.phoihop.reporting.Subject;
import vn.org.congdoanhanoi.phoihop.reporting.SubjectKind;

/**
 * Where each directive stands, read from Camunda's history (the directive's items, each duty's latest report): the
 * facts of the items × recipients matrix and of the summary document. Reads in a fixed number of queries whatever
 * the number of recipients. Callers decide who may see it.
 */
@Component
@RequiredArgsConstructor
public class DirectiveRecords {

  private static final DateTimeFormatter DATE = DirectiveStartValidator.DATE;
  private static final int NOTE_LENGTH = 200;
  /** The newest directives a report lists, as many as a page can show. */
  private static final int LIST_LIMIT = 500;
  private static final String[] DIRECTIVE_VARIABLES = ProcessVariable.names(Directive.Vars.DOCUMENT_NUMBER,
      Directive.Vars.SUBJECT, Directive.Vars.ISSUED_ON, Directive.Vars.ISSUER, Directive.Vars.ITEMS,
      Directive.Vars.DIRECTIVE_YEAR);
  private static final String[] DUTY_VARIABLES = ProcessVariable.names(DirectiveDuty.Vars.UNIT_CODE,
      DirectiveDuty.Vars.ITEM_CODE, DirectiveDuty.Vars.DEADLINE, DirectiveDuty.Vars.PROGRESS,
      DirectiveDuty.Vars.COMPLETED_ON, DirectiveDuty.Vars.EVIDENCE, DirectiveDuty.Vars.EXPECTED_ON,
      DirectiveDuty.Vars.OBSTACLE, DirectiveDuty.Vars.EXCUSE_REASON);

  private final HistoryService history;
  private final OrganizationDirectory organization;

  /** One directive as issued: its instance and its start values. */
  public record Issued(String processInstanceId, String documentNumber, int year, String subject, LocalDate issuedOn,
                       String issuer, List<DirectiveItem> items, boolean completed) {

    public LocalDate lastDeadline() {
      return items.stream().map(DirectiveItem::deadline).max(Comparator.naturalOrder()).orElse(issuedOn);
    }
  }

  /** Every directive, newest first; a cancelled one only when its letter was not issued again. */
  public List<Issued> all() {
    return issued(history.createHistoricProcessInstanceQuery().processDefinitionKey(Directive.KEY)
        .orderByProcessInstanceStartTime().desc().listPage(0, LIST_LIMIT));
  }

  /** The directive with this number in that year, or in the latest year it was issued when {@code year} is null. */
  public Optional<Issued> find(String documentNumber, Integer year) {
    return issued(history.createHistoricProcessInstanceQuery().processDefinitionKey(Directive.KEY)
        .processInstanceBusinessKey(documentNumber).orderByProcessInstanceStartTime().desc().list()).stream()
        .filter(d -> year == null || d.year() == year).findFirst();
  }

  private List<Issued> issued(List<HistoricProcessInstance> instances) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> vars = variables(instances.stream().map(HistoricProcessInstance::getId).toList(),
        DIRECTIVE_VARIABLES);
    List<Issued> result = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> v = vars.getOrDefault(instance.getId(), Map.of());
      Integer year = Directive.Vars.DIRECTIVE_YEAR.orNull(v);
      boolean cancelled = instance.getDeleteReason() != null;
      if (year == null || result.stream().anyMatch(r -> r.year() == year
          && r.documentNumber().equals(instance.getBusinessKey())) && cancelled) {
        continue;
      }
      result.add(new Issued(instance.getId(), instance.getBusinessKey(), year, Directive.Vars.SUBJECT.orNull(v),
          Directive.Vars.ISSUED_ON.orNull(v), Directive.Vars.ISSUER.orNull(v),
          DirectiveItem.parse(Directive.Vars.ITEMS.required(v)),
          HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())));
    }
    return result;
  }

  /** The items × recipients facts of a directive: a row per recipient, a column per item with its own due dates. */
  public ComplianceFacts facts(Issued directive) {
    List<HistoricProcessInstance> duties = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(directive.processInstanceId()).processDefinitionKey(DirectiveDuty.KEY).list();
    Map<String, Map<String, Object>> dutyVars = duties.isEmpty() ? Map.of()
        : variables(duties.stream().map(HistoricProcessInstance::getId).toList(), DUTY_VARIABLES);
    Map<String, Map<String, Object>> byAssignment = new HashMap<>();
    dutyVars.values().forEach(v -> byAssignment.put(DirectiveDuty.Vars.UNIT_CODE.orNull(v) + "|"
        + DirectiveDuty.Vars.ITEM_CODE.orNull(v), v));
    List<SubjectFacts> rows = new ArrayList<>();
    for (String unit : DirectiveAssignments.recipients(directive.items())) {
      Map<String, MilestoneFact> cells = new LinkedHashMap<>();
      for (DirectiveItem item : directive.items()) {
        cells.put(item.code(), item.recipients().contains(unit)
            ? fact(item, byAssignment.get(unit + "|" + item.code()))
            : MilestoneFact.notApplicable(item.deadline(), "Không giao cho nơi nhận này"));
      }
      String name = organization.federation(unit);
      rows.add(new SubjectFacts(new Subject(SubjectKind.RECIPIENT, unit, name, unit, name), cells));
    }
    return new ComplianceFacts(directive.documentNumber(), directive.year(), directive.subject(), directive.issuedOn(),
        directive.lastDeadline(), directive.completed(), rows);
  }

  /** One recipient's one item: done, excused, or open with what it last reported. */
  private static MilestoneFact fact(DirectiveItem item, Map<String, Object> duty) {
    if (duty == null) {
      return MilestoneFact.pending(item.deadline(), null);
    }
    LocalDate deadline = Optional.ofNullable(DirectiveDuty.Vars.DEADLINE.orNull(duty)).orElse(item.deadline());
    String extended = deadline.equals(item.deadline()) ? "" : "Gia hạn đến " + DATE.format(deadline) + ". ";
    String excused = DirectiveDuty.Vars.EXCUSE_REASON.orNull(duty);
    if (excused != null) {
      return MilestoneFact.notApplicable(deadline, short_(excused));
    }
    Progress progress = DirectiveDuty.Vars.PROGRESS.orNull(duty);
    if (progress == Progress.DONE) {
      return MilestoneFact.done(deadline, DirectiveDuty.Vars.COMPLETED_ON.orNull(duty),
          short_(extended + DirectiveDuty.Vars.EVIDENCE.orNull(duty)));
    }
    if (progress == Progress.BLOCKED) {
      return MilestoneFact.pending(deadline, short_(extended + "Vướng mắc: " + DirectiveDuty.Vars.OBSTACLE.orNull(duty)));
    }
    if (progress == Progress.IN_PROGRESS) {
      LocalDate expected = DirectiveDuty.Vars.EXPECTED_ON.orNull(duty);
      return MilestoneFact.pending(deadline, extended + "Đang thực hiện"
          + (expected == null ? "" : ", dự kiến xong " + DATE.format(expected)) + ".");
    }
    return MilestoneFact.pending(deadline, extended.isEmpty() ? null : extended.strip());
  }

  private static String short_(String text) {
    return text == null || text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH) + "…";
  }

  /** The latest value of each named variable of each instance (history keeps one row per variable). */
  private Map<String, Map<String, Object>> variables(List<String> instanceIds, String[] names) {
    Map<String, Map<String, Object>> result = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanceIds.toArray(String[]::new)).variableNameIn(names).disableBinaryFetching()
        .list()) {
      result.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
    }
    return result;
  }
}
