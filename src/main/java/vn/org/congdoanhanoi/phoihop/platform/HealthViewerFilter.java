package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /actuator/health answers everyone (probes, load balancers) but shows its components only to administrators
 * (management.endpoint.health.show-components: when-authorized, roles: camunda-admin). The actuator asks the servlet
 * request for the user and roles; this filter puts the caller there when valid HTTP Basic credentials come with the
 * request. Without them, or with wrong ones, the caller stays anonymous and sees only the overall status.
 */
final class HealthViewerFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  HealthViewerFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      chain.doFilter(request, response);
      return;
    }
    String userId = credentials[0];
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    Principal principal = () -> userId;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public String getRemoteUser() {
        return userId;
      }

      @Override
      public boolean isUserInRole(String role) {
        return groups.contains(role);
      }
    }, response);
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
