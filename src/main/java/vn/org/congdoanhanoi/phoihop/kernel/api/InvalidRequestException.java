package vn.org.congdoanhanoi.phoihop.kernel.api;

import java.util.List;
import java.util.Map;

/** A request that cannot be carried out as sent; the message (Vietnamese) says what to fix. Answered with 400. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<Map<String, String>> fieldErrors;

  public InvalidRequestException(String message) {
    this(message, List.of());
  }

  public InvalidRequestException(String message, List<Map<String, String>> fieldErrors) {
    super(message);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public List<Map<String, String>> fieldErrors() {
    return fieldErrors;
  }
}
