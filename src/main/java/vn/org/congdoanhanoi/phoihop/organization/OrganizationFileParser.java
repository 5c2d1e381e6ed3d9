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
  static final String CODE_HINT = "chỉ gồm chữ thường không dấu, chữ số và '-', tối đa 32 ký tự (ví dụ: gl-vinhphat)";
  /** Topic codes belong to the family that asks (e.g. LIVING_JOBS_POLICY); the organisation checks their form only. */
  static final Pattern TOPIC = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  static final String TOPIC_HINT = "phải là mã chủ đề viết hoa không dấu, ví dụ LIVING_JOBS_POLICY";
  /** Names, mailboxes and sectors of grassroots unions and departments fit their columns. */
  static final Pattern TEXT_255 = Pattern.compile("(?s).{1,255}");
  static final String TEXT_255_HINT = "dài quá 255 ký tự";
  static final String NOT_AN_EMAIL = "không phải địa chỉ thư điện tử hợp lệ";
  /** The mailbox of a grassroots union or department: an e-mail address that fits its column. */
  static final Pattern MAILBOX = Pattern.compile("(?=.{1,255}$)" + EMAIL.pattern());

  private static final Set<String> UNIT_FIELDS = Set.of("code", "kind", "localityType", "name", "federation",
      "partyCommittee", "email", "partyCommitteeEmail", "active", "example", "grassrootsUnions", "departments");
  private static final Set<String> GRASSROOTS_FIELDS = Set.of("code", "name", "email", "sector", "example", "people");
  private static final Set<String> DEPARTMENT_FIELDS = Set.of("code", "name", "email", "topics", "example", "people",
      "chairmansOffice");
  /** A grassroots union's or department's people: their unit and role follow from where they are written. */
  private static final Set<String> BODY_PERSON_FIELDS = Set.of("username", "fullName", "title", "email", "phone");
  private static final Set<String> CLUSTER_FIELDS = Set.of("year", "code", "name", "lead", "members", "example");
  private static final Set<String> PERSON_FIELDS = Set.of("username", "fullName", "title", "email", "phone", "unit",
      "roles");

  private final YamlDocument file;
  private final boolean skipPeopleOfUnknownUnits;
  private final Map<String, Unit> unitsByCode = new HashMap<>();
  private final OrganizationKeys keys = new OrganizationKeys();
  private final List<GrassrootsUnion> grassrootsUnions = new ArrayList<>();
  private final List<Department> departments = new ArrayList<>();
  /** Grassroots unions and departments by code, with the role their people hold. */
  private final Map<String, Body> bodiesByCode = new HashMap<>();
  /** People written inside a grassroots union or department. */
  private final List<Person> bodyPeople = new ArrayList<>();
  /** Usernames of the people of grassroots unions and departments, unique across the whole file. */
  private final Set<String> bodyUsernames = new HashSet<>();

  /** A grassroots union or department, as a person's {@code unit} may name it. */
  private record Body(String code, String districtCode, Role role) {}
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
    return parser.organization(units, List.of(), List.of());
  }

  /**
   * Parses a file that holds only {@code people} (the demo accounts), checked against an organisation already
   * known. People of units that organisation no longer has are left out rather than refused: the demo file
   * must keep working after an administrator imports a smaller organisation.
   */
  public static List<Person> parsePeople(String text, Organization organization) {
    YamlDocument file = YamlDocument.read(text, Set.of("people"), InvalidOrganizationFileException::new);
    return new OrganizationFileParser(file, true)
        .organization(organization.units(), organization.grassrootsUnions(), organization.departments()).people();
  }

  private Organization organization(List<Unit> units, List<GrassrootsUnion> knownUnions,
                                    List<Department> knownDepartments) {
    units.forEach(unit -> unitsByCode.putIfAbsent(unit.code(), unit));
    knownUnions.forEach(u -> bodiesByCode.put(u.code(), new Body(u.code(), u.districtCode(), Role.GRASSROOTS_UNION)));
    knownDepartments.forEach(d -> bodiesByCode.put(d.code(), new Body(d.code(), d.districtCode(), Role.DEPARTMENT)));
    List<Cluster> clusters = clusters(file.root().get("clusters"));
    List<Person> people = new ArrayList<>(bodyPeople);
    people.addAll(people(file.root().get("people")));
    file.refuseIfProblems();
    List<GrassrootsUnion> unions = grassrootsUnions.isEmpty() ? knownUnions : grassrootsUnions;
    List<Department> allDepartments = departments.isEmpty() ? knownDepartments : departments;
    return new Organization(units, clusters, people, unions, allDepartments);
  }

  private List<Unit> units(YamlValue section) {
    List<YamlMapping> items = section.nonEmptyMappings(UNIT_FIELDS);
    List<Unit> units = readAll(items, OrganizationFileParser::unit, "code", Unit::code,
        unit -> "mã đơn vị '" + unit.code() + "' bị trùng; mỗi đơn vị phải có một mã riêng");
    units.forEach(unit -> keys.claimUnit(unit.code()));
    Map<String, Unit> byCode = new HashMap<>();
    units.forEach(unit -> byCode.putIfAbsent(unit.code(), unit));
    for (YamlMapping item : items) {
      Unit unit = byCode.get(item.get("code").optionalText());
      grassrootsUnions(item.get("grassrootsUnions"), unit);
      departments(item.get("departments"), unit);
    }
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

  /** A unit's grassroots unions (any unit but the city), with their people. */
  private void grassrootsUnions(YamlValue section, Unit unit) {
    if (section.isGiven() && unit != null && unit.kind() == UnitKind.CITY) {
      section.problem("LĐLĐ thành phố không có công đoàn cơ sở trực tiếp trong tệp này; ghi chúng ở đơn vị quản lý");
      return;
    }
    for (YamlMapping item : section.mappings(GRASSROOTS_FIELDS)) {
      String code = item.get("code").requiredText(CODE, CODE_HINT);
      String name = item.get("name").requiredText(TEXT_255, TEXT_255_HINT);
      YamlValue emailField = item.get("email", "congdoan@vinhphat.vn");
      String email = emailField.requiredText(MAILBOX, NOT_AN_EMAIL);
      String sector = item.get("sector").optionalText(TEXT_255, TEXT_255_HINT);
      boolean example = item.get("example").bool(false);
      if (code == null || name == null || email == null || unit == null) {
        continue;
      }
      GrassrootsUnion union = new GrassrootsUnion(code, unit.code(), name, email, sector, example);
      String owner = OrganizationKeys.owner("công đoàn cơ sở", code, unit.code());
      report(item.get("code"), keys.claimCode(code, owner));
      report(emailField, keys.claimMailbox(union.mailbox(), owner));
      grassrootsUnions.add(union);
      bodiesByCode.putIfAbsent(code, new Body(code, unit.code(), Role.GRASSROOTS_UNION));
      bodyPeople(item.get("people"), unit.code(), code, Role.GRASSROOTS_UNION);
    }
  }

  /** A district's People's Committee departments, with their default topics and people. */
  private void departments(YamlValue section, Unit unit) {
    if (section.isGiven() && unit != null && unit.kind() != UnitKind.DISTRICT) {
      section.problem("chỉ đơn vị quận, huyện, thị xã (kind: DISTRICT) có phòng, ban của UBND");
      return;
    }
    for (YamlMapping item : section.mappings(DEPARTMENT_FIELDS)) {
      String code = item.get("code").requiredText(CODE, CODE_HINT);
      String name = item.get("name").requiredText(TEXT_255, TEXT_255_HINT);
      String email = item.get("email").optionalText(MAILBOX, NOT_AN_EMAIL);
      List<String> topics = new ArrayList<>();
      for (YamlValue topicField : item.get("topics").items()) {
        String topic = topicField.requiredText(TOPIC, TOPIC_HINT);
        if (topic != null && unit != null && code != null) {
          report(topicField, keys.claimTopic(unit.code(), topic, OrganizationKeys.owner("phòng, ban", code, unit.code())));
          topics.add(topic);
        }
      }
      boolean example = item.get("example").bool(false);
      boolean chairmansOffice = item.get("chairmansOffice").bool(false);
      if (code == null || name == null || unit == null) {
        continue;
      }
      report(item.get("code"), keys.claimCode(code, OrganizationKeys.owner("phòng, ban", code, unit.code())));
      if (chairmansOffice && departments.stream()
          .anyMatch(d -> d.chairmansOffice() && d.districtCode().equals(unit.code()))) {
        item.get("chairmansOffice").problem("quận, huyện " + unit.code() + " đã có Văn phòng HĐND và UBND "
            + "(chairmansOffice: true); mỗi quận, huyện chỉ có một");
      }
      departments.add(new Department(code, unit.code(), name, email, topics, example, chairmansOffice));
      bodiesByCode.putIfAbsent(code, new Body(code, unit.code(), Role.DEPARTMENT));
      bodyPeople(item.get("people"), unit.code(), code, Role.DEPARTMENT);
    }
  }

  private void bodyPeople(YamlValue section, String unitCode, String bodyCode, Role role) {
    for (YamlMapping item : section.mappings(BODY_PERSON_FIELDS)) {
      PersonDetails details = personDetails(item);
      if (details != null) {
        bodyUsernames.add(details.username());
        bodyPeople.add(details.person(unitCode, Set.of(role), bodyCode));
      }
    }
  }

  private static void report(YamlValue where, String problem) {
    if (problem != null) {
      where.problem(problem);
    }
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

  /** The fields every person has, wherever written; {@code null} when one of the required ones is wrong. */
  private record PersonDetails(String username, String fullName, String title, String email, String phone) {

    Person person(String unitCode, Set<Role> roles, String bodyCode) {
      return new Person(username, fullName, title, email, phone, unitCode, roles, null, false, bodyCode);
    }
  }

  private PersonDetails personDetails(YamlMapping item) {
    YamlValue usernameField = item.get("username");
    String username = usernameField.requiredText(USERNAME,
        "chỉ gồm chữ thường không dấu, chữ số, '.', '_' và '-' (ví dụ: hoankiem.ldld)");
    String fullName = item.get("fullName").requiredText();
    String title = item.get("title").optionalText();
    String email = item.get("email").optionalText(EMAIL, NOT_AN_EMAIL);
    String phone = item.get("phone").optionalText(PHONE, "không phải số điện thoại hợp lệ");
    if (username != null && bodyUsernames.contains(username)) {
      usernameField.problem("tên đăng nhập '" + username + "' bị trùng");
      return null;
    }
    return username == null || fullName == null ? null : new PersonDetails(username, fullName, title, email, phone);
  }

  /**
   * A person of the {@code people} section: {@code unit} names a unit, or a grassroots union or department (whose
   * district becomes the person's unit) for the roles GRASSROOTS_UNION and DEPARTMENT.
   */
  private Person person(YamlMapping item) {
    PersonDetails details = personDetails(item);
    YamlValue unitField = item.get("unit");
    String unitCode = unitField.requiredText();
    Unit unit = unitCode == null ? null : unitsByCode.get(unitCode);
    Body body = unitCode == null || unit != null ? null : bodiesByCode.get(unitCode);
    if (unitCode != null && unit == null && body == null) {
      if (skipPeopleOfUnknownUnits) {
        return null;
      }
      unitField.problem("đơn vị '" + unitCode + "' không có trong danh sách units, công đoàn cơ sở hay phòng, ban");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (YamlValue roleField : item.get("roles", "[FEDERATION]; các giá trị: " + List.of(Role.values()))
        .nonEmptyItems()) {
      Role role = roleField.requiredEnum(Role.class);
      if (role != null) {
        roles.add(role);
        if (unit != null && !role.allowedIn(unit.kind())) {
          roleField.problem("vai trò " + role + " không dùng được cho đơn vị '" + unit.code() + "' (kind: "
              + unit.kind() + ")" + (role.heldInBody() ? "; ghi mã công đoàn cơ sở hoặc phòng, ban ở trường unit" : ""));
        } else if (body != null && role != body.role()) {
          roleField.problem("người của '" + body.code() + "' chỉ có vai trò " + body.role());
        }
      }
    }
    if (details == null || (unit == null && body == null) || roles.isEmpty()) {
      return null;
    }
    return body == null ? details.person(unitCode, roles, null)
        : details.person(body.districtCode(), roles, body.code());
  }
}
