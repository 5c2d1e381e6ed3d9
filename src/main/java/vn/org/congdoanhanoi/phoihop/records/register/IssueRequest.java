package vn.org.congdoanhanoi.phoihop.records.register;

import java.time.LocalDate;

/**
 * A request for the next number of a register.
 *
 * @param draftingUnit optional abbreviation of the drafting department, e.g. "VP" in "222/LĐLĐ-VP"
 * @param sourceYear the year of the source's letter (numbers restart every year), null when there is none
 */
public record IssueRequest(String registerCode, DocumentType type, String subject, LocalDate issuedOn,
                           String draftingUnit, String sourceKind, String sourceReference, String processInstanceId,
                           String issuedBy, Integer sourceYear) {

  /** A request with no source year: documents drafted outside the system. */
  public IssueRequest(String registerCode, DocumentType type, String subject, LocalDate issuedOn,
                      String draftingUnit, String sourceKind, String sourceReference, String processInstanceId,
                      String issuedBy) {
    this(registerCode, type, subject, issuedOn, draftingUnit, sourceKind, sourceReference, processInstanceId,
        issuedBy, null);
  }
}
