package vn.org.congdoanhanoi.phoihop.validation;

import java.util.List;
import java.util.Map;

/**
 * Checks the variables a process is started with. The HTTP guard runs it before Camunda's REST API (to answer
 * 400 with what to fix); the process runs it again at its start event, so the Java API cannot bypass it.
 */
public interface StartValidator {

  String processDefinitionKey();

  List<Violation> validate(Map<String, Object> variables);
}
