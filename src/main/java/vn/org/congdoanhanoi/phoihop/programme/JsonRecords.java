package vn.org.congdoanhanoi.phoihop.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A list of records kept as one JSON process variable (readable in Cockpit, never Java-serialized): read it, or add a
 * record in place of the ones it replaces.
 */
final class JsonRecords<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TypeReference<List<T>> type;

  JsonRecords(TypeReference<List<T>> type) {
    this.type = type;
  }

  List<T> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a JSON list of " + type.getType() + ": " + e.getMessage(), e);
    }
  }

  String with(String json, T record, Predicate<T> replaced) {
    List<T> all = new ArrayList<>(read(json));
    all.removeIf(replaced);
    all.add(record);
    try {
      return JSON.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
