package vn.org.congdoanhanoi.phoihop.platform.fanout;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * The fan-out's two kinds of jobs, both attached to the parent's process instance so that Cockpit shows them (and
 * their incidents) on the parent, and so that they go away with a cancelled parent:
 * <ul>
 *   <li>{@value #START_BATCH}: starts the next batch of one chain; not exclusive, so the chains of one parent run
 *   side by side on the job executor's threads;</li>
 *   <li>{@value #COMPLETE}: correlates the completion message to the parent; exclusive like any job that moves the
 *   parent on.</li>
 * </ul>
 * A job is inserted in the transaction that decides it (the plan, a batch, the last child's end), so it exists if and
 * only if that transaction committed; the job executor's locks, retries and incidents do the rest.
 */
final class FanOutJobs {

  static final String START_BATCH = "fanout-start-batch";
  static final String COMPLETE = "fanout-complete";

  private FanOutJobs() {}

  /** Configuration of a job: the fan-out and, for a batch, the chain. */
  record Target(long fanOutId, int chain) implements JobHandlerConfiguration {

    static Target parse(String canonical) {
      String[] parts = canonical.split(":");
      return new Target(Long.parseLong(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }

    @Override
    public String toCanonicalString() {
      return fanOutId + ":" + chain;
    }
  }

  static void startBatch(ExecutionEntity parent, Target target) {
    send(parent, START_BATCH, target, false);
  }

  static void complete(ExecutionEntity parent, long fanOutId) {
    send(parent, COMPLETE, new Target(fanOutId, 0), true);
  }

  private static void send(ExecutionEntity parent, String type, Target target, boolean exclusive) {
    ExecutionEntity instance = parent.getProcessInstance();
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(target.toCanonicalString());
    job.setExecution(instance);
    job.setProcessDefinitionId(definition.getId());
    job.setProcessDefinitionKey(definition.getKey());
    job.setDeploymentId(definition.getDeploymentId());
    job.setTenantId(instance.getTenantId());
    job.setExclusive(exclusive);
    Context.getCommandContext().getJobManager().send(job);
  }
}
