package vn.org.congdoanhanoi.phoihop.reporting;

import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;

import java.time.LocalDate;

/**
 * What a {@link ComplianceSource} knows of one unit and one milestone: when it was due and when (if) it was done.
 * The matrix turns facts into statuses, so every process is judged by the same rule.
 *
 * @param due the last day on which the milestone counts as on time, or why it could not be counted
 * @param doneOn the day it was reached; null while it is not
 * @param applicable false when the unit will never reach it (e.g. it decided not to sign)
 * @param note a short Vietnamese detail shown with the cell (the ceremony's date, why not applicable); may be null
 */
public record MilestoneFact(DueDate due, LocalDate doneOn, boolean applicable, String note) {

  public MilestoneFact(LocalDate dueOn, LocalDate doneOn, boolean applicable, String note) {
    this(DueDate.of(dueOn), doneOn, applicable, note);
  }

  /** The due day; null when the holiday file lacks a year needed to count it. */
  public LocalDate dueOn() {
    return due.date();
  }

  public static MilestoneFact done(DueDate due, LocalDate doneOn, String note) {
    return new MilestoneFact(due, doneOn, true, note);
  }

  public static MilestoneFact done(LocalDate dueOn, LocalDate doneOn, String note) {
    return done(DueDate.of(dueOn), doneOn, note);
  }

  public static MilestoneFact pending(DueDate due, String note) {
    return new MilestoneFact(due, null, true, note);
  }

  public static MilestoneFact pending(LocalDate dueOn, String note) {
    return pending(DueDate.of(dueOn), note);
  }

  public static MilestoneFact notApplicable(DueDate due, String note) {
    return new MilestoneFact(due, null, false, note);
  }

  public static MilestoneFact notApplicable(LocalDate dueOn, String note) {
    return notApplicable(DueDate.of(dueOn), note);
  }
}
