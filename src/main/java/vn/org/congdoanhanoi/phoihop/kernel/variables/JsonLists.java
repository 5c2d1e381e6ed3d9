package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lists of codes travel as JSON variables (readable in Cockpit, writable over REST); multi-instance activities
 * need Java lists. Used in BPMN as {@code ${jsonLists.strings(unitCodes)}}; Java code reads through the variable's
 * declaration ({@link ProcessVariables#codes}).
 */
@Component("jsonLists")
public class JsonLists {

  public List<String> strings(Object value) {
    return ProcessVariables.strings(value);
  }

  /**
   * A list of codes as it is stored, for the test drivers that still build start variables by name; they move to
   * the declarations ({@code UNIT_CODES.putInto}) when they are merged into one driver per family, and this goes.
   */
  public static org.camunda.spin.plugin.variable.value.JsonValue toJson(List<String> values) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(ProcessVariables.json(values)).create();
  }
}
