package vn.org.congdoanhanoi.phoihop.kernel.api;

import java.util.List;
import java.util.Map;

/**
 * A refusal that names each wrong field and what to fix, in Vietnamese. Wherever it is thrown (our API, the HTTP
 * guard, a validator inside the engine), it is answered with 400 and the same body: type, message and
 * {@code errors[field, message]}.
 */
public interface FieldErrors {

  /** All problems in one Vietnamese sentence list. */
  String summary();

  /** One entry per problem: {@code field} and {@code message}. */
  List<Map<String, String>> fieldErrors();
}
