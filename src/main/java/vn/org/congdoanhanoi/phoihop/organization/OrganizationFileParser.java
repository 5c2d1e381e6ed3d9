package vn.org.congdoanhanoi.phoihop.organization;

import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;

import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Reads the organisation file (YAML) and checks it as a whole. It works on SnakeYAML's node tree rather than on
 * bound objects because every problem must name the line and the field the administrator has to fix.
 */
public final class OrganizationFileParser {

  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");

  private final List<FileProblem> problems = new ArrayList<>();
  private boolean skipPeopleOfUnknownUnits;

  private OrganizationFileParser() {}

  /** Deeper than any real file (4 levels), and no alias bombs ("billion laughs"): a hostile file stops early. */
  static final int NESTING_LIMIT = 20;
  static final int ALIAS_LIMIT = 20;
  static final int CODE_POINT_LIMIT = 10 * 1024 * 1024;

  private static LoaderOptions limits() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(NESTING_LIMIT);
    options.setMaxAliasesForCollections(ALIAS_LIMIT);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(CODE_POINT_LIMIT);
    return options;
  }

  /** Parses a whole organisation file; units are required. */
  public static Organization parse(String text) {
    return new OrganizationFileParser().parseDocument(text, List.of(), true);
  }

  /**
   * Parses a file that holds only {@code people} (the demo accounts), checked against an organisation already
   * known. People of units that organisation no longer has are left out rather than refused: the demo file
   * must keep working after an administrator imports a smaller organisation.
   */
  public static List<Person> parsePeople(String text, Organization organization) {
    OrganizationFileParser parser = new OrganizationFileParser();
    parser.skipPeopleOfUnknownUnits = true;
    return parser.parseDocument(text, organization.units(), false).people();
  }

  private Organization parseDocument(String text, List<Unit> knownUnits, boolean unitsRequired) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(limits())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new InvalidOrganizationFileException(
          List.of(new FileProblem(line, "(tệp)", "không đọc được YAML: " + Submission.quote(e.getProblem()))));
    } catch (YAMLException e) {
      // SnakeYAML's limits (aliases, nesting, size) end here without a position.
      throw new InvalidOrganizationFileException(List.of(new FileProblem(1, "(tệp)", "tệp lồng nhau quá "
          + NESTING_LIMIT + " cấp, dùng bí danh (&/*) cho bảng hoặc danh sách quá " + ALIAS_LIMIT
          + " lần, hoặc quá lớn; hãy viết thẳng từng đơn vị, cụm và người như tệp mẫu.")));
    }
    if (!(root instanceof MappingNode document)) {
      throw new InvalidOrganizationFileException(List.of(new FileProblem(1, "(tệp)",
          "tệp phải là một bảng YAML có các mục 'units', 'clusters', 'people'")));
    }
    Map<String, NodeTuple> sections = fields(document, "", unitsRequired
        ? Set.of("units", "clusters", "people") : Set.of("people"));

    List<Unit> units = new ArrayList<>(knownUnits);
    if (unitsRequired) {
      units = sequence(sections.get("units"), "units", document, true, this::unit);
      checkUnits(units, sections.get("units"));
    }
    Map<String, Unit> unitsByCode = new HashMap<>();
    units.forEach(u -> unitsByCode.putIfAbsent(u.code(), u));

    List<Cluster> clusters = sequence(sections.get("clusters"), "clusters", document, false,
        (node, path) -> cluster(node, path, unitsByCode));
    checkClusterMemberships(clusters, sections.get("clusters"));
    List<Person> people = sequence(sections.get("people"), "people", document, false,
        (node, path) -> person(node, path, unitsByCode));
    checkUniqueUsernames(people, sections.get("people"));

    if (!problems.isEmpty()) {
      throw new InvalidOrganizationFileException(problems);
    }
    return new Organization(units, clusters, people);
  }

  private interface ItemReader<T> {
    T read(MappingNode node, String path);
  }

  private <T> List<T> sequence(NodeTuple section, String name, Node parent, boolean required, ItemReader<T> reader) {
    List<T> items = new ArrayList<>();
    if (section == null) {
      if (required) {
        problem(parent, name, "thiếu mục bắt buộc");
      }
      return items;
    }
    if (!(section.getValueNode() instanceof SequenceNode list)) {
      problem(section.getValueNode(), name, "phải là một danh sách (mỗi phần tử bắt đầu bằng '- ')");
      return items;
    }
    if (required && list.getValue().isEmpty()) {
      problem(list, name, "danh sách không được để trống");
    }
    for (int i = 0; i < list.getValue().size(); i++) {
      Node item = list.getValue().get(i);
      String path = name + "[" + i + "]";
      if (item instanceof MappingNode mapping) {
        T value = reader.read(mapping, path);
        if (value != null) {
          items.add(value);
        }
      } else {
        problem(item, path, "mỗi phần tử phải là một bảng có các trường");
      }
    }
    return items;
  }

  private Unit unit(MappingNode node, String path) {
    Map<String, NodeTuple> f = fields(node, path, Set.of("code", "kind", "localityType", "name", "federation",
        "partyCommittee", "email", "partyCommitteeEmail", "active", "example"));
    String code = required(f, node, path, "code", CODE, "chỉ gồm chữ thường không dấu, chữ số và '-' (ví dụ: hoankiem)");
    UnitKind kind = enumValue(f, node, path, "kind", UnitKind.class, true);
    LocalityType localityType = enumValue(f, node, path, "localityType", LocalityType.class, kind == UnitKind.DISTRICT);
    String name = required(f, node, path, "name", null, null);
    String federation = required(f, node, path, "federation", null, null);
    String partyCommittee = kind != null && kind.hasPartyCommittee()
        ? required(f, node, path, "partyCommittee", null, null) : optional(f, path, "partyCommittee", null, null);
    String email = optional(f, path, "email", EMAIL, "không phải địa chỉ thư điện tử hợp lệ");
    String partyEmail = optional(f, path, "partyCommitteeEmail", EMAIL, "không phải địa chỉ thư điện tử hợp lệ");
    boolean active = bool(f, path, "active", true);
    boolean example = bool(f, path, "example", false);
    if (code == null || kind == null || name == null || federation == null) {
      return null;
    }
    return new Unit(code, kind, localityType, name, federation, partyCommittee, email, partyEmail, active, example);
  }

  private void checkUnits(List<Unit> units, NodeTuple section) {
    if (section == null || !(section.getValueNode() instanceof SequenceNode list)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    long cities = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      Node node = itemWithCode(list, unit.code());
      if (!seen.add(unit.code())) {
        problem(node, "units[" + list.getValue().indexOf(node) + "].code", "mã đơn vị '" + unit.code()
            + "' bị trùng; mỗi đơn vị phải có một mã riêng");
      }
      if (unit.kind() == UnitKind.CITY) {
        cities++;
      }
    }
    if (cities != 1 && problems.isEmpty()) {
      problem(section.getKeyNode(), "units", "phải có đúng một đơn vị kind: CITY (LĐLĐ thành phố), hiện có " + cities);
    }
  }

  private Cluster cluster(MappingNode node, String path, Map<String, Unit> units) {
    Map<String, NodeTuple> f = fields(node, path, Set.of("year", "code", "name", "lead", "members", "example"));
    Integer year = integer(f, node, path, "year", 2000, 2100);
    String code = required(f, node, path, "code", CODE, "chỉ gồm chữ thường không dấu, chữ số và '-' (ví dụ: cum1)");
    String name = required(f, node, path, "name", null, null);
    String lead = required(f, node, path, "lead", null, null);
    if (lead != null) {
      checkDistrictReference(units, f.get("lead").getValueNode(), path + ".lead", lead, "đơn vị cụm trưởng");
    }
    List<String> members = new ArrayList<>();
    NodeTuple membersField = f.get("members");
    if (membersField == null) {
      problem(node, path + ".members", "thiếu danh sách đơn vị thành viên");
    } else if (membersField.getValueNode() instanceof SequenceNode list) {
      for (int i = 0; i < list.getValue().size(); i++) {
        Node member = list.getValue().get(i);
        String memberPath = path + ".members[" + i + "]";
        if (member instanceof ScalarNode scalar) {
          checkDistrictReference(units, member, memberPath, scalar.getValue(), "đơn vị thành viên");
          if (members.contains(scalar.getValue())) {
            problem(member, memberPath, "đơn vị '" + scalar.getValue() + "' được kê hai lần trong cụm");
          }
          members.add(scalar.getValue());
        } else {
          problem(member, memberPath, "phải là mã một đơn vị");
        }
      }
      if (lead != null && !members.contains(lead)) {
        problem(f.get("lead").getValueNode(), path + ".lead", "đơn vị cụm trưởng '" + lead
            + "' phải có trong danh sách members của cụm");
      }
    } else {
      problem(membersField.getValueNode(), path + ".members", "phải là danh sách mã đơn vị");
    }
    boolean example = bool(f, path, "example", false);
    if (year == null || code == null || name == null || lead == null) {
      return null;
    }
    return new Cluster(year, code, name, lead, members, example);
  }

  private void checkDistrictReference(Map<String, Unit> units, Node node, String path, String code, String what) {
    Unit unit = units.get(code);
    if (unit == null) {
      problem(node, path, what + " '" + code + "' không có trong danh sách units");
    } else if (unit.kind() != UnitKind.DISTRICT) {
      problem(node, path, what + " '" + code + "' không phải LĐLĐ quận, huyện, thị xã (kind: DISTRICT)");
    }
  }

  private void checkClusterMemberships(List<Cluster> clusters, NodeTuple section) {
    Map<String, String> clusterOfUnitAndYear = new HashMap<>();
    Set<String> clusterKeys = new HashSet<>();
    for (int i = 0; i < clusters.size(); i++) {
      Cluster cluster = clusters.get(i);
      Node node = section == null ? null : ((SequenceNode) section.getValueNode()).getValue().get(i);
      if (!clusterKeys.add(cluster.year() + "/" + cluster.code())) {
        problem(node, "clusters[" + i + "].code", "cụm '" + cluster.code() + "' năm " + cluster.year()
            + " bị khai báo hai lần");
      }
      for (String member : cluster.memberUnitCodes()) {
        String previous = clusterOfUnitAndYear.putIfAbsent(cluster.year() + "/" + member, cluster.code());
        if (previous != null && !previous.equals(cluster.code())) {
          problem(node, "clusters[" + i + "].members", "đơn vị '" + member + "' đã thuộc cụm '" + previous
              + "' năm " + cluster.year() + "; mỗi năm một đơn vị chỉ thuộc một cụm");
        }
      }
    }
  }

  private Person person(MappingNode node, String path, Map<String, Unit> units) {
    Map<String, NodeTuple> f = fields(node, path, Set.of("username", "fullName", "title", "email", "phone", "unit",
        "roles"));
    String username = required(f, node, path, "username", USERNAME,
        "chỉ gồm chữ thường không dấu, chữ số, '.', '_' và '-' (ví dụ: hoankiem.ldld)");
    String fullName = required(f, node, path, "fullName", null, null);
    String title = optional(f, path, "title", null, null);
    String email = optional(f, path, "email", EMAIL, "không phải địa chỉ thư điện tử hợp lệ");
    String phone = optional(f, path, "phone", PHONE, "không phải số điện thoại hợp lệ");
    String unitCode = required(f, node, path, "unit", null, null);
    Unit unit = unitCode == null ? null : units.get(unitCode);
    if (unitCode != null && unit == null && skipPeopleOfUnknownUnits) {
      return null;
    }
    if (unitCode != null && unit == null) {
      problem(f.get("unit").getValueNode(), path + ".unit", "đơn vị '" + unitCode + "' không có trong danh sách units");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    NodeTuple rolesField = f.get("roles");
    if (rolesField == null || !(rolesField.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
      problem(rolesField == null ? node : rolesField.getValueNode(), path + ".roles",
          "cần danh sách vai trò, ví dụ [FEDERATION]; các giá trị: " + List.of(Role.values()));
    } else {
      for (int i = 0; i < list.getValue().size(); i++) {
        Node roleNode = list.getValue().get(i);
        Role role = parseEnum(roleNode, path + ".roles[" + i + "]", Role.class);
        if (role != null) {
          roles.add(role);
          if (unit != null && !role.allowedIn(unit.kind())) {
            problem(roleNode, path + ".roles[" + i + "]", "vai trò " + role + " không dùng được cho đơn vị '"
                + unit.code() + "' (kind: " + unit.kind() + ")");
          }
        }
      }
    }
    if (username == null || fullName == null || unit == null || roles.isEmpty()) {
      return null;
    }
    return new Person(username, fullName, title, email, phone, unitCode, roles, null, false);
  }

  private void checkUniqueUsernames(List<Person> people, NodeTuple section) {
    Set<String> seen = new HashSet<>();
    for (Person person : people) {
      if (!seen.add(person.username())) {
        Node node = itemWith(section, "username", person.username(), 2);
        problem(node, "people.username", "tên đăng nhập '" + person.username() + "' bị trùng");
      }
    }
  }

  // --- node helpers -------------------------------------------------------------------------------------------

  private Map<String, NodeTuple> fields(MappingNode node, String path, Set<String> allowed) {
    Map<String, NodeTuple> result = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      String fieldPath = path.isEmpty() ? key : path + "." + key;
      if (!allowed.contains(key)) {
        problem(tuple.getKeyNode(), fieldPath, "trường không được hỗ trợ; các trường hợp lệ: " + allowed.stream().sorted().toList());
      } else if (result.putIfAbsent(key, tuple) != null) {
        problem(tuple.getKeyNode(), fieldPath, "trường bị khai báo hai lần");
      }
    }
    return result;
  }

  private String required(Map<String, NodeTuple> f, Node owner, String path, String name, Pattern pattern, String hint) {
    NodeTuple tuple = f.get(name);
    if (tuple == null) {
      problem(owner, path + "." + name, "thiếu trường bắt buộc");
      return null;
    }
    String value = scalar(tuple, path + "." + name);
    if (value != null && value.isBlank()) {
      problem(tuple.getValueNode(), path + "." + name, "không được để trống");
      return null;
    }
    return matches(tuple, path + "." + name, value, pattern, hint);
  }

  private String optional(Map<String, NodeTuple> f, String path, String name, Pattern pattern, String hint) {
    NodeTuple tuple = f.get(name);
    if (tuple == null) {
      return null;
    }
    String value = scalar(tuple, path + "." + name);
    return value == null || value.isBlank() ? null : matches(tuple, path + "." + name, value, pattern, hint);
  }

  private String matches(NodeTuple tuple, String path, String value, Pattern pattern, String hint) {
    if (value != null && pattern != null && !pattern.matcher(value).matches()) {
      problem(tuple.getValueNode(), path, "giá trị '" + value + "' " + hint);
      return null;
    }
    return value == null ? null : value.strip();
  }

  private String scalar(NodeTuple tuple, String path) {
    if (tuple.getValueNode() instanceof ScalarNode s) {
      return s.getValue();
    }
    problem(tuple.getValueNode(), path, "phải là một giá trị đơn, không phải danh sách hay bảng");
    return null;
  }

  private boolean bool(Map<String, NodeTuple> f, String path, String name, boolean defaultValue) {
    String value = optional(f, path, name, null, null);
    if (value == null) {
      return defaultValue;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> {
        problem(f.get(name).getValueNode(), path + "." + name, "phải là true hoặc false");
        yield defaultValue;
      }
    };
  }

  private Integer integer(Map<String, NodeTuple> f, Node owner, String path, String name, int min, int max) {
    String value = required(f, owner, path, name, null, null);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problem(f.get(name).getValueNode(), path + "." + name, "phải là số năm từ " + min + " đến " + max);
    return null;
  }

  private <E extends Enum<E>> E enumValue(Map<String, NodeTuple> f, Node owner, String path, String name,
                                          Class<E> type, boolean isRequired) {
    NodeTuple tuple = f.get(name);
    if (tuple == null) {
      if (isRequired) {
        problem(owner, path + "." + name, "thiếu trường bắt buộc; các giá trị: " + List.of(type.getEnumConstants()));
      }
      return null;
    }
    return parseEnum(tuple.getValueNode(), path + "." + name, type);
  }

  private <E extends Enum<E>> E parseEnum(Node node, String path, Class<E> type) {
    String value = node instanceof ScalarNode s ? s.getValue() : null;
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problem(node, path, "giá trị '" + value + "' không hợp lệ; các giá trị: " + List.of(type.getEnumConstants()));
    return null;
  }

  private static Node itemWithCode(SequenceNode list, String code) {
    Node last = list;
    for (Node item : list.getValue()) {
      if (item instanceof MappingNode m && code.equals(valueOf(m, "code"))) {
        last = item;
      }
    }
    return last;
  }

  private static Node itemWith(NodeTuple section, String field, String value, int occurrence) {
    int seen = 0;
    Node fallback = section.getValueNode();
    if (section.getValueNode() instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        if (item instanceof MappingNode m && value.equals(valueOf(m, field)) && ++seen == occurrence) {
          return item;
        }
      }
    }
    return fallback;
  }

  private static String valueOf(MappingNode node, String field) {
    Function<NodeTuple, String> key = t -> t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
    return node.getValue().stream().filter(t -> field.equals(key.apply(t)))
        .map(t -> t.getValueNode() instanceof ScalarNode s ? s.getValue() : null).findFirst().orElse(null);
  }

  private void problem(Node node, String field, String message) {
    int line = node == null ? 1 : node.getStartMark().getLine() + 1;
    problems.add(new FileProblem(line, field, message));
  }
}
