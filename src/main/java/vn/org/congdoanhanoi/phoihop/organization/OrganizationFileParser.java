package vn.org.congdoanhanoi.phoihop.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlDocument;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlMapping;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlValue;

/**
 * Reads the organisation file (YAML) and checks it as a whole, naming the line and the field of every problem
 * ({@link YamlDocument} does the reading and decides what an empty value means); what is left here are the
 * organisation's own rules: one city federation, clusters of district federations, roles that fit their unit.
 */
public final class OrganizationFileParser {

  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");

  private static final Set<String> UNIT_FIELDS = Set.of("code", "kind", "localityType", "name", "federation",
      "partyCommittee", "email", "partyCommitteeEmail", "active", "example");
  private static final Set<String> CLUSTER_FIELDS = Set.of("year", "code", "name", "lead", "members", "example");
  private static final Set<String> PERSON_FIELDS = Set.of("username", "fullName", "title", "email", "phone", "unit",
      "roles");
  private static final String NOT_AN_EMAIL = "không phải địa chỉ thư điện tử hợp lệ";

  private final YamlDocument file;
  private final boolean skipPeopleOfUnknownUnits;
  private final Map<String, Unit> unitsByCode = new HashMap<>();
  /** Which cluster each unit belongs to, per year ("2022/badinh"): one cluster a year. */
  private final Map<String, String> clusterOfUnitAndYear = new HashMap<>();

  private OrganizationFileParser(YamlDocument file, boolean skipPeopleOfUnknownUnits) {
    this.file = file;
    this.skipPeopleOfUnknownUnits = skipPeopleOfUnknownUnits;
  }

  /** Parses a whole organisation file; units are required. */
  public static Organization parse(String text) {
    YamlDocument file = YamlDocument.read(text, Set.of("units", "clusters", "people"),
        InvalidOrganizationFileException::new);
    OrganizationFileParser parser = new OrganizationFileParser(file, false);
    List<Unit> units = parser.units(file.root().get("units"));
    return parser.organization(units);
  }

  /**
   * Parses a file that holds only {@code people} (the demo accounts), checked against an organisation already
   * known. People of units that organisation no longer has are left out rather than refused: the demo file
   * must keep working after an administrator imports a smaller organisation.
   */
  public static List<Person> parsePeople(String text, Organization organization) {
    YamlDocument file = YamlDocument.read(text, Set.of("people"), InvalidOrganizationFileException::new);
    return new OrganizationFileParser(file, true).organization(organization.units()).people();
  }

  private Organization organization(List<Unit> units) {
    units.forEach(unit -> unitsByCode.putIfAbsent(unit.code(), unit));
    List<Cluster> clusters = clusters(file.root().get("clusters"));
    List<Person> people = people(file.root().get("people"));
    file.refuseIfProblems();
    return new Organization(units, clusters, people);
  }

  private List<Unit> units(YamlValue section) {
    List<Unit> units = readAll(section.nonEmptyMappings(UNIT_FIELDS), OrganizationFileParser::unit, "code", Unit::code,
        unit -> "mã đơn vị '" + unit.code() + "' bị trùng; mỗi đơn vị phải có một mã riêng");
    long cities = units.stream().filter(unit -> unit.kind() == UnitKind.CITY).count();
    if (cities != 1 && !file.hasProblems()) {
      section.problem("phải có đúng một đơn vị kind: CITY (LĐLĐ thành phố), hiện có " + cities);
    }
    return units;
  }

  /**
   * Reads every table of a list with {@code reader}, leaving out those it could not read, and reports a key
   * ({@code key}, written in the field {@code keyField}) that an earlier table already has.
   */
  private static <T> List<T> readAll(List<YamlMapping> items, Function<YamlMapping, T> reader, String keyField,
                                     Function<T, String> key, Function<T, String> givenTwice) {
    List<T> all = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (YamlMapping item : items) {
      T value = reader.apply(item);
      if (value != null) {
        if (!keys.add(key.apply(value))) {
          item.get(keyField).problem(givenTwice.apply(value));
        }
        all.add(value);
      }
    }
    return all;
  }

  private static Unit unit(YamlMapping item) {
    String code = item.get("code").requiredText(CODE, "chỉ gồm chữ thường không dấu, chữ số và '-' (ví dụ: hoankiem)");
    UnitKind kind = item.get("kind").requiredEnum(UnitKind.class);
    YamlValue locality = item.get("localityType");
    LocalityType localityType = kind == UnitKind.DISTRICT
        ? locality.requiredEnum(LocalityType.class) : locality.optionalEnum(LocalityType.class);
    String name = item.get("name").requiredText();
    String federation = item.get("federation").requiredText();
    YamlValue party = item.get("partyCommittee");
    String partyCommittee = kind != null && kind.hasPartyCommittee() ? party.requiredText() : party.optionalText();
    String email = item.get("email").optionalText(EMAIL, NOT_AN_EMAIL);
    String partyEmail = item.get("partyCommitteeEmail").optionalText(EMAIL, NOT_AN_EMAIL);
    boolean active = item.get("active").bool(true);
    boolean example = item.get("example").bool(false);
    if (code == null || kind == null || name == null || federation == null) {
      return null;
    }
    return new Unit(code, kind, localityType, name, federation, partyCommittee, email, partyEmail, active, example);
  }

