package vn.org.congdoanhanoi.phoihop.directive;

import java.time.LocalDate;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code directive} (bpmn/directive/directive.bpmn): a letter such as 865-CV/HU gives its recipients duties
 * (items), each with its own deadline and its own recipients. One {@link DirectiveDuty} instance runs per recipient
 * and item; when every duty has ended the issuer closes the directive with a numbered summary document, mailed to the
 * recipients. Business key: the document number.
 *
 * <p>Variable names are a public contract: other systems start directives over REST with them.
 */
public final class Directive {

  public static final String KEY = "directive";

  /** Start variables (REST contract) and what the process adds. */
  public static final class Vars {
    /** Number and symbol, e.g. "865-CV/HU"; also the business key. */
    public static final ProcessVariable<String> DOCUMENT_NUMBER = MatterVariables.DOCUMENT_NUMBER;
    /** ISO date the letter was issued, e.g. "2023-03-07". */
    public static final ProcessVariable<LocalDate> ISSUED_ON = MatterVariables.ISSUED_ON;
    /** Organisation code of the issuer: "thanhpho" (the city federation) or a unit of the organisation file. */
    public static final ProcessVariable<String> ISSUER = ProcessVariables.text("issuer");
    public static final ProcessVariable<String> SUBJECT = MatterVariables.SUBJECT;
    /** JSON list of items: {@code {code, title, deadline, recipients}} (see {@link DirectiveItem}). */
    public static final ProcessVariable<String> ITEMS = ProcessVariables.json("items");
    /** The year of {@link #ISSUED_ON}: numbers restart every year, so the letter is its number and this year. */
    public static final ProcessVariable<Integer> DIRECTIVE_YEAR = ProcessVariables.integer("directiveYear");
    /** The duties to run, "unitCode|itemCode" each (set at the start, read by the multi-instance). */
    public static final ProcessVariable<List<String>> ASSIGNMENTS = ProcessVariables.codes("assignments");
    /** The issuer's closing summary (form directive-close). */
    public static final ProcessVariable<String> SUMMARY = ProcessVariables.text("summary");
    /** Number and symbol of the summary in the outgoing register, e.g. "01/BC-LĐLĐ". */
    public static final ProcessVariable<String> SUMMARY_NUMBER = ProcessVariables.text("summaryNumber");
    /** The summary's entry in the outgoing register (its id); its DOCX is kept there. */
    public static final ProcessVariable<String> SUMMARY_DOCUMENT = ProcessVariables.text("summaryDocument");

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_DirectiveIssued";
    public static final String DUTIES = "CallActivity_Duties";
    public static final String CLOSE = "Task_CloseDirective";
    public static final String ISSUE_SUMMARY = "ServiceTask_IssueSummary";
    public static final String END = "EndEvent_DirectiveClosed";

    private Elements() {}
  }

  private Directive() {}
}
