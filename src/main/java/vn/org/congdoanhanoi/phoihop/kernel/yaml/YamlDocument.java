package vn.org.congdoanhanoi.phoihop.kernel.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML data file (organisation, holidays, …) read for people who have to fix it: every read names the 1-based
 * line and the field path ({@code units[3].code}) of what is wrong and says in Vietnamese what to write instead.
 * Reads never throw for a wrong value; they collect a {@link FileProblem} and go on, so one answer lists every
 * mistake of the file. {@link #refuseIfProblems()} then refuses the file as a whole.
 *
 * <p>It works on SnakeYAML's composed node tree rather than on bound objects, because bound objects forget where
 * they came from. The tree is composed with limits (nesting, aliases to lists and tables, size), so that a hostile
 * file stops early with a problem instead of exhausting memory.
 *
 * <p><b>One rule for empty values.</b> A value written as YAML null (nothing after the colon, {@code ~},
 * {@code null}) or as blank text ({@code ""}) is <em>no value</em>: an optional field takes its default, a list
 * is empty, and a required field is reported as empty ("không được để trống") on its own line. Quoted
 * {@code "~"} or {@code "null"} are text like any other. See {@link YamlValue#isGiven()}.
 */
public final class YamlDocument {

  /** Deeper than any real file (4 levels), and no alias bombs ("billion laughs"): a hostile file stops early. */
  public static final int NESTING_LIMIT = 20;
  public static final int ALIAS_LIMIT = 20;
  public static final int CODE_POINT_LIMIT = 10 * 1024 * 1024;

  /** How many characters of a value a message quotes before "…": a runaway value must not flood the answer. */
  static final int QUOTE_LENGTH = 60;

  private static final String WHOLE_FILE = "(tệp)";

  private final Function<List<FileProblem>, ? extends InvalidFileException> refusal;
  private final List<FileProblem> problems = new ArrayList<>();
  private final YamlMapping root;

  private YamlDocument(MappingNode root, Set<String> rootFields,
                       Function<List<FileProblem>, ? extends InvalidFileException> refusal) {
    this.refusal = refusal;
    this.root = new YamlMapping(this, root, "", rootFields);
  }

  /**
   * Reads a file whose top level is a table with the given fields. A file that is not YAML, breaks a limit or is
   * not such a table is refused at once with the exception {@code refusal} makes: nothing of it can be read.
   */
  public static YamlDocument read(String text, Set<String> rootFields,
                                  Function<List<FileProblem>, ? extends InvalidFileException> refusal) {
    if (text.codePointCount(0, text.length()) > CODE_POINT_LIMIT) {
      // Refused before SnakeYAML reads it: scanning one long value costs more than linear time (~50 s for 10 MB).
      throw refusal.apply(wholeFile(1, "tệp quá lớn: tối đa " + CODE_POINT_LIMIT + " ký tự"));
    }
    Node root;
    try {
      root = new Yaml(new SafeConstructor(limits())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw refusal.apply(wholeFile(line, "không đọc được YAML: " + quote(e.getProblem())));
    } catch (YAMLException e) {
      // SnakeYAML's limits (aliases, nesting, size) end here without a position.
      throw refusal.apply(wholeFile(1, "tệp lồng nhau quá " + NESTING_LIMIT + " cấp, dùng bí danh (&/*) cho bảng "
          + "hoặc danh sách quá " + ALIAS_LIMIT + " lần, hoặc quá lớn; hãy viết thẳng từng mục như tệp mẫu."));
    }
    if (!(root instanceof MappingNode mapping)) {
      throw refusal.apply(wholeFile(1, "tệp phải là một bảng YAML có " + (rootFields.size() == 1 ? "mục " : "các mục ")
          + rootFields.stream().sorted().map(name -> "'" + name + "'").collect(Collectors.joining(", "))));
    }
    return new YamlDocument(mapping, rootFields, refusal);
  }

  private static LoaderOptions limits() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(NESTING_LIMIT);
    options.setMaxAliasesForCollections(ALIAS_LIMIT);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(CODE_POINT_LIMIT);
    return options;
  }

  private static List<FileProblem> wholeFile(int line, String message) {
    return List.of(new FileProblem(line, WHOLE_FILE, message));
  }

  /** The top-level table; its unknown and repeated fields are already reported. */
  public YamlMapping root() {
    return root;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the whole file when anything was wrong in it, listing every problem in the order of its lines. */
  public void refuseIfProblems() {
    if (!problems.isEmpty()) {
      List<FileProblem> byLine = new ArrayList<>(problems);
      byLine.sort(Comparator.comparingInt(FileProblem::line));
      throw refusal.apply(byLine);
    }
  }

  void problem(int line, String path, String message) {
    problems.add(new FileProblem(line, path.isEmpty() ? WHOLE_FILE : path, message));
  }

  static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  static String quote(Object value) {
    String text = String.valueOf(value);
    return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
  }
}
