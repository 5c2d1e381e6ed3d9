package vn.org.congdoanhanoi.phoihop.directive;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.directive.DirectiveDuty.Vars;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineChanges;

/** The steps that carry out the issuer's decision on a blocked item ({@code Task_ReviewObstacle}). */
@Configuration
@RequiredArgsConstructor
class DutyDecisionDelegates {

  private final DeadlineChanges deadlineChanges;

  /**
   * {@code ServiceTask_ExtendDeadline}: this recipient's item only gets the new deadline, with its report task and
   * its follow-up's reminders; no other recipient or item moves.
   */
  @Bean
  JavaDelegate extendDutyDeadlineDelegate() {
    return execution -> {
      deadlineChanges.changeOwn(execution, Vars.NEW_DEADLINE.required(execution));
      Vars.NEW_DEADLINE.set(execution, null);
      Vars.OBSTACLE_DECISION.set(execution, null);
    };
  }

  /** {@code ServiceTask_RecordIssuerExcuse}: why the recipient no longer has to do the item, for the matrix. */
  @Bean
  JavaDelegate recordIssuerExcuseDelegate() {
    return execution -> Vars.EXCUSE_REASON.set(execution,
        "Được cơ quan ban hành miễn: " + Vars.DECISION_NOTE.required(execution));
  }
}
