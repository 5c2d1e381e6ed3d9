package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.util.Map;

/** One data row of a {@link Sheet}: its line in the file and its cells by the caller's column keys. */
public final class SheetRow {

  private final int line;
  private final Map<String, SheetCell> cells;

  SheetRow(int line, Map<String, SheetCell> cells) {
    this.line = line;
    this.cells = Map.copyOf(cells);
  }

  /** The 1-based line, as the spreadsheet program numbers rows (the header is usually line 1). */
  public int line() {
    return line;
  }

  /** The cell of a declared column; a blank cell when the row or the file lacks it. */
  public SheetCell get(String key) {
    SheetCell cell = cells.get(key);
    if (cell == null) {
      throw new IllegalArgumentException("Column '" + key + "' was not declared to the reader");
    }
    return cell;
  }
}
