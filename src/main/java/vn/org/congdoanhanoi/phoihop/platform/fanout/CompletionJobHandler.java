package vn.org.congdoanhanoi.phoihop.platform.fanout;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutJobs.Target;

/**
 * Job {@value FanOutJobs#COMPLETE}: tells the parent that every child ended by correlating the plan's completion
 * message to it. Scheduled exactly once (see {@link FanOutRepository#completeIfAllEnded}); run in a job of its own
 * so that the last child's end (often a user completing a task) never carries the parent's next steps, and so that
 * a parent not (yet) waiting for the message is retried and, in the end, shown as an incident.
 */
final class CompletionJobHandler implements JobHandler<Target> {

  private final FanOutRepository fanOuts;

  CompletionJobHandler(FanOutRepository fanOuts) {
    this.fanOuts = fanOuts;
  }

  @Override
  public String getType() {
    return FanOutJobs.COMPLETE;
  }

  @Override
  public void execute(Target target, ExecutionEntity parent, CommandContext context, String tenantId) {
    FanOutRepository.Header header = fanOuts.header(target.fanOutId())
        .orElseThrow(() -> new IllegalStateException("Fan-out " + target.fanOutId() + " is gone"));
    context.getProcessEngineConfiguration().getRuntimeService()
        .createMessageCorrelation(header.completionMessage())
        .processInstanceId(header.parentInstanceId())
        .correlateWithResult();
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return Target.parse(canonicalString);
  }

  @Override
  public void onDelete(Target configuration, JobEntity jobEntity) {
    // The fan-out stays marked complete: the job is only deleted when it ran or its parent was cancelled.
  }
}
