package vn.org.congdoanhanoi.phoihop.kernel.yaml;


/** One thing wrong in a YAML data file (organisation, holidays): where (1-based line, field path) and what to fix, in Vietnamese. */
public record FileProblem(int line, String field, String message) {

  @Override
  public String toString() {
    return "Dòng " + line + ", trường '" + field + "': " + message;
  }
}
