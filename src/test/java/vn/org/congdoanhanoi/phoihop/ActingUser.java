package vn.org.congdoanhanoi.phoihop;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

/** Tests act as a demo user through the Java API: that user and its groups, so Camunda's authorizations apply. */
public final class ActingUser {

  private ActingUser() {}

  /** Runs the action authenticated as the given user with the user's groups. */
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
