package vn.org.congdoanhanoi.phoihop.kernel.sheet;

/**
 * How much of a spreadsheet a caller takes: its size in bytes, its data rows (the header row not counted) and the
 * characters of one cell. A file past a limit is refused as a whole before its rows are checked.
 */
public record SheetLimits(long maxBytes, int maxRows, int maxCellLength) {

  /** Enough for a district's 2,000 grassroots unions or a conference's 10,000 paper petitions; Excel's own cell limit. */
  public static final SheetLimits DEFAULT = new SheetLimits(10L * 1024 * 1024, 20_000, 32_767);
}
