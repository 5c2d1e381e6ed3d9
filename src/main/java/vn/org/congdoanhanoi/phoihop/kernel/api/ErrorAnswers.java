package vn.org.congdoanhanoi.phoihop.kernel.api;

import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.rest.exception.RestException;
import vn.org.congdoanhanoi.phoihop.kernel.access.EngineRefusal;

/**
 * Turns any failure into its meaning ({@link ErrorAnswer}), the same way for Camunda's REST API, the webapps' API
 * and our /api. Camunda wraps what went wrong (a validator inside a task listener becomes ENGINE-03051, a lost race
 * inside a REST call a 500 "RestException"), so the whole cause chain is read: the innermost known reason wins over
 * the wrapper around it.
 */
public final class ErrorAnswers {

  static final String CONCURRENT_CHANGE = "Dữ liệu này vừa được người khác thay đổi cùng lúc nên thao tác của bạn "
      + "chưa được lưu; hãy tải lại rồi thử lại.";
  static final String ALREADY_CLAIMED = "Công việc này đã có người khác nhận; hãy tải lại danh sách công việc rồi thử "
      + "lại nếu vẫn cần.";
  static final String ALREADY_COMPLETED = "Công việc này vừa được hoàn thành (có thể bởi người khác cùng đơn vị); hãy "
      + "tải lại danh sách công việc rồi thử lại nếu vẫn cần.";
  static final String NOT_FOUND = "Không tìm thấy đối tượng này, hoặc bạn không được xem nó; hãy kiểm tra lại mã.";
  static final String FORBIDDEN = "Bạn không có quyền thực hiện việc này.";
  static final String BAD_REQUEST = "Yêu cầu không hợp lệ; hãy kiểm tra đường dẫn, tham số và giá trị gửi lên.";
  static final String SERVER_ERROR = "Lỗi hệ thống; không có thay đổi nào được lưu. Hãy thử lại hoặc báo quản trị "
      + "viên.";
  /** Camunda says nothing more specific than this message when a password fails the policy (SaveUserCmd). */
  static final String CAMUNDA_PASSWORD_POLICY_MESSAGE = "Password does not match policy";
  /** Longest part of Camunda's own (English) explanation we pass on, so that long input is never echoed whole. */
  static final int MAX_DETAIL = 200;

  /**
   * Request attribute holding the failure a handler answered with a 5xx, so outer filters can still tell its cause
   * (a lost database connection is a 503, not a 500) after Jersey or Spring MVC turned it into an answer.
   */
  public static final String SERVER_FAILURE_ATTRIBUTE = ErrorAnswers.class.getName() + ".serverFailure";

  private ErrorAnswers() {}

  public static ErrorAnswer of(Throwable error, Supplier<PasswordPolicy> passwordPolicy) {
    List<Throwable> chain = chain(error);
    for (int i = chain.size() - 1; i >= 0; i--) {
      ErrorAnswer answer = specific(chain.get(i), passwordPolicy);
      if (answer != null) {
        return answer;
      }
    }
    for (Throwable cause : chain) {
      ErrorAnswer answer = general(cause);
      if (answer != null) {
        return answer;
      }
    }
    return ErrorAnswer.serverError(SERVER_ERROR);
  }

  /** Reasons that mean the same wherever they are found in the chain. */
  private static ErrorAnswer specific(Throwable cause, Supplier<PasswordPolicy> passwordPolicy) {
    if (cause instanceof FieldErrors refused) {
      return ErrorAnswer.badRequest(refused.summary(), refused.fieldErrors());
    }
    if (cause instanceof ConflictException) {
      return ErrorAnswer.conflict(cause.getMessage());
    }
    if (cause instanceof OptimisticLockingException) {
      return ErrorAnswer.conflict(CONCURRENT_CHANGE);
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return ErrorAnswer.conflict(ALREADY_CLAIMED);
    }
    if (cause instanceof EngineRefusal || cause instanceof ForbiddenException) {
      return ErrorAnswer.forbidden(cause.getMessage());
    }
    if (cause instanceof AuthorizationException) {
      return ErrorAnswer.forbidden(FORBIDDEN);
    }
    if (cause instanceof NotFoundException) {
      return ErrorAnswer.notFound(cause.getMessage());
    }
    if (cause instanceof ProcessEngineException && CAMUNDA_PASSWORD_POLICY_MESSAGE.equals(cause.getMessage())) {
      return ErrorAnswer.badRequest(passwordRequirements(passwordPolicy.get()),
          List.of(Map.of("field", "password", "message", passwordRequirements(passwordPolicy.get()))));
    }
    if (cause instanceof org.camunda.bpm.engine.exception.NotFoundException || isMissingEntity(cause)) {
      return ErrorAnswer.notFound(NOT_FOUND);
    }
    return null;
  }

