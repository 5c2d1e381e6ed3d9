package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The user on whose behalf the current engine command runs, when the engine checks that user at all: not for the
 * engine's own work (job executor, start-up) nor inside {@code runWithoutAuthorization}, where Camunda's own
 * authorization checks are off too. Our engine rules follow exactly the same switch.
 */
public record EngineCaller(String userId, List<String> groupIds, boolean administrator) {

  /** The checked caller of the running command, or null when the command is not checked. */
  public static EngineCaller current() {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isAuthorizationCheckEnabled()
        || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return null;
    }
    Authentication authentication = context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new EngineCaller(authentication.getUserId(), groups,
        context.getAuthorizationManager().isCamundaAdmin(authentication));
  }
}
