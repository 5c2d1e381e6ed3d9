package vn.org.congdoanhanoi.phoihop.organization;

import java.util.Set;

/**
 * A process that people start by hand, and the groups whose members may. Each process family declares its own as
 * a bean; a process without one is started only by the engine (call activities, messages the engine sends), never
 * by a user, over REST, by message correlation or from Tasklist. {@link IdentitySynchronizer} turns these into
 * Camunda authorizations and the engine enforces them for administrators as well.
 */
public record StartableProcess(String processDefinitionKey, Set<String> groupIds) {

  public StartableProcess {
    groupIds = Set.copyOf(groupIds);
  }

  public boolean startableBy(Iterable<String> callerGroupIds) {
    for (String group : callerGroupIds) {
      if (groupIds.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