  /** The status Camunda or JAX-RS chose for the outermost error it knows, worded for the user. */
  private static ErrorAnswer general(Throwable cause) {
    int status;
    if (cause instanceof RestException rest && rest.getStatus() != null) {
      status = rest.getStatus().getStatusCode();
    } else if (cause instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
    } else if (cause instanceof BadUserRequestException || cause instanceof ParseException) {
      status = 400;
    } else if (cause.getClass().getName().startsWith("com.fasterxml.jackson.")) {
      status = 400;
    } else {
      return null;
    }
    return switch (status) {
      case 400 -> ErrorAnswer.badRequest(withDetail(BAD_REQUEST, cause.getMessage()), List.of());
      case 401, 403 -> ErrorAnswer.forbidden(FORBIDDEN);
      case 404 -> ErrorAnswer.notFound(NOT_FOUND);
      case 405 -> new ErrorAnswer(405, "MethodNotAllowed", "Đường dẫn này không nhận phương thức HTTP đã gửi.",
          List.of());
      case 415 -> new ErrorAnswer(415, "UnsupportedMediaType",
          "Kiểu nội dung không được hỗ trợ; hãy gửi JSON (Content-Type: application/json).", List.of());
      default -> status >= 400 && status < 500
          ? new ErrorAnswer(status, "InvalidRequestException", BAD_REQUEST, List.of()) : null;
    };
  }

  /** Camunda reports a missing task, execution, job… as a null value "Cannot find …" instead of NotFoundException. */
  private static boolean isMissingEntity(Throwable cause) {
    if (!(cause instanceof NullValueException) || cause.getMessage() == null) {
      return false;
    }
    String message = cause.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("cannot find") || message.contains("not found") || message.contains("doesn't exist")
        || message.contains("does not exist");
  }

  /** Camunda's explanation, when it is readable: no class names, cut at a whole character. */
  static String withDetail(String sentence, String detail) {
    if (detail == null || detail.isBlank() || detail.contains("java.") || detail.contains("org.")
        || detail.contains("com.") || detail.contains("Exception")) {
      return sentence;
    }
    return sentence + " Chi tiết: " + shorten(detail.strip(), MAX_DETAIL);
  }

  /** At most {@code max} code points, never splitting a surrogate pair or a letter from its accents. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max);
    while (end > 0 && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + "…";
  }

  static String passwordRequirements(PasswordPolicy policy) {
    List<String> rules = new ArrayList<>();
    if (policy != null) {
      for (PasswordPolicyRule rule : policy.getRules()) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        switch (rule.getPlaceholder()) {
          case "PASSWORD_POLICY_LENGTH" -> rules.add("ít nhất " + p.get("minLength") + " ký tự");
          case "PASSWORD_POLICY_LOWERCASE" -> rules.add("ít nhất " + p.get("minLowerCase") + " chữ thường");
          case "PASSWORD_POLICY_UPPERCASE" -> rules.add("ít nhất " + p.get("minUpperCase") + " chữ hoa");
          case "PASSWORD_POLICY_DIGIT" -> rules.add("ít nhất " + p.get("minDigit") + " chữ số");
          case "PASSWORD_POLICY_SPECIAL" -> rules.add("ít nhất " + p.get("minSpecial") + " ký tự đặc biệt (ví dụ @ # !)");
          case "PASSWORD_POLICY_USER_DATA" -> rules.add("không chứa tên đăng nhập, họ, tên hay e-mail");
          default -> rules.add(rule.getPlaceholder());
        }
      }
    }
    return "Mật khẩu (password) chưa đạt yêu cầu" + (rules.isEmpty() ? "" : ": " + String.join(", ", rules))
        + ". Hãy đặt mật khẩu khác.";
  }

  private static List<Throwable> chain(Throwable error) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
