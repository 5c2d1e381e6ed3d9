package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.time.LocalDate;

/**
 * The variables every process of the federation shares: which document a process is about and which unit. Declared
 * here once, so capabilities (mails, follow-up, Tasklist filters) and every family reference the same declarations;
 * each process's own declarations refer to these.
 */
public final class MatterVariables {

  /** Document number and symbol, e.g. "222/LĐLĐ". */
  public static final ProcessVariable<String> DOCUMENT_NUMBER = ProcessVariables.text("documentNumber");
  public static final ProcessVariable<String> SUBJECT = ProcessVariables.text("subject");
  /** Code of a unit of the organisation file, e.g. "hoankiem". */
  public static final ProcessVariable<String> UNIT_CODE = ProcessVariables.text("unitCode");
  public static final ProcessVariable<String> UNIT_NAME = ProcessVariables.text("unitName");
  public static final ProcessVariable<String> CLUSTER_NAME = ProcessVariables.text("clusterName");
  /** ISO date the letter or plan a process carries out was issued, e.g. "2022-05-16". */
  public static final ProcessVariable<LocalDate> ISSUED_ON = ProcessVariables.date("issuedOn");
  /** Where a meeting the process is about is held (a ceremony, a conference). */
  public static final ProcessVariable<String> VENUE = ProcessVariables.text("venue");

  private MatterVariables() {}
}
