package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables, so delegates never cast. */
public final class Variables {

  private Variables() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static String requiredText(VariableScope scope, String name) {
    String value = text(scope, name);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public static LocalDate date(VariableScope scope, String name) {
    String value = text(scope, name);
    return value == null || value.isBlank() ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  public static LocalTime time(VariableScope scope, String name) {
    String value = text(scope, name);
    return value == null || value.isBlank() ? null : LocalTime.parse(value.length() > 5 ? value.substring(0, 5) : value);
  }

  public static int integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : Integer.parseInt(requiredText(scope, name));
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }
}
