package vn.org.congdoanhanoi.phoihop.organization;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The organisation's keys, for the organisation file and a district's spreadsheet alike: codes are unique
 * city-wide (units, grassroots unions and departments together, so a code names one body wherever it is used), a
 * mailbox belongs to one grassroots union, and a topic has one default department per district. Each claim answers
 * the Vietnamese problem when the key is taken, else {@code null}; the caller reports it where it was written.
 */
final class OrganizationKeys {

  private final Map<String, String> codeOwners = new HashMap<>();
  private final Map<String, String> mailboxOwners = new HashMap<>();
  private final Map<String, String> topicOwners = new HashMap<>();

  /** The keys of {@code organization} but those of the district's grassroots unions, which an import replaces. */
  static OrganizationKeys exceptGrassrootsUnionsOf(Organization organization, String districtCode) {
    return of(organization, u -> !u.districtCode().equals(districtCode), d -> true);
  }

  /** The keys of {@code organization} but those of the district's departments, which an import replaces. */
  static OrganizationKeys exceptDepartmentsOf(Organization organization, String districtCode) {
    return of(organization, u -> true, d -> !d.districtCode().equals(districtCode));
  }

  private static OrganizationKeys of(Organization organization, Predicate<GrassrootsUnion> unions,
                                     Predicate<Department> departments) {
    OrganizationKeys keys = new OrganizationKeys();
    organization.units().forEach(u -> keys.claimUnit(u.code()));
    organization.grassrootsUnions().stream().filter(unions).forEach(u -> {
      String owner = owner("công đoàn cơ sở", u.code(), u.districtCode());
      keys.claimCode(u.code(), owner);
      keys.claimMailbox(u.mailbox(), owner);
    });
    organization.departments().stream().filter(departments).forEach(d -> {
      String owner = owner("phòng, ban", d.code(), d.districtCode());
      keys.claimCode(d.code(), owner);
      d.topics().forEach(topic -> keys.claimTopic(d.districtCode(), topic, owner));
    });
    return keys;
  }

  /** How a problem names what holds a key already: "công đoàn cơ sở 'gl-vinhphat' của đơn vị 'gialam'". */
  static String owner(String what, String code, String unitCode) {
    return what + " '" + code + "' của đơn vị '" + unitCode + "'";
  }

  void claimUnit(String code) {
    // Units repeating a code are reported where the units are read.
    codeOwners.putIfAbsent(code, "đơn vị '" + code + "'");
  }

  String claimCode(String code, String owner) {
    return claim(codeOwners, code, owner, "mã '" + code + "' đã dùng cho ");
  }

  String claimMailbox(String mailbox, String owner) {
    String taken = claim(mailboxOwners, mailbox, owner, "hộp thư '" + mailbox + "' đã thuộc ");
    return taken == null ? null : taken + "; mỗi hộp thư chỉ thuộc một công đoàn cơ sở";
  }

  String claimTopic(String districtCode, String topic, String owner) {
    String taken = claim(topicOwners, districtCode + "/" + topic, owner, "chủ đề " + topic + " đã do ");
    return taken == null ? null : taken + " trả lời mặc định; mỗi chủ đề chỉ có một phòng, ban mặc định trong đơn vị";
  }

  private static String claim(Map<String, String> owners, String key, String owner, String takenBy) {
    String previous = owners.putIfAbsent(key, owner);
    return previous == null ? null : takenBy + previous;
  }
}
