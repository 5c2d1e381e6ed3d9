package vn.org.congdoanhanoi.phoihop.organization;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A process that people start by hand, and the groups whose members may. Each process family declares its own as
 * a bean; a process without one is started only by the engine (call activities, messages the engine sends), never
 * by a user, over REST, by message correlation or from Tasklist. {@link IdentitySynchronizer} turns these into
 * Camunda authorizations and the engine enforces them for administrators as well.
 */
public record StartableProcess(String processDefinitionKey, Set<String> groupIds, Predicate<String> groupRule) {

  public StartableProcess {
    groupIds = Set.copyOf(groupIds);
    Objects.requireNonNull(groupRule, "groupRule");
  }

  /** Startable by the members of these groups only. */
  public StartableProcess(String processDefinitionKey, Set<String> groupIds) {
    this(processDefinitionKey, groupIds, group -> false);
  }

  /**
   * Startable by these groups and by every group the rule accepts, e.g. every district federation's group: groups
   * that are organisation data, which an import adds and removes, so no fixed list can name them.
   */
  public static StartableProcess withRule(String processDefinitionKey, Set<String> groupIds,
                                          Predicate<String> groupRule) {
    return new StartableProcess(processDefinitionKey, groupIds, groupRule);
  }

  /** Whether members of this group may start the process. */
  public boolean grantedTo(String groupId) {
    return groupIds.contains(groupId) || groupRule.test(groupId);
  }

  public boolean startableBy(Iterable<String> callerGroupIds) {
    for (String group : callerGroupIds) {
      if (grantedTo(group)) {
        return true;
      }
    }
    return false;
  }
}
