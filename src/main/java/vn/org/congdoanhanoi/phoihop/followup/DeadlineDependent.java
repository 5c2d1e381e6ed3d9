package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A process whose variables are computed from its deadline (e.g. a registration cut-off some working days
 * before it). {@link DeadlineChanges} calls every such bean when a deadline changes, before the timers are
 * computed again, so timers that read those variables move too.
 */
public interface DeadlineDependent {

  void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                       RuntimeService runtimeService);
}
