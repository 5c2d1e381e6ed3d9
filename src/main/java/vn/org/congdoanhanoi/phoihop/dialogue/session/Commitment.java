package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code dialogue-commitment} (bpmn/dialogue/dialogue-commitment.bpmn): one conclusion of the chairman that
 * commits a department to act by a date, called by the conference's {@code CallActivity_Commitments} with business
 * key {@code <plan>/<commitment id>}. The department reports done or in progress (then again on the day it expects
 * to be done) while {@code deadline-follow-up} reminds it and has the district federation chase it; the federation
 * confirms a done report or sends it back. Its state is kept in {@code dialogue_conclusion} ({@link ConferenceRecords}).
 */
public final class Commitment {

  public static final String KEY = "dialogue-commitment";

  /** What the department reports (form dialogue-commitment-report). */
  public enum Progress { DONE, IN_PROGRESS }

  /** What the district federation decides on a done report (form dialogue-commitment-confirm). */
  public enum Confirmation { CONFIRMED, SENT_BACK }

  public static final class Vars {
    // handed in by the conference
    public static final ProcessVariable<String> PLAN_NUMBER = DialogueConference.Vars.PLAN_NUMBER;
    public static final ProcessVariable<LocalDate> ISSUED_ON = DialogueConference.Vars.ISSUED_ON;
    /** The district. */
    public static final ProcessVariable<String> UNIT_CODE = DialogueConference.Vars.UNIT_CODE;
    public static final ProcessVariable<String> COMMITMENT_ID = DialogueConference.Vars.COMMITMENT_ID;
    // read from the record when the commitment starts
    public static final ProcessVariable<String> DEPARTMENT_CODE = DialogueConference.Vars.DEPARTMENT_CODE;
    /** The department's name: the task's context and the follow-up's mails ({@code unitName}). */
    public static final ProcessVariable<String> DEPARTMENT_NAME = MatterVariables.UNIT_NAME;
    /** The Camunda group of the department's people, the candidate group of its task. */
    public static final ProcessVariable<String> DEPARTMENT_GROUP = DialogueConference.Vars.DEPARTMENT_GROUP;
    public static final ProcessVariable<String> CONCLUSION_TEXT = ProcessVariables.text("conclusionText");
    /** The commitment's deadline; the federation may extend it in its "Đôn đốc" task. */
    public static final ProcessVariable<LocalDate> DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    // the department's report (form dialogue-commitment-report)
    public static final ProcessVariable<Progress> PROGRESS = ProcessVariables.choice("commitmentProgress", Progress.class);
    public static final ProcessVariable<LocalDate> DONE_ON = ProcessVariables.date("commitmentDoneOn");
    public static final ProcessVariable<String> RESULT = ProcessVariables.text("commitmentResult");
    public static final ProcessVariable<FileValue> RESULT_FILE = ProcessVariables.file("commitmentFile");
    public static final ProcessVariable<LocalDate> EXPECTED_ON = ProcessVariables.date("commitmentExpectedOn");
    /** 08:00 of the expected day, Hà Nội: when an in-progress report's task comes back. */
    public static final ProcessVariable<OffsetDateTime> REPORT_AGAIN_AT = ProcessVariables.timestamp("reportAgainAt");
    // the federation's decision (form dialogue-commitment-confirm)
    public static final ProcessVariable<Confirmation> CONFIRMATION =
        ProcessVariables.choice("commitmentConfirmation", Confirmation.class);
    /** Why a done report is sent back (required then), shown to the department in its task. */
    public static final ProcessVariable<String> SEND_BACK_REASON = ProcessVariables.text("sendBackReason");
    /** Output of the follow-up when the federation excuses the department: its reason. */
    public static final ProcessVariable<String> EXCUSE_REASON = DeadlineFollowUp.Vars.EXCUSE_REASON;

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_CommitmentAssigned";
    public static final String OPEN = "ServiceTask_OpenCommitment";
    public static final String IMPLEMENTATION_ROUND = "Gateway_ImplementationRound";
    public static final String IMPLEMENTATION = "SubProcess_Implementation";
    public static final String IMPLEMENTATION_START = "StartEvent_ImplementationStarted";
    public static final String FORK_FOLLOW_UP = "Gateway_ForkFollowUp";
    public static final String REPORT_ROUND = "Gateway_ReportRound";
    public static final String REPORT = "Task_ReportCommitment";
    public static final String RECORD_REPORT = "ServiceTask_RecordReport";
    public static final String PROGRESS = "Gateway_Progress";
    public static final String EXPECTED_DAY = "Timer_ExpectedDay";
    public static final String REPORTED_DONE = "EndEvent_ReportedDone";
    public static final String DEADLINE_FOLLOW_UP = "CallActivity_DeadlineFollowUp";
    public static final String EXCUSED_IN_FOLLOW_UP = "EndEvent_ExcusedInFollowUp";
    public static final String EXCUSED_BOUNDARY = "BoundaryEvent_CommitmentExcused";
    public static final String RECORD_EXCUSE = "ServiceTask_RecordExcuse";
    public static final String EXCUSED = "EndEvent_CommitmentExcused";
    public static final String CONFIRM = "Task_ConfirmCommitment";
    public static final String RECORD_CONFIRMATION = "ServiceTask_RecordConfirmation";
    public static final String CONFIRMED = "Gateway_Confirmed";
    public static final String DONE = "EndEvent_CommitmentDone";

    private Elements() {}
  }

  /** Why a done report is sent back, as a follow-up's note. */
  public static final int SEND_BACK_REASON = 2000;

  /** The error the follow-up's excuse throws out of the implementation (BPMN error code). */
  public static final String EXCUSED_ERROR = "COMMITMENT_EXCUSED";

  /** "477/KH-LĐLĐ/12": the plan and the commitment (the conference's call activity sets it). */
  public static String businessKey(String planNumber, long commitmentId) {
    return planNumber + "/" + commitmentId;
  }

  static PlanId plan(VariableScope scope) {
    return new PlanId(Vars.UNIT_CODE.required(scope), Vars.ISSUED_ON.required(scope).getYear(),
        Vars.PLAN_NUMBER.required(scope));
  }

  static long id(VariableScope scope) {
    return Long.parseLong(Vars.COMMITMENT_ID.required(scope));
  }

  private Commitment() {}
}
