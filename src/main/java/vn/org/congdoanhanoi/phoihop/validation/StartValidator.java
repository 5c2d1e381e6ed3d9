package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import java.util.Map;

/**
 * Checks the variables a process is started with. The HTTP guard runs it before Camunda's REST API (to answer
 * 400 with what to fix); the process runs it again at its start event, so the Java API cannot bypass it.
 */
public interface StartValidator {

  String processDefinitionKey();

  /**
   * Variables other systems may start the process with over REST although the start form has no field for them
   * (documented in the README), with their kind. Anything else not on the start form is refused.
   */
  default java.util.Collection<DeclaredVariable> restOnlyVariables() {
    return List.of();
  }

  List<Violation> validate(Map<String, Object> variables);
}
