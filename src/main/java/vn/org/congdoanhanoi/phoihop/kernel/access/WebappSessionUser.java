package vn.org.congdoanhanoi.phoihop.kernel.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/** The user logged in to Tasklist/Cockpit/Admin, as Camunda's webapps keep it in the HTTP session. */
public final class WebappSessionUser {

  public static final String ENGINE = "default";

  /** Camunda's webapps keep their CSRF token here ({@code CsrfConstants}) and expect it back in this header. */
  static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

  private WebappSessionUser() {}

  /**
   * Whether the request proves it comes from a page of the webapps: it carries the webapps' CSRF token (header
   * {@code X-XSRF-TOKEN}, which Tasklist's pages copy from their cookie and no other site can read) equal to the one
   * the session holds. A request another site makes the browser send cannot carry it.
   */
  public static boolean sentByItsPage(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_TOKEN_HEADER);
    return expected instanceof String token && !token.isEmpty() && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

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
