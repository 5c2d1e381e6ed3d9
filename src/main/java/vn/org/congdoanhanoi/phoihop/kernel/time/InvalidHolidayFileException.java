package vn.org.congdoanhanoi.phoihop.kernel.time;

import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;

/** A holiday file that was refused as a whole; no calendar was built from it. */
public class InvalidHolidayFileException extends InvalidFileException {

  public InvalidHolidayFileException(List<FileProblem> problems) {
    super("Tệp ngày nghỉ lễ, Tết không hợp lệ",
        "Tệp ngày nghỉ lễ, Tết không hợp lệ; lịch ngày làm việc không được nạp. Hãy sửa các lỗi sau rồi gửi lại.",
        problems);
  }
}
