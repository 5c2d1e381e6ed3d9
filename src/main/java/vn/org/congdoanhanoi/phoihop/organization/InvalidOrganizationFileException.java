package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;

/** An organisation file that was refused as a whole; nothing of it was imported. */
public class InvalidOrganizationFileException extends InvalidFileException {

  public InvalidOrganizationFileException(List<FileProblem> problems) {
    super("Tệp dữ liệu tổ chức không hợp lệ",
        "Tệp dữ liệu tổ chức không hợp lệ; không có dữ liệu nào được nhập. Hãy sửa các lỗi sau rồi gửi lại.",
        problems);
  }
}
