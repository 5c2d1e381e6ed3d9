package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;

/**
 * What a {@link ComplianceSource} knows of one unit and one milestone: when it was due and when (if) it was done.
 * The matrix turns facts into statuses, so every process is judged by the same rule.
 *
 * @param dueOn the last day on which the milestone counts as on time
 * @param doneOn the day it was reached; null while it is not
 * @param applicable false when the unit will never reach it (e.g. it decided not to sign)
 * @param note a short Vietnamese detail shown with the cell (the ceremony's date, why not applicable); may be null
 */
public record MilestoneFact(LocalDate dueOn, LocalDate doneOn, boolean applicable, String note) {

  public static MilestoneFact done(LocalDate dueOn, LocalDate doneOn, String note) {
    return new MilestoneFact(dueOn, doneOn, true, note);
  }

  public static MilestoneFact pending(LocalDate dueOn, String note) {
    return new MilestoneFact(dueOn, null, true, note);
  }

  public static MilestoneFact notApplicable(LocalDate dueOn, String note) {
    return new MilestoneFact(dueOn, null, false, note);
  }
}
