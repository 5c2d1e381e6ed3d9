package vn.org.congdoanhanoi.phoihop.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Behaviour every deployed model gets without a word in the model, added by engine plugins while the engine is
 * configured: parse listeners that run after Camunda's own.
 */
public final class ParseListeners {

  private ParseListeners() {}

  public static void addAfterCamundas(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /**
   * A built-in listener (no API option skips it) on {@code event} of every user task of every process, made for
   * each task from its process key and task id.
   */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, String event,
                                     BiFunction<String, String, TaskListener> listenerFor) {
    addAfterCamundas(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
          behavior.getTaskDefinition().addBuiltInTaskListener(event, listenerFor.apply(processKey, activity.getId()));
        }
      }
    });
  }
}
