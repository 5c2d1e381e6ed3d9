package vn.org.congdoanhanoi.phoihop.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;

/**
 * Makes Camunda's users, groups, memberships and authorizations match the organisation. Idempotent: running it
 * again with the same organisation changes nothing. It runs after every import, and at start-up when the
 * {@link #fingerprint} differs from the one stored by the last run.
 *
 * <p>Only groups of type {@link Groups#MANAGED_GROUP_TYPE} are ever changed or removed; users are never deleted
 * (their history stays readable). The synchronisation owns only the memberships it created from the organisation
 * ({@link IdentitySyncState}): it removes one when the organisation no longer gives it, and leaves alone those an
 * administrator added in Camunda Admin, even to a managed group such as {@code city-office}.
 *
 * <p>{@link #fingerprint} sums up everything a synchronisation would write, so that a start-up with the same
 * organisation and the same code can skip it.
 */
@Component
public class IdentitySynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySynchronizer.class);
  private static final String ANY = Authorization.ANY;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters tasklistFilters;
  private final IdentitySyncState state;
  private final List<StartableProcess> startableProcesses;

  IdentitySynchronizer(IdentityService identityService, AuthorizationService authorizationService,
                       TasklistFilters tasklistFilters, IdentitySyncState state,
                       List<StartableProcess> startableProcesses) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tasklistFilters = tasklistFilters;
    this.state = state;
    this.startableProcesses = List.copyOf(startableProcesses);
  }

  public void synchronize(Organization organization) {
    Map<String, String> groups = desiredGroups(organization);
    groups.forEach(this::ensureGroup);
    removeStaleGroups(groups.keySet());

    Map<String, Set<String>> members = desiredMembers(organization, groups.keySet());
    organization.people().forEach(this::ensureUser);
    Map<String, Set<String>> managed = state.managedMemberships();
    members.forEach((group, wanted) -> ensureMembers(group, wanted, managed.getOrDefault(group, Set.of())));
    state.replaceManagedMemberships(members);

    groups.keySet().forEach(this::ensureAuthorizations);
    tasklistFilters.ensureFilters();
    LOG.info("Identity synchronised: {} groups, {} people", groups.size(), organization.people().size());
  }

  /**
   * SHA-256 over the organisation in a canonical order and over the groups, memberships, users and grants this
   * code derives from it: a new organisation or a new product version that grants differently changes it; the
   * order of the file's entries and demo passwords do not.
   */
  String fingerprint(Organization organization) {
    StringBuilder text = new StringBuilder();
    organization.units().forEach(unit -> text.append(unit).append('\n'));
    organization.clusters().stream().sorted(Comparator.comparingInt(Cluster::year).thenComparing(Cluster::code))
        .forEach(c -> text.append(Arrays.asList(c.year(), c.code(), c.name(), c.leadUnitCode(),
            new TreeSet<>(c.memberUnitCodes()), c.exampleData())).append('\n'));
    organization.people().stream().sorted(Comparator.comparing(Person::username))
        .forEach(p -> text.append(canonical(p)).append('\n'));
    organization.grassrootsUnions().stream().sorted(Comparator.comparing(GrassrootsUnion::code))
        .forEach(u -> text.append(u).append('\n'));
    organization.departments().stream().sorted(Comparator.comparing(Department::code))
        .forEach(d -> text.append(Arrays.asList(d.code(), d.districtCode(), d.name(), d.email(),
            new TreeSet<>(d.topics()), d.exampleData())).append('\n'));
    Map<String, String> groups = desiredGroups(organization);
    text.append(new TreeMap<>(groups)).append('\n');
    new TreeMap<>(desiredMembers(organization, groups.keySet()))
        .forEach((group, users) -> text.append(group).append(new TreeSet<>(users)).append('\n'));
    new TreeSet<>(groups.keySet()).forEach(group -> text.append(group).append(desiredGrants(group))
        .append(new TreeSet<>(startableKeys(group))).append('\n'));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** A person as Camunda gets them; the initial password counts only when the account is created. */
  private static List<Object> canonical(Person p) {
    return Arrays.asList(p.username(), List.of(splitName(p.fullName())), p.title(), p.email(), p.phone(),
        p.unitCode(), new TreeSet<>(p.roles()), p.demoAccount(), p.bodyCode());
  }

  /** Group id → Vietnamese name, in a stable order. */
  static Map<String, String> desiredGroups(Organization organization) {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Groups.CITY_STANDING, "Thường trực LĐLĐ Thành phố");
    groups.put(Groups.CITY_OFFICE, "Văn phòng LĐLĐ Thành phố");
    groups.put(Groups.CITY_DEPARTMENTS, "Trưởng các Ban LĐLĐ Thành phố");
    for (Unit unit : organization.units()) {
      if (unit.kind().hasPartyCommittee()) {
        groups.put(Groups.federation(unit.code()), "Ban Thường vụ " + unit.federationName());
        groups.put(Groups.partyCommittee(unit.code()), "Ban Thường vụ " + unit.partyCommitteeName());
      }
      // A partner province's federation gets a group only when the file gives it people; without, the city office
      // acts for it.
      if (unit.kind() == UnitKind.PROVINCE
          && organization.people().stream().anyMatch(p -> unit.code().equals(p.unitCode()))) {
        groups.put(Groups.federation(unit.code()), "Ban Thường vụ " + unit.federationName());
      }
    }
    for (Cluster cluster : organization.clusters()) {
      groups.put(Groups.clusterLead(cluster.year(), cluster.code()),
          "Cụm trưởng " + cluster.name() + " năm " + cluster.year());
    }
    bodyGroups(organization, groups);
    return groups;
  }

  /**
   * A group for each grassroots union and department that has people: a city has thousands of unions and few have
   * accounts, so the others cost the synchronisation nothing (their tasks still name the group, and its members see
   * them once the union has people).
   */
  private static void bodyGroups(Organization organization, Map<String, String> groups) {
    Set<String> withPeople = organization.people().stream().map(Person::bodyCode).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, String> districtNames = new HashMap<>();
    organization.units().forEach(u -> districtNames.put(u.code(), u.name()));
    for (GrassrootsUnion union : organization.grassrootsUnions()) {
      if (withPeople.contains(union.code())) {
        groups.put(Groups.grassrootsUnion(union.code()), union.name());
      }
    }
    for (Department department : organization.departments()) {
      if (withPeople.contains(department.code())) {
        groups.put(Groups.department(department.code()),
            department.name() + " – " + districtNames.getOrDefault(department.districtCode(), department.districtCode()));
      }
    }
  }

  /** Group id → usernames; the lead unit's federation people also form their cluster's lead group. */
  static Map<String, Set<String>> desiredMembers(Organization organization, Set<String> groupIds) {
    Map<String, Set<String>> members = new LinkedHashMap<>();
    groupIds.forEach(g -> members.put(g, new HashSet<>()));
    for (Person person : organization.people()) {
      for (Role role : person.roles()) {
        members.get(Groups.forRole(role, person.unitCode(), person.bodyCode())).add(person.username());
        if (role == Role.FEDERATION) {
          organization.clusters().stream()
              .filter(c -> c.leadUnitCode().equals(person.unitCode()))
              .forEach(c -> members.get(Groups.clusterLead(c.year(), c.code())).add(person.username()));
        }
      }
    }
    return members;
  }

  private void ensureGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && Groups.MANAGED_GROUP_TYPE.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(Groups.MANAGED_GROUP_TYPE);
    identityService.saveGroup(group);
  }

  private void removeStaleGroups(Set<String> wanted) {
    for (Group group : identityService.createGroupQuery().groupType(Groups.MANAGED_GROUP_TYPE).list()) {
      if (!wanted.contains(group.getId())) {
        authorizationService.createAuthorizationQuery().groupIdIn(group.getId()).list()
            .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        identityService.deleteGroup(group.getId());
        LOG.info("Removed group {} that the organisation no longer has", group.getId());
      }
    }
  }

  private void ensureUser(Person person) {
    User user = identityService.createUserQuery().userId(person.username()).singleResult();
    String[] names = splitName(person.fullName());
    String email = person.email();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(person.username());
      user.setPassword(person.initialPassword());
    } else if (Objects.equals(user.getFirstName(), names[0]) && Objects.equals(user.getLastName(), names[1])
        && Objects.equals(user.getEmail(), email)) {
      return;
    }
    user.setFirstName(names[0]);
    user.setLastName(names[1]);
    user.setEmail(email);
    identityService.saveUser(user);
  }

  /**
   * Camunda shows "first last"; a Vietnamese name reads family name first, so the given name (last word) goes
   * into lastName and the rest into firstName: "Nguyễn Phi" + "Thường".
   */
  static String[] splitName(String fullName) {
    String name = fullName.strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
  }

  /** Removes only members the synchronisation itself added ({@code managed}) and the organisation no longer has. */
  private void ensureMembers(String groupId, Set<String> wanted, Set<String> managed) {
    Set<String> current = new HashSet<>();
    identityService.createUserQuery().memberOfGroup(groupId).unlimitedList().forEach(u -> current.add(u.getId()));
    for (String username : wanted) {
      if (!current.contains(username)) {
        identityService.createMembership(username, groupId);
      }
    }
    for (String username : current) {
      if (managed.contains(username) && !wanted.contains(username)) {
        identityService.deleteMembership(username, groupId);
      }
    }
  }

  /** A permission set on one resource that a group gets. */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {

    Grant(Resource resource, String resourceId, Permission... permissions) {
      this(resource, resourceId, List.of(permissions));
    }

    @Override
    public String toString() {
      return resource.resourceName() + ":" + resourceId + permissions.stream().map(Permission::getName).toList();
    }
  }

  /** What a group is granted besides starting processes ({@link #ensureStartRights}). */
  static List<Grant> desiredGrants(String groupId) {
    List<Grant> grants = new ArrayList<>();
    // Every group works in Tasklist and may read process models (Tasklist shows the diagram of a task).
    grants.add(new Grant(APPLICATION, "tasklist", ACCESS));
    grants.add(new Grant(PROCESS_DEFINITION, ANY, READ));
    if (AccessPolicy.isCityWideGroup(groupId)) {
      // The city sees every unit (AccessPolicy): it reads all instances and tasks, but works only on its own tasks.
      grants.add(new Grant(APPLICATION, "cockpit", ACCESS));
      grants.add(new Grant(PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY));
      grants.add(new Grant(PROCESS_INSTANCE, ANY, READ));
      grants.add(new Grant(TASK, ANY, READ));
    }
    return grants;
  }

  private void ensureAuthorizations(String groupId) {
    desiredGrants(groupId).forEach(g -> grant(groupId, g.resource(), g.resourceId(), g.permissions()));
    ensureStartRights(groupId);
  }

  private Set<String> startableKeys(String groupId) {
    return startableProcesses.stream().filter(p -> p.grantedTo(groupId))
        .map(StartableProcess::processDefinitionKey).collect(Collectors.toSet());
  }

  /**
   * Starting is granted per process key, as the process families declare it ({@link StartableProcess}). Grants
   * this group no longer has a declaration for are revoked, including the start-anything grant on every process
   * definition that versions before this rule stored for the city office.
   */
  private void ensureStartRights(String groupId) {
    Set<String> keys = startableKeys(groupId);
    for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(PROCESS_DEFINITION).hasPermission(CREATE_INSTANCE).list()) {
      if (existing.getAuthorizationType() == AUTH_TYPE_GRANT && !keys.contains(existing.getResourceId())) {
        revoke(existing, CREATE_INSTANCE);
      }
    }
    keys.forEach(key -> grant(groupId, PROCESS_DEFINITION, key, List.of(CREATE_INSTANCE)));
    // Camunda asks for both: CREATE_INSTANCE on the definition and CREATE on process instances.
    if (keys.isEmpty()) {
      authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(PROCESS_INSTANCE)
          .resourceId(ANY).hasPermission(CREATE).list().stream()
          .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
          .forEach(a -> revoke(a, CREATE));
    } else {
      grant(groupId, PROCESS_INSTANCE, ANY, List.of(CREATE));
    }
  }

  private void revoke(Authorization authorization, Permission permission) {
    authorization.removePermission(permission);
    if (authorization instanceof AuthorizationEntity entity && entity.getPermissions() == 0) {
      authorizationService.deleteAuthorization(authorization.getId());
    } else {
      authorizationService.saveAuthorization(authorization);
    }
    LOG.info("Revoked {} on {} {} from group {}", permission.getName(), authorization.getResourceType(),
        authorization.getResourceId(), authorization.getGroupId());
  }

  private void grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list();
    Authorization authorization = existing.stream().filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
        .findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (permissions.stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
