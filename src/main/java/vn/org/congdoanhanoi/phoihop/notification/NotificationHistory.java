package vn.org.congdoanhanoi.phoihop.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails and webhooks keep their history (a mail's request with its text and recipients, a webhook's payload) for
 * {@code PHOIHOP_NOTIFICATION_HISTORY_DAYS} days after they end, not for the business processes' ten years
 * ({@code PHOIHOP_HISTORY_TTL}): with the removal-time strategy {@code end}, each instance's history gets its
 * removal time (end + these days) when it ends, and Camunda's history cleanup removes it in its nightly window.
 *
 * <p>Camunda stores a definition's time-to-live when the model is deployed, and an unchanged model is never deployed
 * again. So a new version gets the configured value while it is parsed, and at every start the stored versions are
 * brought to it; the instances that already ended under another value get their removal time recalculated (a batch),
 * so shortening the time also removes the old mails.
 */
@Component
class NotificationHistory extends AbstractProcessEnginePlugin {

  static final Set<String> PROCESS_KEYS = Set.of(NotificationMail.KEY, NotificationWebhook.KEY);

  private static final Logger LOG = LoggerFactory.getLogger(NotificationHistory.class);

  private final int days;

  NotificationHistory(@Value("${phoihop.notification.history-days:30}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException("PHOIHOP_NOTIFICATION_HISTORY_DAYS phải là số ngày lớn hơn 0, không phải "
          + days);
    }
    this.days = days;
  }

  int days() {
    return days;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (PROCESS_KEYS.contains(processDefinition.getKey())) {
          processDefinition.setHistoryTimeToLive(days);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Once the engine is built (its schema up to date), before the models are deployed: new versions are parsed. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    apply(engine);
  }

  /** Brings every stored version of the notification processes to the configured time; returns how many changed. */
  int apply(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
        .processDefinitionKeyIn(PROCESS_KEYS.toArray(String[]::new)).list()) {
      if (Objects.equals(definition.getHistoryTimeToLive(), days)) {
        continue;
      }
      try {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        recalculateRemovalTimes(engine.getHistoryService(), definition.getId());
        changed++;
      } catch (OptimisticLockingException e) {
        LOG.debug("History time-to-live of {} updated meanwhile by another node", definition.getId());
      }
    }
    if (changed > 0) {
      LOG.info("Notification history kept {} days: {} process definition version(s) updated", days, changed);
    }
    return changed;
  }

  private static void recalculateRemovalTimes(HistoryService history, String definitionId) {
    HistoricProcessInstanceQuery ended = history.createHistoricProcessInstanceQuery()
        .processDefinitionId(definitionId).finished();
    if (ended.count() > 0) {
      history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(ended).executeAsync();
    }
  }
}
