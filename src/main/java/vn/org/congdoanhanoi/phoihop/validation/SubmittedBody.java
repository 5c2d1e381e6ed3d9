package vn.org.congdoanhanoi.phoihop.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of a start or a task completion, read as a stream over the one copy of its bytes that Camunda will
 * read after us: only the names, types and small values are taken out; a string value (a file's base64 content,
 * or a huge bad value) is read only when it is needed, straight from the bytes. Variables can be left out of what
 * is passed on without copying the body.
 */
final class SubmittedBody {

  /** The body is not JSON we can read; nothing is passed on. */
  static final class UnreadableException extends Exception {
    UnreadableException(String message) {
      super(message);
    }
  }

  /** One entry of {@code "variables"}: where it is in the body, its declared type and what its value is. */
  record Variable(String name, int start, int end, boolean wellFormed, String type, JsonToken valueToken,
                  int valueOffset, Object scalar, Map<String, String> valueInfo) {

    boolean isNull() {
      return valueToken == null || valueToken == JsonToken.VALUE_NULL;
    }
  }

  private final JsonFactory json;
  private final byte[] raw;
  private final Map<String, JsonToken> topLevel = new LinkedHashMap<>();
  private final Map<String, Boolean> topLevelFlags = new HashMap<>();
  private final List<Variable> variables = new ArrayList<>();
  private int variablesOpen = -1;
  private int variablesClose = -1;

  private SubmittedBody(JsonFactory json, byte[] raw) {
    this.json = json;
    this.raw = raw;
  }

  /** A factory for bodies up to {@code maxBytes}: duplicate names refused, since Camunda would keep the last one. */
  static JsonFactory factory(long maxBytes) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes)).maxNestingDepth(100).build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  static SubmittedBody parse(JsonFactory json, byte[] raw) throws UnreadableException {
    SubmittedBody body = new SubmittedBody(json, raw);
    try (JsonParser p = json.createParser(raw)) {
      body.read(p);
    } catch (IOException e) {
      throw new UnreadableException("Nội dung yêu cầu không phải JSON hợp lệ (mã UTF-8, không lặp tên trường).");
    }
    return body;
  }

  private void read(JsonParser p) throws IOException, UnreadableException {
    JsonToken token = p.nextToken();
    if (token == null) {
      return; // no body: nothing is submitted
    }
    if (token != JsonToken.START_OBJECT) {
      throw new UnreadableException("Nội dung yêu cầu phải là một bảng JSON, ví dụ {\"variables\": {…}}.");
    }
    if (offset(p) < 0) {
      throw new UnreadableException("Nội dung yêu cầu phải là JSON mã UTF-8.");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ("variables".equals(name) && value == JsonToken.START_OBJECT) {
        readVariables(p);
      } else if ("variables".equals(name) && value != JsonToken.VALUE_NULL) {
        throw new UnreadableException("\"variables\" phải là một bảng JSON: {\"tên biến\": {\"value\": …}}.");
      } else {
        topLevel.put(name, value);
        if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
          topLevelFlags.put(name, value == JsonToken.VALUE_TRUE);
        }
        p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw new UnreadableException("Nội dung yêu cầu chỉ được là một bảng JSON.");
    }
  }

  private void readVariables(JsonParser p) throws IOException {
    variablesOpen = offset(p);
    String name = null;
    int start = -1;
    VariableReader current = null;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
      if (current != null) {
        variables.add(current.toVariable(name, start, offset(p)));
      }
      name = p.currentName();
      start = offset(p);
      current = new VariableReader();
      current.read(p);
    }
    variablesClose = offset(p); // the closing brace
    if (current != null && token == JsonToken.END_OBJECT) {
      variables.add(current.toVariable(name, start, variablesClose));
    }
  }

  private static int offset(JsonParser p) {
    return (int) p.currentTokenLocation().getByteOffset();
  }

  /** Reads one {@code {"value": …, "type": …, "valueInfo": {…}}} without reading string values. */
  private static final class VariableReader {
    boolean wellFormed = true;
    String type;
    JsonToken valueToken;
    int valueOffset = -1;
    Object scalar;
    final Map<String, String> valueInfo = new HashMap<>();

    void read(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        wellFormed = false;
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "value" -> {
            valueToken = value;
            valueOffset = offset(p);
            if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
              scalar = p.getNumberValue();
            } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
              scalar = p.getBooleanValue();
            }
          }
          case "type" -> {
            if (value == JsonToken.VALUE_STRING) {
              type = Submission.quote(p.getText());
            } else if (value != JsonToken.VALUE_NULL) {
              wellFormed = false;
            }
          }
          case "valueInfo" -> {
            if (value == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String info = p.currentName();
                if (p.nextToken() == JsonToken.VALUE_STRING) {
                  valueInfo.put(info, p.getText());
                }
                p.skipChildren();
              }
              continue;
            }
          }
          default -> {
            // Camunda ignores other fields; so do we.
          }
        }
        p.skipChildren();
      }
    }

    Variable toVariable(String name, int start, int end) {
      return new Variable(name, start, end, wellFormed, type, valueToken, valueOffset, scalar, Map.copyOf(valueInfo));
    }
  }

  List<Variable> variables() {
    return Collections.unmodifiableList(variables);
  }

  Set<String> topLevelFields() {
    return topLevel.keySet();
  }

  /** A top-level field sent with anything but null or false. */
  boolean isSet(String field) {
    return topLevel.containsKey(field) && topLevel.get(field) != JsonToken.VALUE_NULL
        && !Boolean.FALSE.equals(topLevelFlags.get(field));
  }

  /** The text of a string value, read from the bytes. */
  String text(Variable variable) throws IOException {
    try (JsonParser p = json.createParser(raw, variable.valueOffset(), raw.length - variable.valueOffset())) {
      p.nextToken();
      return p.getText();
    }
  }

  /** Decodes a base64 string value into {@code sink} without holding it. */
  void binary(Variable variable, OutputStream sink) throws IOException {
    try (JsonParser p = json.createParser(raw, variable.valueOffset(), raw.length - variable.valueOffset())) {
      p.nextToken();
      p.readBinaryValue(sink);
    }
  }

  byte[] raw() {
    return raw;
  }

  /**
   * The body without the given variables, as a stream over slices of the same bytes. Each kept entry is copied
   * from its name to the end of its value; entries are joined with commas.
   */
  InputStream without(Set<String> names) {
    if (names.isEmpty() || variablesOpen < 0) {
      return new ByteArrayInputStream(raw);
    }
    List<InputStream> parts = new ArrayList<>();
    parts.add(new ByteArrayInputStream(raw, 0, variablesOpen + 1));
    boolean first = true;
    for (Variable variable : variables) {
      if (names.contains(variable.name())) {
        continue;
      }
      if (!first) {
        parts.add(new ByteArrayInputStream(new byte[] {','}));
      }
      int end = variable.end();
      while (end > variable.start() && (Character.isWhitespace(raw[end - 1]) || raw[end - 1] == ',')) {
        end--;
      }
      parts.add(new ByteArrayInputStream(raw, variable.start(), end - variable.start()));
      first = false;
    }
    parts.add(new ByteArrayInputStream(raw, variablesClose, raw.length - variablesClose));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  int lengthWithout(Set<String> names) throws IOException {
    try (InputStream in = without(names)) {
      return (int) in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
