package vn.org.congdoanhanoi.phoihop;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

/** Acting as a demo user over the Java API, with that user's groups, so the engine's authorization checks apply. */
public final class EngineUsers {

  private EngineUsers() {}

  /** Runs the action authenticated as the given user with the groups Camunda knows for them. */
  public static <T> T as(ProcessEngine engine, String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
