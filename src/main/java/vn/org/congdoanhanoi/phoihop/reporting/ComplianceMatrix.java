package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.org.congdoanhanoi.phoihop.kernel.time.CalendarGap;

/**
 * The compliance matrix of one campaign: its subjects down the side (units, recipients or petitions, as
 * {@link #subjectKind}), milestones across, each cell judged against its own due date as of {@link #asOf}.
 * Serialised as the API's JSON; also rendered as XLSX and as the report page.
 *
 * @param page null when {@code rows} are all the rows; else which of them {@code rows} are ({@link #page(int, int)}).
 *     {@code totals} and {@code calendarGaps} are always those of every row.
 */
public record ComplianceMatrix(String kind, String title, String documentNumber, int year, String subject, LocalDate issuedOn,
                               LocalDate deadline, boolean completed, LocalDate asOf, int atRiskWorkingDays,
                               boolean cityWide, List<Milestone> milestones, List<Row> rows, List<Total> totals,
                               List<CalendarGap> calendarGaps, SubjectKind subjectKind, RowPage page) {

  /**
   * "Tiến độ ký kết 222-LĐLĐ (2025).xlsx": a document number's slash is not allowed in file names; the year keeps
   * the files of two letters with one number apart.
   */
  public String fileName() {
    return title + " " + documentNumber.replace('/', '-') + " (" + year + ").xlsx";
  }

  public ComplianceMatrix {
    milestones = List.copyOf(milestones);
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
    calendarGaps = List.copyOf(calendarGaps);
  }

  /**
   * One page of the rows, in their order ({@code page} from 0): a campaign of ten thousand units is read a page at a
   * time, while the totals still count every row. A page past the end has no rows.
   */
  public ComplianceMatrix page(int page, int size) {
    int from = (int) Math.min(rows.size(), (long) page * size);
    int to = (int) Math.min(rows.size(), (long) from + size);
    return new ComplianceMatrix(kind, title, documentNumber, year, subject, issuedOn, deadline, completed, asOf,
        atRiskWorkingDays, cityWide, milestones, rows.subList(from, to), totals, calendarGaps, subjectKind,
        new RowPage(page, size, rows.size()));
  }

  /** Which rows a paged matrix holds: page {@code page} (from 0) of {@code size} rows, of {@code totalRows}. */
  public record RowPage(int page, int size, int totalRows) {}

  /** The years the holiday file lacks for this matrix, each once, in order: what an administrator must add. */
  public static List<CalendarGap> calendarGaps(List<Row> rows) {
    return rows.stream().flatMap(r -> r.cells().stream()).map(Cell::calendarGap).filter(Objects::nonNull)
        .collect(Collectors.toMap(CalendarGap::year, g -> g, (a, b) -> a, TreeMap::new))
        .values().stream().toList();
  }

  /**
   * One subject; {@code overall} is its most severe cell. {@code unitCode} and {@code unitName} are the unit whose
   * people see the row (for a unit's row, the subject itself).
   */
  public record Row(String unitCode, String unitName, CellStatus overall, String overallLabel, List<Cell> cells,
                    SubjectKind subjectKind, String subjectCode, String subjectLabel) {

    public Row {
      cells = List.copyOf(cells);
    }

    public static Row of(Subject subject, CellStatus overall, String overallLabel, List<Cell> cells) {
      return new Row(subject.unitCode(), subject.unitName(), overall, overallLabel, cells, subject.kind(),
          subject.code(), subject.label());
    }
  }

  /**
   * One subject and milestone. {@code date} is the day it was done, or its due date while it is open (null when the
   * due date could not be counted).
   *
   * @param label the Vietnamese status ("Đúng hạn", "Trong hạn", "Sắp đến hạn", "Quá hạn", "Không thực hiện",
   *     "Thiếu lịch ngày nghỉ")
   * @param calendarGap with status {@link CellStatus#NO_CALENDAR}: the year the holiday file lacks and what to do
   */
  public record Cell(String milestoneId, CellStatus status, String label, boolean done, LocalDate date,
                     LocalDate doneOn, LocalDate dueOn, String note, CalendarGap calendarGap) {}

  /** Per milestone: how many subjects are in each state. */
  public record Total(String milestoneId, int done, int onTime, int atRisk, int overdue, int notApplicable,
                     int noCalendar) {}
}
