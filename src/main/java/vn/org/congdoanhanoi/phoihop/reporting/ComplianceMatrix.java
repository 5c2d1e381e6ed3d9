package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance matrix of one campaign: units down the side, milestones across, each cell judged against its
 * due date as of {@link #asOf}. Serialised as the API's JSON; also rendered as XLSX and as the report page.
 */
public record ComplianceMatrix(String kind, String title, String documentNumber, int year, String subject, LocalDate issuedOn,
                               LocalDate deadline, boolean completed, LocalDate asOf, int atRiskWorkingDays,
                               boolean cityWide, List<Milestone> milestones, List<Row> rows, List<Total> totals) {

  public ComplianceMatrix {
    milestones = List.copyOf(milestones);
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  /** One unit; {@code overall} is its most severe cell. */
  public record Row(String unitCode, String unitName, CellStatus overall, String overallLabel, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One unit and milestone. {@code date} is the day it was done, or its due date while it is open.
   *
   * @param label the Vietnamese status ("Đúng hạn", "Trong hạn", "Sắp đến hạn", "Quá hạn", "Không thực hiện")
   */
  public record Cell(String milestoneId, CellStatus status, String label, boolean done, LocalDate date,
                     LocalDate doneOn, LocalDate dueOn, String note) {}

  /** Per milestone: how many units are in each state. */
  public record Total(String milestoneId, int done, int onTime, int atRisk, int overdue, int notApplicable) {}
}
