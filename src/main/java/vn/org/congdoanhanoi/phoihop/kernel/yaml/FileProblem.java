package vn.org.congdoanhanoi.phoihop.kernel.yaml;


/**
 * One thing wrong in a data file (organisation, holidays, a spreadsheet): where (1-based line; for a spreadsheet also
 * its column letter, otherwise {@code null}; the field path or column header) and what to fix, in Vietnamese.
 */
public record FileProblem(int line, String column, String field, String message) {

  /** A problem of a YAML file, which has lines but no columns. */
  public FileProblem(int line, String field, String message) {
    this(line, null, field, message);
  }

  @Override
  public String toString() {
    return column == null
        ? "Dòng " + line + ", trường '" + field + "': " + message
        : "Dòng " + line + ", cột " + column + " ('" + field + "'): " + message;
  }
}
