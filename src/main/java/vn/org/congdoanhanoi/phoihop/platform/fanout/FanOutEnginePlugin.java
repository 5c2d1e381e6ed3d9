package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.engine.ParseListeners;

/**
 * Wires fan-outs into the engine: the two job handlers, and a built-in end listener on every process (built in, so
 * no API option that skips custom listeners can lose a count) that
 * <ul>
 *   <li>counts the end of a child a fan-out started, for processes declared {@link CountedChildProcess} (others
 *   pay nothing), and schedules the parent's completion when it was the last;</li>
 *   <li>when an instance is cancelled, cancels the children its fan-outs started and the ones they have not.</li>
 * </ul>
 */
@Component
public class FanOutEnginePlugin extends AbstractProcessEnginePlugin {

  private final FanOutRepository repository;
  private final FanOuts fanOuts;

  FanOutEnginePlugin(FanOutRepository repository, FanOuts fanOuts) {
    this.repository = repository;
    this.fanOuts = fanOuts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    @SuppressWarnings("rawtypes")
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new StartBatchJobHandler(repository));
    handlers.add(new CompletionJobHandler(repository));
    configuration.setCustomJobHandlers(handlers);
    ParseListeners.addAfterCamundas(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        String key = definition.getKey();
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> ended(key,
            execution));
      }
    });
  }

  private void ended(String processKey, DelegateExecution instance) {
    if (instance.isCanceled() && repository.hasFanOuts(instance.getProcessInstanceId())) {
      cancelChildrenOf(instance.getProcessInstanceId());
    }
    if (!fanOuts.countedProcessKeys().contains(processKey)) {
      return;
    }
    FanOuts.CHILD.optional(instance).map(Long::valueOf).flatMap(repository::countEnd)
        .filter(repository::completeIfAllEnded)
        .ifPresent(fanOutId -> repository.header(fanOutId).ifPresent(header -> {
          ExecutionEntity parent = Context.getCommandContext().getExecutionManager()
              .findExecutionById(header.parentInstanceId());
          if (parent != null) {
            FanOutJobs.complete(parent, fanOutId);
          }
        }));
  }

  private void cancelChildrenOf(String parentInstanceId) {
    repository.cancel(parentInstanceId);
    List<String> running = repository.runningChildren(parentInstanceId);
    if (!running.isEmpty()) {
      Context.getProcessEngineConfiguration().getRuntimeService()
          .deleteProcessInstancesIfExists(running, "Quy trình khởi tạo đã bị hủy", false, true, false);
    }
  }
}
