package vn.org.congdoanhanoi.phoihop.deadline;

import java.util.List;
import java.util.stream.Collectors;

/** A holiday file that was refused as a whole; no calendar was built from it. */
public class InvalidHolidayFileException extends RuntimeException {

  private final transient List<HolidayFileProblem> problems;

  public InvalidHolidayFileException(List<HolidayFileProblem> problems) {
    super("Tệp ngày nghỉ lễ, Tết không hợp lệ, lịch ngày làm việc không được nạp: "
        + problems.stream().map(HolidayFileProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<HolidayFileProblem> problems() {
    return problems;
  }
}
