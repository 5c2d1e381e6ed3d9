package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutJobs.Target;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutRepository.Pending;

/**
 * Job {@value FanOutJobs#START_BATCH}: starts the next {@code batch_size} planned children of one chain in this
 * job's transaction, then schedules the chain's next batch if children remain. Each child's row moves to STARTED
 * in the same transaction as the child's start: a batch that fails or dies (a crash, a lost lock) leaves no child
 * and no row changed, and its retry, or a second run of the same job, starts only rows still PLANNED.
 */
final class StartBatchJobHandler implements JobHandler<Target> {

  private final FanOutRepository fanOuts;

  StartBatchJobHandler(FanOutRepository fanOuts) {
    this.fanOuts = fanOuts;
  }

  @Override
  public String getType() {
    return FanOutJobs.START_BATCH;
  }

  @Override
  public void execute(Target target, ExecutionEntity parent, CommandContext context, String tenantId) {
    FanOutRepository.Header header = fanOuts.header(target.fanOutId()).orElse(null);
    if (header == null) {
      return;
    }
    RuntimeService runtime = context.getProcessEngineConfiguration().getRuntimeService();
    Map<String, Object> shared = FanOutValues.decode(header.sharedVariables());
    List<Pending> next = fanOuts.pending(header.id(), target.chain(), header.chains(), header.batchSize() + 1);
    for (Pending child : next.subList(0, Math.min(next.size(), header.batchSize()))) {
      if (!fanOuts.claim(child.id())) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>(shared);
      variables.putAll(FanOutValues.decode(child.variables()));
      FanOuts.CHILD.putInto(variables, String.valueOf(child.id()));
      FanOuts.PARENT.putInto(variables, header.parentInstanceId());
      ProcessInstance instance = runtime.createProcessInstanceByKey(child.processKey())
          .businessKey(child.businessKey()).setVariables(variables).execute();
      fanOuts.startedAs(child.id(), instance.getId());
    }
    if (next.size() > header.batchSize()) {
      FanOutJobs.startBatch(parent, target);
    }
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return Target.parse(canonicalString);
  }

  @Override
  public void onDelete(Target configuration, JobEntity jobEntity) {
    // Nothing of ours hangs on the job: its rows stay PLANNED (a cancelled parent cancels them itself).
  }
}
