package vn.org.congdoanhanoi.phoihop.kernel.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A table of a {@link YamlDocument} with the fields it may hold. Fields it does not know and fields written twice
 * are reported as soon as it is read, so a misspelt field is named even when the right one is also missing.
 */
public final class YamlMapping {

  private final YamlDocument document;
  private final MappingNode node;
  private final String path;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

  YamlMapping(YamlDocument document, MappingNode node, String path, Set<String> allowed) {
    this.document = document;
    this.node = node;
    this.path = path;
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
      int line = YamlDocument.line(tuple.getKeyNode());
      if (!allowed.contains(key)) {
        document.problem(line, fieldPath(key), "trường không được hỗ trợ; các trường hợp lệ: "
            + allowed.stream().sorted().toList());
      } else if (fields.putIfAbsent(key, tuple) != null) {
        document.problem(line, fieldPath(key), "trường bị khai báo hai lần");
      }
    }
  }

  /** The field {@code name}, given or not: the typed reads of {@link YamlValue} report what is missing. */
  public YamlValue get(String name) {
    return get(name, null);
  }

  /**
   * The field {@code name}, with an example of a good value that the problems "missing" and "empty" show, e.g.
   * {@code get("year", "2027")}.
   */
  public YamlValue get(String name, String example) {
    NodeTuple tuple = fields.get(name);
    return tuple == null
        ? YamlValue.absent(document, YamlDocument.line(node), fieldPath(name), example)
        : YamlValue.field(document, tuple, fieldPath(name), example);
  }

  /** Where the table stands: its path ({@code years[2]}, empty for the whole file). */
  public String path() {
    return path;
  }

  /** Its first line in the file (1-based). */
  public int line() {
    return YamlDocument.line(node);
  }

  private String fieldPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
