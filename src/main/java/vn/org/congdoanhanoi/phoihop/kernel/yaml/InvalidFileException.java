package vn.org.congdoanhanoi.phoihop.kernel.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A data file refused as a whole, with every problem found in it; nothing of it was taken. The API answers 400
 * with the title, the detail and one entry per problem.
 */
public class InvalidFileException extends RuntimeException {

  private final String title;
  private final String detail;
  private final transient List<FileProblem> problems;

  protected InvalidFileException(String title, String detail, List<FileProblem> problems) {
    super(title + ": " + problems.stream().map(FileProblem::toString).collect(Collectors.joining("; ")));
    this.title = title;
    this.detail = detail;
    this.problems = List.copyOf(problems);
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
