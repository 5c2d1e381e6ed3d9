package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;

/**
 * What a process family declares about a deadline change of one of its process instances. A deadline belongs to
 * one instance: {@link DeadlineChanges} writes it there and nowhere else, unless a declaration here names the
 * instances that follow it (a campaign's units follow the campaign; a directive's recipients, each with a
 * deadline of its own, would not). Both methods are called inside the change's transaction, before any timer is
 * computed again, so timers that read the variables set here move too.
 */
public interface DeadlineDependent {

  /** Variables of the instance computed from its deadline (e.g. a registration cut-off): set them again. */
  default void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                               RuntimeService runtimeService) {}

  /**
   * The process instances whose deadline follows this one's to the new date; each gets the change as its own,
   * with its own followers. Nothing by default: siblings and children keep their deadlines.
   */
  default List<String> followers(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                                 RuntimeService runtimeService) {
    return List.of();
  }
}
