package vn.org.congdoanhanoi.phoihop.reporting;

import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;

/**
 * Issues the consolidated report of one kind of campaign on demand (the campaign's own end step issues it too).
 * One Spring bean per kind, like {@link ComplianceSource}: later processes plug in the same way.
 */
public interface ConsolidatedReportIssuer {

  /** The campaign process's key, as {@link ComplianceSource#kind()}. */
  String kind();

  /**
   * Numbers, renders, stores (register, and the campaign instance while it runs) and distributes the report.
   *
   * @param year the year of the letter; null for the most recent one with that number
   * @param issuedBy the user who asked for it
   */
  OutgoingDocument issue(String documentNumber, Integer year, String issuedBy);
}
