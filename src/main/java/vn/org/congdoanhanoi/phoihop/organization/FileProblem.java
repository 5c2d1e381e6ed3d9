package vn.org.congdoanhanoi.phoihop.organization;

/** One thing wrong in an organisation file: where (1-based line, field path) and what to fix, in Vietnamese. */
public record FileProblem(int line, String field, String message) {

  @Override
  public String toString() {
    return "Dòng " + line + ", trường '" + field + "': " + message;
  }
}
