package vn.org.congdoanhanoi.phoihop.directive;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code directive-duty} (bpmn/directive/directive-duty.bpmn): one recipient's one item of a
 * {@link Directive}, business key {@code <documentNumber>/<unitCode>/<itemCode>}. The recipient reports done, in
 * progress or blocked until done; a blocked report goes to the issuer (continue, extend, excuse); beside it the
 * {@code deadline-follow-up} reminds before the item's deadline and has the city office follow up after it. Its
 * deadline is its own, so extending it ({@code DeadlineChanges}) never moves another recipient or item.
 */
public final class DirectiveDuty {

  public static final String KEY = "directive-duty";

  public static String businessKey(String documentNumber, String unitCode, String itemCode) {
    return documentNumber + "/" + unitCode + "/" + itemCode;
  }

  /** What a recipient reports (form directive-duty-report). */
  public enum Progress { DONE, IN_PROGRESS, BLOCKED }

  /** What the issuer decides on a blocked item (form directive-duty-obstacle). */
  public enum ObstacleDecision { CONTINUE, EXTEND, EXCUSE }

  public static final class Vars {
    // handed in by the directive
    public static final ProcessVariable<String> DOCUMENT_NUMBER = Directive.Vars.DOCUMENT_NUMBER;
    public static final ProcessVariable<String> SUBJECT = Directive.Vars.SUBJECT;
    public static final ProcessVariable<String> ISSUER = Directive.Vars.ISSUER;
    public static final ProcessVariable<Integer> DIRECTIVE_YEAR = Directive.Vars.DIRECTIVE_YEAR;
    public static final ProcessVariable<String> UNIT_CODE = MatterVariables.UNIT_CODE;
    public static final ProcessVariable<String> UNIT_NAME = MatterVariables.UNIT_NAME;
    public static final ProcessVariable<String> ITEM_CODE = ProcessVariables.text("itemCode");
    public static final ProcessVariable<String> ITEM_TITLE = ProcessVariables.text("itemTitle");
    /** The item's deadline for this recipient; the issuer may move it for this recipient alone. */
    public static final ProcessVariable<LocalDate> DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    // the recipient's report (form directive-duty-report)
    public static final ProcessVariable<Progress> PROGRESS = ProcessVariables.choice("progress", Progress.class);
    public static final ProcessVariable<LocalDate> COMPLETED_ON = ProcessVariables.date("completedOn");
    public static final ProcessVariable<String> EVIDENCE = ProcessVariables.text("evidence");
    public static final ProcessVariable<FileValue> EVIDENCE_FILE = ProcessVariables.file("evidenceFile");
    public static final ProcessVariable<LocalDate> EXPECTED_ON = ProcessVariables.date("expectedOn");
    public static final ProcessVariable<String> OBSTACLE = ProcessVariables.text("obstacle");
    // the issuer's decision on an obstacle (form directive-duty-obstacle)
    public static final ProcessVariable<ObstacleDecision> OBSTACLE_DECISION =
        ProcessVariables.choice("obstacleDecision", ObstacleDecision.class);
    public static final ProcessVariable<LocalDate> NEW_DEADLINE = DeadlineFollowUp.Vars.NEW_DEADLINE;
    public static final ProcessVariable<String> DECISION_NOTE = ProcessVariables.text("decisionNote");
    /** Why the recipient no longer has to do the item (the issuer's, or the office's in its follow-up). */
    public static final ProcessVariable<String> EXCUSE_REASON = DeadlineFollowUp.Vars.EXCUSE_REASON;

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_DutyAssigned";
    public static final String FORK = "Gateway_ForkFollowUp";
    public static final String FOLLOW_UP = "CallActivity_DeadlineFollowUp";
    public static final String REPORT_ROUND = "Gateway_ReportRound";
    public static final String REPORT = "Task_ReportProgress";
    public static final String PROGRESS = "Gateway_Progress";
    public static final String REVIEW_OBSTACLE = "Task_ReviewObstacle";
    public static final String OBSTACLE_DECISION = "Gateway_ObstacleDecision";
    public static final String EXTEND = "ServiceTask_ExtendDeadline";
    public static final String RECORD_ISSUER_EXCUSE = "ServiceTask_RecordIssuerExcuse";
    public static final String END_DONE = "EndEvent_DutyDone";
    public static final String END_EXCUSED_BY_ISSUER = "EndEvent_ExcusedByIssuer";
    public static final String END_EXCUSED_IN_FOLLOW_UP = "EndEvent_ExcusedInFollowUp";

    private Elements() {}
  }

  private DirectiveDuty() {}
}
