package vn.org.congdoanhanoi.phoihop.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every variable one form (a start form or a task's form) declares, by name. */
public record FormVariables(String formName, Map<String, DeclaredVariable> variables) {

  /** No form, or one that could not be read: nothing may be submitted. */
  public static FormVariables none(String why) {
    return new FormVariables(why, Map.of());
  }

  public FormVariables {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  public DeclaredVariable get(String name) {
    return variables.get(name);
  }

  /** This form plus variables documented for another channel (REST-only start variables). */
  public FormVariables with(Map<String, DeclaredVariable> more) {
    Map<String, DeclaredVariable> all = new LinkedHashMap<>(variables);
    more.forEach(all::putIfAbsent);
    return new FormVariables(formName, all);
  }

  /** The names a user may change, for messages: "proposedDate, venue, …". */
  public String editableNames() {
    String names = String.join(", ", variables.values().stream().filter(v -> !v.readOnly())
        .map(DeclaredVariable::name).toList());
    return names.isEmpty() ? "(không có trường nào)" : names;
  }
}