  private List<Cluster> clusters(YamlValue section) {
    return readAll(section.mappings(CLUSTER_FIELDS), this::cluster, "code", c -> c.year() + "/" + c.code(),
        c -> "cụm '" + c.code() + "' năm " + c.year() + " bị khai báo hai lần");
  }

  private Cluster cluster(YamlMapping item) {
    Integer year = item.get("year", "2022").requiredInteger(2000, 2100);
    String code = item.get("code").requiredText(CODE, "chỉ gồm chữ thường không dấu, chữ số và '-' (ví dụ: cum1)");
    String name = item.get("name").requiredText();
    YamlValue leadField = item.get("lead");
    String lead = leadField.requiredText();
    if (lead != null) {
      checkDistrict(leadField, lead, "đơn vị cụm trưởng");
    }
    List<String> members = new ArrayList<>();
    for (YamlValue member : item.get("members", "[badinh, hoankiem]").nonEmptyItems()) {
      String memberCode = member.requiredText();
      if (memberCode != null) {
        checkDistrict(member, memberCode, "đơn vị thành viên");
        if (members.contains(memberCode)) {
          member.problem("đơn vị '" + memberCode + "' được kê hai lần trong cụm");
        }
        members.add(memberCode);
      }
    }
    if (lead != null && !members.isEmpty() && !members.contains(lead)) {
      leadField.problem("đơn vị cụm trưởng '" + lead + "' phải có trong danh sách members của cụm");
    }
    boolean example = item.get("example").bool(false);
    if (year == null || code == null || name == null || lead == null) {
      return null;
    }
    for (String member : members) {
      String previous = clusterOfUnitAndYear.putIfAbsent(year + "/" + member, code);
      if (previous != null && !previous.equals(code)) {
        item.get("members").problem("đơn vị '" + member + "' đã thuộc cụm '" + previous + "' năm " + year
            + "; mỗi năm một đơn vị chỉ thuộc một cụm");
      }
    }
    return new Cluster(year, code, name, lead, members, example);
  }

  private void checkDistrict(YamlValue where, String code, String what) {
    Unit unit = unitsByCode.get(code);
    if (unit == null) {
      where.problem(what + " '" + code + "' không có trong danh sách units");
    } else if (unit.kind() != UnitKind.DISTRICT) {
      where.problem(what + " '" + code + "' không phải LĐLĐ quận, huyện, thị xã (kind: DISTRICT)");
    }
  }

  private List<Person> people(YamlValue section) {
    return readAll(section.mappings(PERSON_FIELDS), this::person, "username", Person::username,
        person -> "tên đăng nhập '" + person.username() + "' bị trùng");
  }

  private Person person(YamlMapping item) {
    String username = item.get("username").requiredText(USERNAME,
        "chỉ gồm chữ thường không dấu, chữ số, '.', '_' và '-' (ví dụ: hoankiem.ldld)");
    String fullName = item.get("fullName").requiredText();
    String title = item.get("title").optionalText();
    String email = item.get("email").optionalText(EMAIL, NOT_AN_EMAIL);
    String phone = item.get("phone").optionalText(PHONE, "không phải số điện thoại hợp lệ");
    YamlValue unitField = item.get("unit");
    String unitCode = unitField.requiredText();
    Unit unit = unitCode == null ? null : unitsByCode.get(unitCode);
    if (unitCode != null && unit == null) {
      if (skipPeopleOfUnknownUnits) {
        return null;
      }
      unitField.problem("đơn vị '" + unitCode + "' không có trong danh sách units");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (YamlValue roleField : item.get("roles", "[FEDERATION]; các giá trị: " + List.of(Role.values()))
        .nonEmptyItems()) {
      Role role = roleField.requiredEnum(Role.class);
      if (role != null) {
        roles.add(role);
        if (unit != null && !role.allowedIn(unit.kind())) {
          roleField.problem("vai trò " + role + " không dùng được cho đơn vị '" + unit.code() + "' (kind: "
              + unit.kind() + ")");
        }
      }
    }
    if (username == null || fullName == null || unit == null || roles.isEmpty()) {
      return null;
    }
    return new Person(username, fullName, title, email, phone, unitCode, roles, null, false);
  }
}
