package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * What {@code dialogue-conference} keeps of its last part (issue 12, item 7): the answers sent to the unions batch by
 * batch and the report issued. Declared here, beside the code that sets them, so the conference's own declarations
 * stay with the steps before.
 */
public final class Afterwards {

  public static final class Vars {
    /** How many of the plan's unions (in {@code grassrootsUnits}' order) have had their answers mail queued. */
    public static final ProcessVariable<Integer> UNIONS_ANSWERED = ProcessVariables.integer("unionsAnswered");
    /** Whether every union has: the loop of {@code ServiceTask_SendAnswersToUnions} ends. */
    public static final ProcessVariable<Boolean> ALL_UNIONS_ANSWERED = ProcessVariables.flag("allUnionsAnswered");
    /** The report's number and symbol in the district federation's register, e.g. "12/BC-LĐLĐ". */
    public static final ProcessVariable<String> REPORT_NUMBER = ProcessVariables.text("conferenceReportNumber");
    /** The report's register entry (its file is downloaded from the register). */
    public static final ProcessVariable<String> REPORT_DOCUMENT = ProcessVariables.text("conferenceReportDocument");

    private Vars() {}
  }

  private Afterwards() {}
}
