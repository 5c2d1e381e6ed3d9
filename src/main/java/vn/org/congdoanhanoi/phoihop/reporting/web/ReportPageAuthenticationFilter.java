package vn.org.congdoanhanoi.phoihop.reporting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.org.congdoanhanoi.phoihop.kernel.access.BasicCredentials;

/**
 * Signs in the report pages (/bao-cao/…): a user signed in to Tasklist or Cockpit is recognised from the Camunda
 * webapp session, so the link from the Welcome page opens without a second login; a script may send HTTP Basic
 * credentials as to /api. The user and groups are put on the engine for the request, where {@code CurrentUser}
 * and the report access rules read them. Nobody signed in gets a Vietnamese page that links to the login.
 */
@RequiredArgsConstructor
public class ReportPageAuthenticationFilter extends OncePerRequestFilter {

  static final String LOGIN_PAGE = "/camunda/app/welcome/default/#!/login";

  private final IdentityService identityService;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = fromSession(request);
    if (user == null) {
      user = fromBasicCredentials(request);
    }
    if (user == null) {
      refuse(request, response);
      return;
    }
    identityService.setAuthentication(user);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Authentication fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream()
        .filter(a -> "default".equals(a.getProcessEngineName()))
        .findFirst()
        .map(a -> new Authentication(a.getIdentityId(), List.copyOf(a.getGroupIds())))
        .orElse(null);
  }

  private Authentication fromBasicCredentials(HttpServletRequest request) {
    BasicCredentials credentials = BasicCredentials.of(request.getHeader("Authorization"))
        .filter(c -> identityService.checkPassword(c.userId(), c.password())).orElse(null);
    if (credentials == null) {
      return null;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(credentials.userId()).list().stream()
        .map(Group::getId).toList();
    return new Authentication(credentials.userId(), groups);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("text/html;charset=UTF-8");
    String login = HtmlUtils.htmlEscape(request.getContextPath() + LOGIN_PAGE);
    response.getOutputStream().write(("""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="UTF-8"><title>Cần đăng nhập – Báo cáo</title></head>
        <body style="font-family: 'Times New Roman', serif; margin: 3em;">
        <h1>Bạn cần đăng nhập</h1>
        <p>Trang báo cáo dùng chung tài khoản với Tasklist. Hãy <a href="%s">đăng nhập</a> rồi mở lại trang này.</p>
        </body></html>
        """.formatted(login)).getBytes(StandardCharsets.UTF_8));
  }
}
