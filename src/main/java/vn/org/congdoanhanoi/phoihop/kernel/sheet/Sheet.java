package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

/**
 * A spreadsheet (XLSX or CSV) read by {@link SheetReader} for people who have to fix it: its data rows with typed
 * cells, and every problem found in it, by line and column. Reads never throw; {@link #refuseIfProblems()} refuses
 * the file as a whole once the caller has checked every row.
 */
public final class Sheet {

  private final String title;
  private final List<FileProblem> problems = new ArrayList<>();
  private final List<SheetRow> rows = new ArrayList<>();

  Sheet(String title) {
    this.title = title;
  }

  /** The data rows below the header, blank rows left out, in the order of the file. */
  public List<SheetRow> rows() {
    return List.copyOf(rows);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the whole file when anything was wrong in it, every problem listed by line, then column. */
  public void refuseIfProblems() {
    if (!problems.isEmpty()) {
      throw refusal();
    }
  }

  InvalidSheetException refusal() {
    List<FileProblem> ordered = new ArrayList<>(problems);
    ordered.sort(Comparator.comparingInt(FileProblem::line)
        .thenComparing(p -> p.column() == null ? "" : String.format("%4s", p.column())));
    return new InvalidSheetException(title, ordered);
  }

  void add(SheetRow row) {
    rows.add(row);
  }

  void problem(int line, String column, String header, String message) {
    problems.add(new FileProblem(line, column, header, message));
  }
}
