package vn.org.congdoanhanoi.phoihop.kernel.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a failed request is answered with, on every API: the HTTP status and a body with a {@code type} (a stable
 * word for programs), a Vietnamese {@code message} saying what happened and what to do, and for bad values the
 * {@code errors} per field. Never a class name or a stack trace.
 */
public record ErrorAnswer(int status, String type, String message, List<Map<String, String>> errors) {

  public ErrorAnswer {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  static ErrorAnswer badRequest(String message, List<Map<String, String>> errors) {
    return new ErrorAnswer(400, "InvalidRequestException", message, errors);
  }

  static ErrorAnswer forbidden(String message) {
    return new ErrorAnswer(403, "Forbidden", message, List.of());
  }

  static ErrorAnswer notFound(String message) {
    return new ErrorAnswer(404, "NotFound", message, List.of());
  }

  static ErrorAnswer conflict(String message) {
    return new ErrorAnswer(409, "Conflict", message, List.of());
  }

  static ErrorAnswer serverError(String message) {
    return new ErrorAnswer(500, "ServerError", message, List.of());
  }

  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
