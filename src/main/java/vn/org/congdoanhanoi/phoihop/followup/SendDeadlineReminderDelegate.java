package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;

/**
 * {@code ServiceTask_Remind7Days}, {@code _Remind3Days}, {@code _Remind1Day}: reminds the unit of the deadline,
 * unless the caller does not want this one ({@code reminderDays}) or a later reminder has already overtaken it
 * (see {@link DeadlineReminders#isWorthSending}).
 */
@Component
@RequiredArgsConstructor
class SendDeadlineReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendDeadlineReminderDelegate.class);

  private final DeadlineReminders reminders;
  private final LateUnitMails mails;
  private final Notifications notifications;

  @Override
  public void execute(DelegateExecution execution) {
    int workingDays = DeadlineFollowUp.Vars.REMINDER_WORKING_DAYS.required(execution);
    LocalDate deadline = DeadlineFollowUp.Vars.DEADLINE.required(execution);
    LocalDate today = reminders.today();
    if (!reminders.isWorthSending(workingDays, deadline, today, reminders.wantedReminders(execution))) {
      LOG.info("Reminder {} working days before {} of {} not wanted or overtaken by a later one; not sent", workingDays,
          deadline, execution.getProcessBusinessKey());
      return;
    }
    notifications.requestMail(mails.reminder(execution, workingDays, deadline,
        reminders.workingDaysLeft(today, deadline)));
  }
}
