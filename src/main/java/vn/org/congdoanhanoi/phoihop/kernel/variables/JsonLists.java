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
}
