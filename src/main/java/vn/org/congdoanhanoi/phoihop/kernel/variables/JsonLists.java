package vn.org.congdoanhanoi.phoihop.kernel.variables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lists of codes travel as JSON variables (readable in Cockpit, writable over REST); multi-instance activities
 * need Java lists. Used in BPMN as {@code ${jsonLists.strings(unitCodes)}}.
 */
@Component("jsonLists")
public class JsonLists {

  private static final ObjectMapper JSON = new ObjectMapper();

  public List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue typed && !typed.isDeserialized()) {
      // A JSON variable not yet stored (e.g. still in the map of a start call) is only its serialized text.
      return strings(typed.getValueSerialized());
    }
    if (value instanceof SpinJsonNode node) {
      node.elements().forEach(e -> result.add(e.stringValue()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> result.add(String.valueOf(e)));
    } else {
      try {
        for (Object element : JSON.readValue(value.toString(), List.class)) {
          result.add(String.valueOf(element));
        }
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not a JSON list of texts: " + value, e);
      }
    }
    return result;
  }

  public static JsonValue toJson(List<String> values) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
