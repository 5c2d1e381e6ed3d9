package vn.org.congdoanhanoi.phoihop.platform;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;

/**
 * A user who may not execute a job is refused before it runs, yet Camunda books the refusal as a failed run and
 * takes one retry off the job: three refused "execute" calls would exhaust a job and raise an incident. A refusal
 * therefore leaves the job as it was; real failures go to Camunda's own handling.
 */
@RequiredArgsConstructor
class RefusalIsNoJobFailure implements FailedJobCommandFactory {

  private final FailedJobCommandFactory camundas;

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return commandContext -> null;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return camundas.getCommand(jobId, exception);
  }
}
