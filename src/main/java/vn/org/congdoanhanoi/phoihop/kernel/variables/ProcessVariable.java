package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A process variable declared once, with its name and its type: every read and write goes through it, so a name is
 * never typed twice and nothing casts. Declared as constants of the class that owns a process key (see
 * {@link ProcessVariables} for the types). Where only the name will do (form keys, BPMN expressions, JSON of the REST
 * contract), use {@link #name()}.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final VariableCodec<T> codec;

  ProcessVariable(String name, VariableCodec<T> codec) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A process variable needs a name");
    }
    this.name = name;
    this.codec = codec;
  }

  public String name() {
    return name;
  }

  /** The names of variables, for queries that select variables by name (history, REST). */
  public static String[] names(ProcessVariable<?>... variables) {
    return java.util.Arrays.stream(variables).map(ProcessVariable::name).toArray(String[]::new);
  }

  /** The value in the scope (or a parent scope); fails naming the variable when it is absent. */
  public T required(VariableScope scope) {
    return required(scope::getVariable);
  }

  public Optional<T> optional(VariableScope scope) {
    return optional(scope::getVariable);
  }

  /** The value, or null when absent: for records whose fields may be empty. */
  public T orNull(VariableScope scope) {
    return optional(scope).orElse(null);
  }

  /** The value in variables read elsewhere: a start or task submission, history, a REST answer. */
  public T required(Map<String, ?> variables) {
    return required(variables::get);
  }

  public Optional<T> optional(Map<String, ?> variables) {
    return optional(variables::get);
  }

  public T orNull(Map<String, ?> variables) {
    return optional(variables).orElse(null);
  }

  /** Sets the variable where the engine would (the scope that holds it, else the process instance). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Adds the variable to the variables of a start, a message correlation or a task completion. */
  public <M extends Map<String, Object>> M putInto(M variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }

  /** Copies the value from a scope into a map in its stored form (a payload, a message's variables). */
  public <M extends Map<String, Object>> M copy(VariableScope scope, M into) {
    return putInto(into, orNull(scope));
  }

  /** The form the engine stores for a value (null stays null): for APIs that take a name and a value. */
  public Object stored(T value) {
    return value == null ? null : codec.encode(value);
  }

  private T required(Function<String, Object> lookup) {
    return optional(lookup).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is missing"));
  }

  private Optional<T> optional(Function<String, Object> lookup) {
    Object stored = lookup.apply(name);
    try {
      return Optional.ofNullable(parse(stored));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Process variable '" + name + "' holds '" + stored + "', which is not "
          + "a value of its type: " + e.getMessage(), e);
    }
  }

  /**
   * The value of a form handed in directly: an argument of a BPMN expression, a submitted field. Null for null
   * (and for a blank non-text).
   *
   * @throws IllegalArgumentException when it is not a value of this variable's type
   */
  public T parse(Object stored) {
    if (stored instanceof TypedValue typed && !(stored instanceof org.camunda.bpm.engine.variable.value.FileValue)
        && !(stored instanceof org.camunda.bpm.engine.variable.value.SerializableValue)) {
      stored = typed.getValue();
    }
    if (stored == null) {
      return null;
    }
    try {
      return codec.decode(stored);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
