package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The children of a parent instance, whichever way it had them: started by a fan-out (they hold
 * {@link FanOuts#PARENT}) or called by a call activity (instances of process versions deployed before the parent
 * used a fan-out, still running or in history). Each answer costs the same few queries whatever the number of
 * children, and none lists ids into an IN clause.
 */
@Component
public class FanOutChildren {

  private final RuntimeService runtime;
  private final HistoryService history;

  FanOutChildren(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** The running children of the parent that are instances of one of the processes. */
  public List<ProcessInstance> running(String parentInstanceId, List<String> processKeys) {
    return running(parentInstanceId, query -> query.processDefinitionKeyIn(processKeys.toArray(String[]::new)));
  }

  /** The running child of the parent with this process and business key, if any. */
  public Optional<ProcessInstance> runningChild(String parentInstanceId, String processKey, String businessKey) {
    return running(parentInstanceId, query -> query.processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey)).stream().findFirst();
  }

  /** The parent of a running child, if it has one. */
  public Optional<String> parentOf(String childInstanceId) {
    Object parent = runtime.getVariable(childInstanceId, FanOuts.PARENT.name());
    if (parent != null) {
      return Optional.of(FanOuts.PARENT.parse(parent));
    }
    return Optional.ofNullable(runtime.createProcessInstanceQuery().subProcessInstanceId(childInstanceId)
        .singleResult()).map(ProcessInstance::getId);
  }

  /** Every child of the parent (running or ended) that is an instance of the process. */
  public List<HistoricProcessInstance> historic(String parentInstanceId, String processKey) {
    return historic(parentInstanceId, query -> query.processDefinitionKey(processKey));
  }

  /** The latest started child of the parent with this process and business key, running or ended. */
  public Optional<HistoricProcessInstance> latestHistoric(String parentInstanceId, String processKey,
                                                          String businessKey) {
    return historic(parentInstanceId, query -> query.processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey)).stream()
        .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
  }

  /** The parents of these children (running or ended), whichever way they had them. */
  public Set<String> parentsOf(Collection<HistoricProcessInstance> children) {
    Set<String> parents = new HashSet<>();
    List<String> fannedOutCandidates = new ArrayList<>();
    for (HistoricProcessInstance child : children) {
      if (child.getSuperProcessInstanceId() != null) {
        parents.add(child.getSuperProcessInstanceId());
      } else {
        fannedOutCandidates.add(child.getId());
      }
    }
    if (!fannedOutCandidates.isEmpty()) {
      history.createHistoricVariableInstanceQuery().processInstanceIdIn(fannedOutCandidates.toArray(String[]::new))
          .variableName(FanOuts.PARENT.name()).list().stream()
          .map(HistoricVariableInstance::getValue).map(FanOuts.PARENT::parse)
          .forEach(parents::add);
    }
    return parents;
  }

  private List<ProcessInstance> running(String parentInstanceId, UnaryOperator<ProcessInstanceQuery> filter) {
    Map<String, ProcessInstance> byId = new LinkedHashMap<>();
    filter.apply(runtime.createProcessInstanceQuery().superProcessInstanceId(parentInstanceId)).list()
        .forEach(instance -> byId.put(instance.getId(), instance));
    filter.apply(runtime.createProcessInstanceQuery().variableValueEquals(FanOuts.PARENT.name(), parentInstanceId))
        .list().forEach(instance -> byId.putIfAbsent(instance.getId(), instance));
    return List.copyOf(byId.values());
  }

  private List<HistoricProcessInstance> historic(String parentInstanceId,
                                                 UnaryOperator<HistoricProcessInstanceQuery> filter) {
    Map<String, HistoricProcessInstance> byId = new LinkedHashMap<>();
    filter.apply(history.createHistoricProcessInstanceQuery().superProcessInstanceId(parentInstanceId)).list()
        .forEach(instance -> byId.put(instance.getId(), instance));
    filter.apply(history.createHistoricProcessInstanceQuery()
            .variableValueEquals(FanOuts.PARENT.name(), parentInstanceId))
        .list().forEach(instance -> byId.putIfAbsent(instance.getId(), instance));
    return List.copyOf(byId.values());
  }
}
