package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;

/** A spreadsheet refused as a whole, with every problem (line, column, header, what to fix); nothing of it was taken. */
public class InvalidSheetException extends InvalidFileException {

  /** {@code title} names the file, e.g. "Danh sách công đoàn cơ sở không hợp lệ". */
  public InvalidSheetException(String title, List<FileProblem> problems) {
    super(title, title + "; không có dữ liệu nào được nhập. Hãy sửa các lỗi sau rồi gửi lại.", problems);
  }
}
