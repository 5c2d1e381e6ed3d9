package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;

/**
 * {@code ServiceTask_SendReminderLetter}: sends the city office's formal reminder letter to the late unit and its
 * Party committee, and sets when the office follows up again.
 */
@Component
@RequiredArgsConstructor
class SendReminderLetterDelegate implements JavaDelegate {

  private final DeadlineReminders reminders;
  private final LateUnitMails mails;
  private final Notifications notifications;

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = reminders.today();
    LocalDate deadline = DeadlineFollowUp.Vars.DEADLINE.required(execution);
    String note = DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.orNull(execution);
    // Runs in the office member's completion: reading the unit's people and tasks is not theirs to be checked for.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      notifications.requestMail(mails.letter(execution, deadline, today, note));
      return null;
    });
    DeadlineFollowUp.Vars.NEXT_FOLLOW_UP_AT.set(execution, reminders.nextFollowUpAt(today));
    FollowUpDecision.clear(execution);
  }
}
