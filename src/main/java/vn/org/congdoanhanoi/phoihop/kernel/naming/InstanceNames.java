package vn.org.congdoanhanoi.phoihop.kernel.naming;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Gives process instances a readable name at their start (see {@link InstanceNamer}), without touching the
 * process models: a parse listener adds a start listener to every process that has a namer. Camunda 7 has no
 * instance name of its own, so the name is a plain text variable, shown in Cockpit's variables tab and usable in
 * its variable search.
 */
@Component
@RequiredArgsConstructor
public class InstanceNames extends AbstractProcessEnginePlugin {

  /** The variable holding the readable name. */
  public static final ProcessVariable<String> VARIABLE = ProcessVariables.text("instanceName");

  private static final Logger LOG = LoggerFactory.getLogger(InstanceNames.class);

  /** Resolved when an instance starts, not when the engine is built: the namers need the application's beans. */
  private final ObjectProvider<InstanceNamer> namers;

  /**
   * The namers by process key, looked up once: asking the bean factory at every start cost 2.6 % of the job threads'
   * time while a 10,000-unit campaign started its units (docs/performance.md). The namers are singletons.
   */
  private volatile Map<String, List<InstanceNamer>> byKey;

  private Map<String, List<InstanceNamer>> namersByKey() {
    Map<String, List<InstanceNamer>> known = byKey;
    if (known == null) {
      known = namers.stream().collect(Collectors.groupingBy(InstanceNamer::processKey));
      byKey = known;
    }
    return known;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String key = processDefinition.getKey();
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
          for (InstanceNamer namer : namersByKey().getOrDefault(key, List.of())) {
            String name = namer.name().apply(execution);
            if (name != null) {
              VARIABLE.set(execution, name);
            }
          }
        });
        LOG.debug("Instances of {} get a readable name when a namer exists", key);
      }
    });
  }
}
