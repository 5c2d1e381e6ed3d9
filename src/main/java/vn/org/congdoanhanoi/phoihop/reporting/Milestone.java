package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;

/**
 * One column of a compliance matrix: a step every row must reach, e.g. "PROPOSAL" – "Gửi đề xuất". A column may
 * carry its own due date (a programme's yearly review); a row's fact may still set another one for its cell (a
 * directive's recipient with its own deadline), and must when the column has none.
 */
public record Milestone(String id, String label, LocalDate dueOn) {

  /** A column whose due dates are each row's own. */
  public Milestone(String id, String label) {
    this(id, label, null);
  }
}
