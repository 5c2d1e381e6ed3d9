package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import vn.org.congdoanhanoi.phoihop.kernel.time.CalendarGap;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts.SubjectFacts;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Cell;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Row;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix.Total;

/** The one rule that judges every cell of every matrix; pure, so it is unit-tested without a database. */
@RequiredArgsConstructor
public final class ComplianceClassifier {

  private final WorkingDays workingDays;
  private final int atRiskWorkingDays;

  /**
   * Done by the due date: on time; done after it: overdue. Not done: overdue once the due date has passed, at
   * risk when it is at most {@code atRiskWorkingDays} working days away (today counts as 0), otherwise on time.
   * A milestone the unit will never reach is not applicable, unless it was done before that became clear. When the
   * holiday file lacks a year the judgement needs, the cell says so ({@link CellStatus#NO_CALENDAR}).
   */
  public Cell classify(String milestoneId, MilestoneFact fact, LocalDate today) {
    LocalDate due = fact.dueOn();
    CalendarGap gap = fact.due().gap();
    if (fact.doneOn() != null) {
      CellStatus status = due == null ? CellStatus.NO_CALENDAR
          : fact.doneOn().isAfter(due) ? CellStatus.OVERDUE : CellStatus.ON_TIME;
      return new Cell(milestoneId, status, status.label(true), true, fact.doneOn(), fact.doneOn(), due, fact.note(),
          gap);
    }
    CellStatus status;
    if (!fact.applicable()) {
      status = CellStatus.NOT_APPLICABLE;
      gap = null; // nothing to judge
    } else if (due == null) {
      status = CellStatus.NO_CALENDAR;
    } else if (today.isAfter(due)) {
      status = CellStatus.OVERDUE;
    } else {
      try {
        status = workingDays.atMost(today, due, atRiskWorkingDays) ? CellStatus.AT_RISK : CellStatus.ON_TIME;
      } catch (YearNotCoveredException e) {
        status = CellStatus.NO_CALENDAR;
        gap = CalendarGap.of(e);
      }
    }
    return new Cell(milestoneId, status, status.label(false), false, due, null, due, fact.note(), gap);
  }

  /** One row: each cell against its own due date, or its column's. */
  public Row row(SubjectFacts row, List<Milestone> milestones, LocalDate today) {
    String code = row.subject().code();
    List<Cell> cells = new ArrayList<>();
    CellStatus overall = CellStatus.NOT_APPLICABLE;
    boolean allDone = true;
    for (Milestone milestone : milestones) {
      MilestoneFact fact = row.milestones().get(milestone.id());
      if (fact == null) {
        throw new IllegalStateException("No fact for milestone " + milestone.id() + " of " + code);
      }
      Cell cell = classify(milestone.id(), fact.dueBy(milestone, code), today);
      cells.add(cell);
      overall = overall.worse(cell.status());
      allDone &= cell.done() || cell.status() == CellStatus.NOT_APPLICABLE;
    }
    // "Đúng hạn" for a row that has done everything on time, "Trong hạn" for one still under way.
    return Row.of(row.subject(), overall, overall.label(allDone), cells);
  }

  public static List<Total> totals(List<Milestone> milestones, List<Row> rows) {
    List<Total> totals = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      int done = 0;
      int[] byStatus = new int[CellStatus.values().length];
      for (Row row : rows) {
        Cell cell = row.cells().get(i);
        done += cell.done() ? 1 : 0;
        byStatus[cell.status().ordinal()]++;
      }
      totals.add(new Total(milestones.get(i).id(), done, byStatus[CellStatus.ON_TIME.ordinal()],
          byStatus[CellStatus.AT_RISK.ordinal()], byStatus[CellStatus.OVERDUE.ordinal()],
          byStatus[CellStatus.NOT_APPLICABLE.ordinal()], byStatus[CellStatus.NO_CALENDAR.ordinal()]));
    }
    return totals;
  }
}
