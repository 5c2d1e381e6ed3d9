package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;

/** The user the authentication filter put on the engine for this request. */
@Component
@RequiredArgsConstructor
public class CurrentUser {

  private final IdentityService identityService;

  public String id() {
    return authentication().getUserId();
  }

  public List<String> groupIds() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  public boolean isAdministrator() {
    return groupIds().contains(Groups.ADMINISTRATORS);
  }

  /** The units this user sees, by {@link AccessPolicy}. */
  public ReportScope scope() {
    return AccessPolicy.scopeOf(groupIds());
  }

  public void requireAdministrator() {
    if (!isAdministrator()) {
      throw new ForbiddenException("Chỉ quản trị viên (nhóm " + Groups.ADMINISTRATORS + ") được làm việc này.");
    }
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user on this request: is the authentication filter mapped?");
    }
    return authentication;
  }
}
