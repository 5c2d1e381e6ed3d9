package vn.org.congdoanhanoi.phoihop.platform.fanout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Start variables as stored in a fan-out row: a JSON object of name → {@code {"type": …, "value": …}}, so that a
 * child is started with exactly the types its parent planned (an Integer stays an Integer, a JSON list a JSON
 * variable). Anything else (dates, files, Java objects) is refused when the plan is recorded, never when a batch
 * runs hours later.
 */
final class FanOutValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FanOutValues() {}

  static String encode(Map<String, Object> variables) {
    ObjectNode root = JSON.createObjectNode();
    variables.forEach((name, value) -> {
      ObjectNode typed = root.putObject(name);
      if (value == null) {
        typed.put("type", "Null");
      } else if (value instanceof String text) {
        typed.put("type", "String").put("value", text);
      } else if (value instanceof Boolean flag) {
        typed.put("type", "Boolean").put("value", flag);
      } else if (value instanceof Integer number) {
        typed.put("type", "Integer").put("value", number);
      } else if (value instanceof Long number) {
        typed.put("type", "Long").put("value", number);
      } else if (value instanceof Double number) {
        typed.put("type", "Double").put("value", number);
      } else if (value instanceof SpinJsonNode node) {
        typed.put("type", "Json").put("value", node.toString());
      } else if (value instanceof JsonValue json) {
        typed.put("type", "Json").put("value", serialized(json));
      } else {
        throw new IllegalArgumentException("Fan-out variable '" + name + "' holds a " + value.getClass().getName()
            + "; only text, numbers, flags, null and JSON variables can be planned");
      }
    });
    return root.toString();
  }

  static Map<String, Object> decode(String stored) {
    Map<String, Object> variables = new LinkedHashMap<>();
    try {
      JSON.readTree(stored).fields().forEachRemaining(field -> variables.put(field.getKey(), value(field.getValue())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A fan-out row holds variables that are not JSON: " + e.getMessage(), e);
    }
    return variables;
  }

  private static Object value(JsonNode typed) {
    JsonNode value = typed.get("value");
    return switch (typed.path("type").asText()) {
      case "Null" -> null;
      case "String" -> value.asText();
      case "Boolean" -> value.asBoolean();
      case "Integer" -> value.asInt();
      case "Long" -> value.asLong();
      case "Double" -> value.asDouble();
      case "Json" -> SpinValues.jsonValue(value.asText()).create();
      default -> throw new IllegalStateException("Unknown fan-out variable type " + typed.path("type"));
    };
  }

  private static String serialized(JsonValue json) {
    if (!json.isDeserialized()) {
      return json.getValueSerialized();
    }
    return json.getValue().toString();
  }
}
