package vn.org.congdoanhanoi.phoihop.kernel.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/** The user logged in to Tasklist/Cockpit/Admin, as Camunda's webapps keep it in the HTTP session. */
public final class WebappSessionUser {

  public static final String ENGINE = "default";

  private WebappSessionUser() {}

  /** The session's user with the groups read at login, or null when nobody is logged in to the webapps. */
  public static Authentication of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream()
        .filter(a -> ENGINE.equals(a.getProcessEngineName()))
        .findFirst()
        .map(a -> new Authentication(a.getIdentityId(), a.getGroupIds() == null ? List.of() : List.copyOf(a.getGroupIds())))
        .orElse(null);
  }
}
