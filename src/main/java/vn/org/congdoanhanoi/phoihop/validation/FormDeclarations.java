package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which variables a form submits, from the form itself: a Camunda Form (form-js JSON: every component with a
 * {@code key}, nested ones included) or an embedded Tasklist form (HTML: elements with {@code cam-variable-name} /
 * {@code cam-variable-type}, and the {@code data-form-variables} block of forms that set their variables from a
 * script).
 */
public final class FormDeclarations {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** form-js components that hold a value the user types or picks, with the kind it submits. */
  private static final Map<String, VariableKind> FORM_JS_KINDS = Map.of(
      "textfield", VariableKind.TEXT, "textarea", VariableKind.TEXT, "radio", VariableKind.TEXT,
      "select", VariableKind.TEXT, "number", VariableKind.NUMBER, "checkbox", VariableKind.BOOLEAN,
      "checklist", VariableKind.JSON, "taglist", VariableKind.JSON);
  /** Components without a value of their own. */
  private static final Set<String> LAYOUT = Set.of("text", "html", "image", "spacer", "separator", "button",
      "iframe", "table", "documentPreview");

  private static final Pattern CAM_FIELD = Pattern.compile(
      "<(?:input|textarea|select)\\b([^>]*\\bcam-variable-name\\s*=\\s*\"([^\"]+)\"[^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAM_TYPE = Pattern.compile("\\bcam-variable-type\\s*=\\s*\"([^\"]*)\"",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_INPUT = Pattern.compile("\\btype\\s*=\\s*\"file\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern READONLY = Pattern.compile("\\s(?:readonly|disabled)(?:\\s|=|/|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DECLARATION = Pattern.compile(
      "<script\\b[^>]*\\bdata-form-variables\\b[^>]*>(.*?)</script>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private FormDeclarations() {}

  /** A Camunda Form (.form): keyed components; read-only ones may only be sent back unchanged. */
  public static FormVariables camundaForm(String name, String json) throws IOException {
    return camundaForm(name, JSON.readTree(json));
  }

  /** The Camunda Form in {@code json} if its {@code id} is {@code formId}, else null. */
  public static FormVariables camundaFormIfId(String formId, String name, String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    return formId.equals(root.path("id").asText(null)) ? camundaForm(name, root) : null;
  }

  private static FormVariables camundaForm(String name, JsonNode root) {
    Map<String, DeclaredVariable> variables = new LinkedHashMap<>();
    collect(root.path("components"), variables);
    return new FormVariables(name, variables);
  }

  private static void collect(JsonNode components, Map<String, DeclaredVariable> variables) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (component.has("components")) {
        // A group with a "path" submits one object under that path: not a form of ours, so nothing under it.
        if (!component.hasNonNull("path") || component.path("path").asText("").isEmpty()) {
          collect(component.path("components"), variables);
        }
        continue;
      }
      String key = component.path("key").asText("");
      if (key.isEmpty() || LAYOUT.contains(type) || component.path("disabled").asBoolean(false)) {
        continue; // form-js never submits disabled fields
      }
      VariableKind kind = "datetime".equals(type) ? dateTimeKind(component.path("subtype").asText("date"))
          : FORM_JS_KINDS.get(type);
      // An unknown kind of field (e.g. a computed expression) may only echo the value it shows.
      boolean readOnly = kind == null || component.path("readonly").asBoolean(false);
      String label = firstText(component, "label", "dateLabel", "timeLabel");
      variables.put(key, new DeclaredVariable(key, kind == null ? VariableKind.TEXT : kind, readOnly, label));
    }
  }

  private static VariableKind dateTimeKind(String subtype) {
    return switch (subtype) {
      case "time" -> VariableKind.TIME;
      case "datetime" -> VariableKind.DATE_TIME;
      default -> VariableKind.DATE;
    };
  }

  private static String firstText(JsonNode component, String... fields) {
    for (String field : fields) {
      if (component.hasNonNull(field) && !component.get(field).asText().isBlank()) {
        return component.get(field).asText();
      }
    }
    return null;
  }

  /**
   * An embedded form (.html). Its {@code cam-variable-name} fields are declared with their {@code cam-variable-type}
   * (a file input: File); a form that sets variables from its script declares them in
   * {@code <script type="application/json" data-form-variables>{"submits": {"name": "String", …}, "shows": ["name",
   * "year:Integer", …]}</script>}: "submits" are what the user enters, "shows" the context the form fetches and
   * Tasklist sends back unchanged.
   */
  public static FormVariables embeddedForm(String name, String html) throws IOException {
    Map<String, DeclaredVariable> variables = new LinkedHashMap<>();
    Matcher field = CAM_FIELD.matcher(html);
    while (field.find()) {
      String attributes = field.group(1);
      Matcher type = CAM_TYPE.matcher(attributes);
      VariableKind kind = FILE_INPUT.matcher(attributes).find() ? VariableKind.FILE
          : VariableKind.ofCamundaType(type.find() ? type.group(1) : null);
      variables.put(field.group(2), new DeclaredVariable(field.group(2), kind,
          READONLY.matcher(attributes).find(), null));
    }
    Matcher declaration = DECLARATION.matcher(html);
    while (declaration.find()) {
      JsonNode block = JSON.readTree(declaration.group(1));
      block.path("submits").fields().forEachRemaining(e -> variables.put(e.getKey(),
          new DeclaredVariable(e.getKey(), VariableKind.ofCamundaType(e.getValue().asText()), false, null)));
      // "name" is a text the form shows; "name:Integer" one of another type, sent back with that type.
      block.path("shows").forEach(shown -> {
        String[] nameAndType = shown.asText().split(":", 2);
        VariableKind kind = nameAndType.length == 2 ? VariableKind.ofCamundaType(nameAndType[1]) : VariableKind.TEXT;
        variables.putIfAbsent(nameAndType[0], new DeclaredVariable(nameAndType[0], kind, true, null));
      });
    }
    return new FormVariables(name, variables);
  }
}
