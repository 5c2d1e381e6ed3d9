package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;
import java.util.stream.Collectors;

/** An organisation file that was refused as a whole; nothing of it was imported. */
public class InvalidOrganizationFileException extends RuntimeException {

  private final transient List<FileProblem> problems;

  public InvalidOrganizationFileException(List<FileProblem> problems) {
    super("Tệp dữ liệu tổ chức không hợp lệ, không có dữ liệu nào được nhập: "
        + problems.stream().map(FileProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
