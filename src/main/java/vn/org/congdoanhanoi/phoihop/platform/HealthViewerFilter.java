package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.org.congdoanhanoi.phoihop.kernel.access.BasicCredentials;

/**
 * /actuator/health answers everyone (probes, load balancers) but shows its components only to administrators
 * (management.endpoint.health.show-components: when-authorized, roles: camunda-admin). The actuator asks the servlet
 * request for the user and roles; this filter puts the caller there when valid HTTP Basic credentials come with the
 * request. Without them, or with wrong ones, the caller stays anonymous and sees only the overall status.
 */
@RequiredArgsConstructor
final class HealthViewerFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BasicCredentials credentials = BasicCredentials.of(request.getHeader("Authorization"))
        .filter(c -> identityService.checkPassword(c.userId(), c.password())).orElse(null);
    if (credentials == null) {
      chain.doFilter(request, response);
      return;
    }
    String userId = credentials.userId();
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
}
