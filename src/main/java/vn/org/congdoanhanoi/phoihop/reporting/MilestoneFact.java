package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;

/**
 * What a {@link ComplianceSource} knows of one row and one milestone: when it was due and when (if) it was done.
 * The matrix turns facts into statuses, so every process is judged by the same rule.
 *
 * @param due the last day on which the milestone counts as on time, or why it could not be counted; null for the
 *     column's own due date ({@link Milestone#dueOn})
 * @param doneOn the day it was reached; null while it is not
 * @param applicable false when the unit will never reach it (e.g. it decided not to sign)
 * @param note a short Vietnamese detail shown with the cell (the ceremony's date, why not applicable); may be null
 */
public record MilestoneFact(DueDate due, LocalDate doneOn, boolean applicable, String note) {

  public MilestoneFact(LocalDate dueOn, LocalDate doneOn, boolean applicable, String note) {
    this(DueDate.of(dueOn), doneOn, applicable, note);
  }

  /** The due day; null when the holiday file lacks a year needed to count it, or when the column's applies. */
  public LocalDate dueOn() {
    return due == null ? null : due.date();
  }

  /** This fact with the column's due date when it has none of its own. */
  MilestoneFact dueBy(Milestone column, String subjectCode) {
    if (due != null) {
      return this;
    }
    if (column.dueOn() == null) {
      throw new IllegalStateException("No due date for milestone " + column.id() + " of " + subjectCode);
    }
    return new MilestoneFact(DueDate.of(column.dueOn()), doneOn, applicable, note);
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

  /** Due at its column's due date ({@link Milestone#dueOn}); done on {@code doneOn}, or still open when null. */
  public static MilestoneFact dueWithColumn(LocalDate doneOn, String note) {
    return new MilestoneFact((DueDate) null, doneOn, true, note);
  }

  public static MilestoneFact notApplicable(LocalDate dueOn, String note) {
    return notApplicable(DueDate.of(dueOn), note);
  }
}
