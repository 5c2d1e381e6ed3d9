package vn.org.congdoanhanoi.phoihop.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * Who is told about work given to a group: the mailbox of the unit behind the group (the official channel, read
 * by the unit's office) and every member of the group with an address. Group ids follow {@link Groups}.
 *
 * <p>Identity queries must run without authorization checks (see {@link Notifications}): the acting user may not
 * read other units' people.
 */
@Component
@RequiredArgsConstructor
public class Recipients {

  private final OrganizationDirectory organization;

  /**
   * The unit's mailbox for a group: federation or Party committee of a district unit, a grassroots union, a district
   * department, the city office, a cluster lead.
   */
  public Optional<String> mailboxOf(String groupId) {
    Optional<String> federation = Groups.federationUnit(groupId);
    if (federation.isPresent()) {
      return federation.flatMap(organization::unit).map(Unit::email).filter(Recipients::present);
    }
    Optional<String> party = Groups.partyCommitteeUnit(groupId);
    if (party.isPresent()) {
      return party.flatMap(organization::unit)
          .map(u -> present(u.partyCommitteeEmail()) ? u.partyCommitteeEmail() : u.email()).filter(Recipients::present);
    }
    Optional<String> union = Groups.grassrootsUnionOf(groupId);
    if (union.isPresent()) {
      // Most grassroots unions have no accounts: their mailbox is how a task reaches them.
      return union.flatMap(organization::grassrootsUnit).map(GrassrootsUnion::email).filter(Recipients::present);
    }
    Optional<String> department = Groups.departmentOf(groupId);
    if (department.isPresent()) {
      return department.flatMap(organization::department).map(Department::email).filter(Recipients::present);
    }
    if (Groups.CITY_FEDERATION.contains(groupId)) {
      return organization.current().units().stream().filter(u -> u.kind() == UnitKind.CITY).map(Unit::email)
          .filter(Recipients::present).findFirst();
    }
    return Groups.clusterLeadOf(groupId).flatMap(lead -> organization.cluster(lead.year(), lead.clusterCode()))
        .flatMap(c -> organization.unit(c.leadUnitCode())).map(Unit::email).filter(Recipients::present);
  }

  /** The unit mailbox and the members' addresses of the groups, and the given users' addresses, without duplicates. */
  public List<String> addresses(IdentityService identity, Iterable<String> groupIds, Iterable<String> userIds) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      mailboxOf(groupId).ifPresent(addresses::add);
      for (User user : identity.createUserQuery().memberOfGroup(groupId).unlimitedList()) {
        if (present(user.getEmail())) {
          addresses.add(user.getEmail());
        }
      }
    }
    for (String userId : userIds) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user != null && present(user.getEmail())) {
        addresses.add(user.getEmail());
      }
    }
    return new ArrayList<>(addresses);
  }

  /**
   * "Ban Thường vụ Liên đoàn Lao động quận Hoàn Kiếm" for a group; a grassroots union's or department's name when it
   * has no Camunda group (no accounts); the id when the group is unknown.
   */
  public String groupName(IdentityService identity, String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    if (group != null && present(group.getName())) {
      return group.getName();
    }
    return Groups.grassrootsUnionOf(groupId).flatMap(organization::grassrootsUnit).map(GrassrootsUnion::name)
        .or(() -> Groups.departmentOf(groupId).flatMap(organization::department).map(Department::name))
        .orElse(groupId);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
