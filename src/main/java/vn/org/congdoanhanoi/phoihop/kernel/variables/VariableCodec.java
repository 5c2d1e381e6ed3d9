package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.util.function.Function;

/**
 * How one type of value is stored in a process variable. {@link #encode} yields exactly what the engine stores
 * (a string, a number, a JSON or file value), so existing data and the REST contract keep their form;
 * {@link #decode} accepts whatever the engine or a REST caller hands back for it.
 */
public interface VariableCodec<T> {

  /** The stored form of a value that is not null. */
  Object encode(T value);

  /**
   * The value of a stored form that is not null; null when that form means "no value" (a blank date field).
   *
   * @throws IllegalArgumentException when the stored form is not a value of this type
   */
  T decode(Object stored);

  static <T> VariableCodec<T> of(Function<T, Object> encode, Function<Object, T> decode) {
    return new VariableCodec<>() {
      @Override
      public Object encode(T value) {
        return encode.apply(value);
      }

      @Override
      public T decode(Object stored) {
        return decode.apply(stored);
      }
    };
  }
}
