package vn.org.congdoanhanoi.phoihop.deadline;

/** One thing wrong in a holiday file: where (1-based line, field path) and what to fix, in Vietnamese. */
public record HolidayFileProblem(int line, String field, String message) {

  @Override
  public String toString() {
    return "Dòng " + line + ", trường '" + field + "': " + message;
  }
}
