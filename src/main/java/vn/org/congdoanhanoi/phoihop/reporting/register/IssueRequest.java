package vn.org.congdoanhanoi.phoihop.reporting.register;

import java.time.LocalDate;

/**
 * A request for the next number of a register.
 *
 * @param draftingUnit optional abbreviation of the drafting department, e.g. "VP" in "222/LĐLĐ-VP"
 */
public record IssueRequest(String registerCode, DocumentType type, String subject, LocalDate issuedOn,
                           String draftingUnit, String sourceKind, String sourceReference, String processInstanceId,
                           String issuedBy) {}
