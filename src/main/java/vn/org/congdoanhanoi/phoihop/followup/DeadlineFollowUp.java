package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code deadline-follow-up} (bpmn/deadline-follow-up.bpmn): watches one unit's matter until its deadline,
 * for any process that calls it next to its own work (unit-signing does). Reminders 7, 3 and 1 working days
 * before the deadline; at the deadline the city office follows the late unit up: extend the deadline (the timers
 * are computed again from the new one), send a formal reminder letter (and follow up again 3 working days later),
 * or excuse the unit, which ends this process so the caller can record it. The caller ends it by ending itself.
 * A cluster ceremony calls it for its lead ({@link FollowUpOf#CLUSTER_LEAD}): the office then has its own task,
 * where "excuse" becomes "release the members to sign by locality", which ends this process the same way.
 *
 * <p>Called with: {@code deadline} (ISO date), {@code unitCode}, and for the mails {@code documentNumber},
 * {@code subject}, {@code unitName}; optionally {@code followUpGroup} (who follows up; the city office by default) and
 * {@code reminderDays} (which reminders are sent; all by default);
 * business key = the caller's.
 */
public final class DeadlineFollowUp {

  public static final String KEY = "deadline-follow-up";

  /** Working days before the deadline at which the unit is reminded. */
  public static final int[] REMINDER_WORKING_DAYS = {7, 3, 1};

  public static final class Vars {
    /** The matter's deadline (ISO date), shared by every process: tasks are due at its end. */
    public static final ProcessVariable<LocalDate> DEADLINE = ProcessVariables.date("deadline");
    public static final ProcessVariable<String> UNIT_CODE = MatterVariables.UNIT_CODE;
    /**
     * The reminders the caller wants, in working days before the deadline, among {@link #REMINDER_WORKING_DAYS};
     * absent means all of them. From BPMN: {@code ${deadlineReminders.onlyReminder(3)}}.
     */
    public static final ProcessVariable<List<String>> REMINDER_DAYS = ProcessVariables.codes("reminderDays");
    /** Local to a reminder step: how many working days before the deadline it is. */
    public static final ProcessVariable<Integer> REMINDER_WORKING_DAYS = ProcessVariables.integer("reminderWorkingDays");
    /** The city office's decision in Task_FollowUpLateUnit. */
    public static final ProcessVariable<FollowUpAction> FOLLOW_UP_ACTION =
        ProcessVariables.choice("followUpAction", FollowUpAction.class);
    /** The new deadline when extending. */
    public static final ProcessVariable<LocalDate> NEW_DEADLINE = ProcessVariables.date("newDeadline");
    /** Text of the letter, or the reason of an extension or an excuse. */
    public static final ProcessVariable<String> FOLLOW_UP_NOTE = ProcessVariables.text("followUpNote");
    /** When the office follows up again after a letter (the timer's date). */
    public static final ProcessVariable<OffsetDateTime> NEXT_FOLLOW_UP_AT = ProcessVariables.timestamp("nextFollowUpAt");
    /** Whose work is watched; absent means a unit. */
    public static final ProcessVariable<FollowUpOf> FOLLOW_UP_OF = ProcessVariables.choice("followUpOf", FollowUpOf.class);
    /** The cluster whose lead is watched, for the office's task name. */
    public static final ProcessVariable<String> CLUSTER_NAME = MatterVariables.CLUSTER_NAME;
    /**
     * The group that follows late units up (the tasks "Đôn đốc"); absent means the city office. A district federation
     * follows its own grassroots unions (dialogue conference).
     */
    public static final ProcessVariable<String> FOLLOW_UP_GROUP = ProcessVariables.text("followUpGroup");
    /** Output to the caller when the unit is excused: the reason, for its records. */
    public static final ProcessVariable<String> EXCUSE_REASON = ProcessVariables.text("excuseReason");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_FollowUpStarted";
    public static final String REMINDER_7 = "Timer_Reminder7Days";
    public static final String REMIND_7 = "ServiceTask_Remind7Days";
    public static final String REMINDER_3 = "Timer_Reminder3Days";
    public static final String REMIND_3 = "ServiceTask_Remind3Days";
    public static final String REMINDER_1 = "Timer_Reminder1Day";
    public static final String REMIND_1 = "ServiceTask_Remind1Day";
    public static final String DEADLINE_REACHED = "Timer_DeadlineReached";
    public static final String WHO_IS_LATE = "Gateway_WhoIsLate";
    public static final String FOLLOW_UP = "Task_FollowUpLateUnit";
    /** The office's follow-up of a cluster lead: letter, extension, or release of the members. */
    public static final String FOLLOW_UP_CLUSTER_LEAD = "Task_FollowUpLateClusterLead";
    public static final String EXTEND = "ServiceTask_ExtendDeadline";
    public static final String SEND_LETTER = "ServiceTask_SendReminderLetter";
    public static final String NEXT_FOLLOW_UP = "Timer_NextFollowUp";
    public static final String END_EXCUSED = "EndEvent_UnitExcused";
    /** A cluster lead's follow-up ends: its members sign by locality. */
    public static final String END_MEMBERS_RELEASED = "EndEvent_ClusterMembersReleased";

    private Elements() {}
  }

  /**
   * What the city office decides: for a late unit EXTEND, SEND_LETTER or EXCUSE; for a late cluster lead EXTEND,
   * SEND_LETTER or RELEASE_MEMBERS (excusing a whole cluster means nothing: its members still sign, by locality).
   */
  public enum FollowUpAction { EXTEND, SEND_LETTER, EXCUSE, RELEASE_MEMBERS }

  /** Whose work a follow-up watches. */
  public enum FollowUpOf { UNIT, CLUSTER_LEAD }

  private DeadlineFollowUp() {}
}
