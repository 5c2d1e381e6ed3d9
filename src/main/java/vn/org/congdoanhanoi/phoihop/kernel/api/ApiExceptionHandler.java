package vn.org.congdoanhanoi.phoihop.kernel.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;

/**
 * Turns failures of our own /api into RFC 9457 problem details with a Vietnamese message saying what to fix.
 * Internals (exception classes, stack traces) never reach the caller.
 */
@RestControllerAdvice(basePackages = "vn.org.congdoanhanoi.phoihop")
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidFileException.class)
  ProblemDetail invalidFile(InvalidFileException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.detail());
    problem.setTitle(e.title());
    problem.setProperty("errors", e.problems().stream().map(ApiExceptionHandler::answer).toList());
    return problem;
  }

  /** Line, field and message; a spreadsheet's problems also name the column letter. */
  private static Map<String, Object> answer(FileProblem p) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("line", p.line());
    if (p.column() != null) {
      answer.put("column", p.column());
    }
    answer.put("field", p.field());
    answer.put("message", p.message());
    return answer;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Yêu cầu không hợp lệ");
    if (!e.fieldErrors().isEmpty()) {
      problem.setProperty("errors", e.fieldErrors());
    }
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Không có quyền");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Không tìm thấy");
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Nội dung yêu cầu không đọc được; hãy gửi đúng định dạng (JSON hoặc YAML, mã UTF-8).");
    problem.setTitle("Yêu cầu không hợp lệ");
    return problem;
  }

  /** A multipart file over the servlet's limit ({@code spring.servlet.multipart}), before any reader sees it. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "Tệp gửi lên quá lớn" + (e.getMaxUploadSize() > 0 ? ": tối đa " + e.getMaxUploadSize() / (1024 * 1024) + " MB"
            : "") + ".");
    problem.setTitle("Tệp quá lớn");
    return problem;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Kiểu nội dung " + e.getContentType() + " không được hỗ trợ; dùng: " + e.getSupportedMediaTypes());
    problem.setTitle("Kiểu nội dung không được hỗ trợ");
    return problem;
  }

  /**
   * Everything else, engine errors included, by its meaning (the same as on Camunda's REST API): a lost race
   * ({@link ConflictException}, optimistic locking) is 409, a validator's refusal inside the engine 400 with the
   * fields, a refusal 403; only what has no meaning is a 500.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail byMeaning(Exception e, HttpServletRequest request) {
    ErrorAnswer answer = ErrorAnswers.of(e, () -> null);
    if (answer.status() >= 500 && e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
      // Spring MVC's own refusals (a missing parameter, a wrong method) keep their status.
      answer = new ErrorAnswer(spring.getStatusCode().value(), "InvalidRequestException", ErrorAnswers.BAD_REQUEST,
          List.of());
    }
    if (answer.status() >= 500) {
      request.setAttribute(ErrorAnswers.SERVER_FAILURE_ATTRIBUTE, e);
      LOG.error("Unexpected error in /api", e);
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(answer.status()), answer.message());
    problem.setTitle(switch (answer.status()) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 403 -> "Không có quyền";
      case 404 -> "Không tìm thấy";
      case 409 -> "Xung đột, hãy thử lại";
      default -> answer.status() >= 500 ? "Lỗi hệ thống" : "Yêu cầu không thực hiện được";
    });
    if (!answer.errors().isEmpty()) {
      problem.setProperty("errors", answer.errors());
    }
    return problem;
  }
}
