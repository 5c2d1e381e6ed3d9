package vn.org.congdoanhanoi.phoihop.kernel.access;

import vn.org.congdoanhanoi.phoihop.kernel.access.Role;

/**
 * Camunda group ids derived from the organisation. Processes use these as candidate groups, so a unit's tasks
 * reach that unit's people only.
 */
public final class Groups {

  public static final String CITY_STANDING = "city-standing";
  public static final String CITY_OFFICE = "city-office";
  public static final String CITY_DEPARTMENTS = "city-departments";
  /** Camunda's built-in administrators group. */
  public static final String ADMINISTRATORS = "camunda-admin";
  /** Marks the groups this application owns, so synchronisation never touches groups created by hand. */
  public static final String MANAGED_GROUP_TYPE = "phoihop";

  private Groups() {}

  public static String federation(String unitCode) {
    return unitCode + "-federation";
  }

  public static String partyCommittee(String unitCode) {
    return unitCode + "-party";
  }

  public static String clusterLead(int year, String clusterCode) {
    return "cluster-" + year + "-" + clusterCode + "-lead";
  }

  /** The group a person joins for a role held in a unit. */
  public static String forRole(Role role, String unitCode) {
    return switch (role) {
      case FEDERATION -> federation(unitCode);
      case PARTY_COMMITTEE -> partyCommittee(unitCode);
      case CITY_STANDING -> CITY_STANDING;
      case CITY_OFFICE -> CITY_OFFICE;
      case CITY_DEPARTMENT -> CITY_DEPARTMENTS;
    };
  }
}
