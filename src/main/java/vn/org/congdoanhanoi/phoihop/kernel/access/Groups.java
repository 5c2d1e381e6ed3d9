package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda group ids derived from the organisation, built and read back here only. Processes use these as candidate
 * groups, so a unit's tasks reach that unit's people only; the BPMN models write the same ids as expressions
 * ({@code ${unitCode}-federation}), which {@code GroupsTest} holds to these rules.
 */
public final class Groups {

  public static final String CITY_STANDING = "city-standing";
  public static final String CITY_OFFICE = "city-office";
  public static final String CITY_DEPARTMENTS = "city-departments";
  /** The groups of the city federation itself (as opposed to a unit's or a cluster's). */
  public static final Set<String> CITY_FEDERATION = Set.of(CITY_STANDING, CITY_OFFICE, CITY_DEPARTMENTS);
  /** Camunda's built-in administrators group. */
  public static final String ADMINISTRATORS = "camunda-admin";
  /** Marks the groups this application owns, so synchronisation never touches groups created by hand. */
  public static final String MANAGED_GROUP_TYPE = "phoihop";

  private static final String FEDERATION_SUFFIX = "-federation";
  private static final String PARTY_SUFFIX = "-party";
  private static final String GRASSROOTS_UNION_SUFFIX = "-union";
  private static final String DEPARTMENT_SUFFIX = "-department";
  private static final Pattern CLUSTER_LEAD = Pattern.compile("cluster-(\\d{4})-(.+)-lead");

  private Groups() {}

  public static String federation(String unitCode) {
    return unitCode + FEDERATION_SUFFIX;
  }

  public static String partyCommittee(String unitCode) {
    return unitCode + PARTY_SUFFIX;
  }

  public static String clusterLead(int year, String clusterCode) {
    return "cluster-" + year + "-" + clusterCode + "-lead";
  }

  /** The people of a grassroots union (công đoàn cơ sở), e.g. {@code gl-vinhphat-union}. */
  public static String grassrootsUnion(String grassrootsCode) {
    return grassrootsCode + GRASSROOTS_UNION_SUFFIX;
  }

  /** The people of a department of a district People's Committee, e.g. {@code gl-ldtbxh-department}. */
  public static String department(String departmentCode) {
    return departmentCode + DEPARTMENT_SUFFIX;
  }

  /** The group a person joins for a role held in a unit. */
  public static String forRole(Role role, String unitCode) {
    return forRole(role, unitCode, null);
  }

  /**
   * The group a person joins for a role held in a unit, or, for {@link Role#GRASSROOTS_UNION} and
   * {@link Role#DEPARTMENT}, in the grassroots union or department {@code bodyCode} of that unit.
   */
  public static String forRole(Role role, String unitCode, String bodyCode) {
    return switch (role) {
      case FEDERATION -> federation(unitCode);
      case PARTY_COMMITTEE -> partyCommittee(unitCode);
      case CITY_STANDING -> CITY_STANDING;
      case CITY_OFFICE -> CITY_OFFICE;
      case CITY_DEPARTMENT -> CITY_DEPARTMENTS;
      case GRASSROOTS_UNION -> grassrootsUnion(requireBody(role, bodyCode));
      case DEPARTMENT -> department(requireBody(role, bodyCode));
    };
  }

  private static String requireBody(Role role, String bodyCode) {
    if (bodyCode == null) {
      throw new IllegalArgumentException(role + " is held in a grassroots union or department: give its code");
    }
    return bodyCode;
  }

  /** The unit whose federation's standing committee the group is ({@code gialam-federation} → gialam). */
  public static Optional<String> federationUnit(String groupId) {
    return unitBefore(groupId, FEDERATION_SUFFIX);
  }

  /** The unit whose Party committee the group is ({@code gialam-party} → gialam). */
  public static Optional<String> partyCommitteeUnit(String groupId) {
    return unitBefore(groupId, PARTY_SUFFIX);
  }

  /** The grassroots union whose people the group is ({@code gl-vinhphat-union} → gl-vinhphat). */
  public static Optional<String> grassrootsUnionOf(String groupId) {
    return unitBefore(groupId, GRASSROOTS_UNION_SUFFIX);
  }

  /** The department whose people the group is ({@code gl-ldtbxh-department} → gl-ldtbxh). */
  public static Optional<String> departmentOf(String groupId) {
    return unitBefore(groupId, DEPARTMENT_SUFFIX);
  }

  /**
   * The unit a federation or Party committee group belongs to; empty for city, cluster, grassroots union, department
   * and other groups (a union's or a department's district is data: {@link AccessPolicy} gives them their own
   * things, not their district's).
   */
  public static Optional<String> unitOf(String groupId) {
    return federationUnit(groupId).or(() -> partyCommitteeUnit(groupId));
  }

  /** A cluster's lead in one year, read back from its group id. */
  public record ClusterLead(int year, String clusterCode) {}

  public static Optional<ClusterLead> clusterLeadOf(String groupId) {
    Matcher lead = CLUSTER_LEAD.matcher(groupId);
    return lead.matches() ? Optional.of(new ClusterLead(Integer.parseInt(lead.group(1)), lead.group(2)))
        : Optional.empty();
  }

  private static Optional<String> unitBefore(String groupId, String suffix) {
    if (groupId == null || !groupId.endsWith(suffix) || groupId.length() == suffix.length()
        || clusterLeadOf(groupId).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(groupId.substring(0, groupId.length() - suffix.length()));
  }
}
