package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code dialogue-department-answers} (bpmn/dialogue/dialogue-department-answers.bpmn): one department's
 * answer sheet for a dialogue conference. One task "Trả lời kiến nghị" for all the petitions assigned to the
 * department, whatever their number (answers are saved over REST into drafts, in bulk); beside it the due date's
 * reminders and the district federation's "Đôn đốc" ({@code deadline-follow-up}); then the chairman's office reviews
 * the sheet: approves it (the answers are written to the petitions) or sends chosen answers back with a reason each.
 * Called by the conference's {@code CallActivity_DepartmentAnswers}, never started by people.
 */
public final class DepartmentAnswers {

  public static final String KEY = "dialogue-department-answers";

  /** Variables: the plan's and the department's, handed over by the conference; the sheet's; the review's. */
  public static final class Vars {
    public static final ProcessVariable<String> PLAN_NUMBER = DialogueConference.Vars.PLAN_NUMBER;
    public static final ProcessVariable<LocalDate> ISSUED_ON = DialogueConference.Vars.ISSUED_ON;
    /** The district. */
    public static final ProcessVariable<String> UNIT_CODE = DialogueConference.Vars.UNIT_CODE;
    public static final ProcessVariable<String> DEPARTMENT_CODE = DialogueConference.Vars.DEPARTMENT_CODE;
    /** The conference's day: the sheet is due before it. */
    public static final ProcessVariable<LocalDate> CONFERENCE_DATE = DialogueConference.Vars.CONFERENCE_DATE;
    public static final ProcessVariable<String> DEPARTMENT_NAME = ProcessVariables.text("departmentName");
    /** The Camunda group of the department's people: the candidate group of "Trả lời kiến nghị". */
    public static final ProcessVariable<String> DEPARTMENT_GROUP = DialogueConference.Vars.DEPARTMENT_GROUP;
    /** Who reviews the sheet: the chairman's office's people, or the district federation when it has none. */
    public static final ProcessVariable<String> REVIEW_GROUP = ProcessVariables.text("answerReviewGroup");
    /** The sheet's due date (the task is due at its end); the follow-up may extend it. */
    public static final ProcessVariable<LocalDate> DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    /** How many petitions the sheet holds when it opens, for the task's readers. */
    public static final ProcessVariable<Integer> PETITION_COUNT = ProcessVariables.integer("petitionCount");
    /** Form of {@code Task_ReviewAnswers}: approve the sheet or send answers back. */
    public static final ProcessVariable<ReviewDecision> REVIEW_DECISION =
        ProcessVariables.choice("answerReviewDecision", ReviewDecision.class);
    /**
     * Form of {@code Task_ReviewAnswers} when sending back: a JSON list {@code [{"id": 12, "reason": "…"}, …]}, the
     * petitions whose answers return to the department, each with the reviewer's reason.
     */
    public static final ProcessVariable<String> SENT_BACK = ProcessVariables.json("sentBackAnswers");

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_SheetOpened";
    public static final String OPEN_SHEET = "ServiceTask_OpenAnswerSheet";
    public static final String ANSWER_ROUND = "Gateway_AnswerRound";
    public static final String ROUND = "SubProcess_AnswerRound";
    public static final String ROUND_START = "StartEvent_RoundStarted";
    public static final String FORK_FOLLOW_UP = "Gateway_ForkFollowUp";
    public static final String ANSWER_PETITIONS = "Task_AnswerPetitions";
    public static final String SHEET_READY = "EndEvent_SheetReady";
    /** Reminders before the due date, and the district federation's "Đôn đốc" after it. */
    public static final String DEADLINE_FOLLOW_UP = "CallActivity_DeadlineFollowUp";
    public static final String FOLLOW_UP_ENDED = "EndEvent_FollowUpEnded";
    public static final String REVIEW = "Task_ReviewAnswers";
    public static final String APPROVED = "Gateway_SheetApproved";
    public static final String APPROVE = "ServiceTask_ApproveAnswers";
    public static final String SEND_BACK = "ServiceTask_SendBackAnswers";
    public static final String END = "EndEvent_AnswersApproved";

    private Elements() {}
  }

  /** What the chairman's office decides on a sheet. */
  public enum ReviewDecision { APPROVE, SEND_BACK }

  /** Longest answer: as a petition's text (a String variable and dialogue_petition.body hold 4,000 characters). */
  public static final int MAX_ANSWER = 4000;
  /** Longest reason for sending an answer back. */
  public static final int MAX_REASON = 1000;

  /** The plan of a sheet's instance (or of a task's variables). */
  static PlanId plan(VariableScope scope) {
    return new PlanId(Vars.UNIT_CODE.required(scope), Vars.ISSUED_ON.required(scope).getYear(),
        Vars.PLAN_NUMBER.required(scope));
  }

  private DepartmentAnswers() {}
}
