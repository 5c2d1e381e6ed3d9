package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.IdentityChanges;

/**
 * The login cache on its own: Camunda is asked once for good credentials and not again while nothing changed, and
 * every time for bad ones. The attacks over HTTP, with Camunda's real throttling, are in {@link RememberedLoginTest}.
 */
class RememberedBasicAuthenticationTest {

  static final String USER = "vanphong";
  static final String PASSWORD = "Dung@Matkhau2022";

  final IdentityChanges changes = new IdentityChanges();
  final RememberedBasicAuthentication logins = new RememberedBasicAuthentication(changes);
  final ProcessEngine engine = mock(ProcessEngine.class);
  final IdentityService identity = mock(IdentityService.class);

  @BeforeEach
  void camundaKnowsOneUserInTheCityOffice() {
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.checkPassword(anyString(), anyString())).thenAnswer(call ->
        USER.equals(call.getArgument(0)) && PASSWORD.equals(call.getArgument(1)));
    GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
    Group office = mock(Group.class);
    when(office.getId()).thenReturn("city-office");
    when(groups.list()).thenReturn(List.of(office));
    when(identity.createGroupQuery()).thenReturn(groups);
    TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);
    when(tenants.list()).thenReturn(List.of());
    when(identity.createTenantQuery()).thenReturn(tenants);
  }

  @Test
  void goodCredentialsAreCheckedOnceAndCarryTheUsersGroups() {
    for (int i = 0; i < 5; i++) {
      AuthenticationResult result = login(USER, PASSWORD);
      assertThat(result.isAuthenticated()).isTrue();
      assertThat(result.getAuthenticatedUser()).isEqualTo(USER);
      assertThat(result.getGroups()).containsExactly("city-office");
      assertThat(result.getTenants()).isEmpty();
    }
    verify(identity, times(1)).checkPassword(USER, PASSWORD);
    verify(identity, times(1)).createGroupQuery();
  }

  @Test
  void aWrongPasswordAfterAGoodOneIsAskedEveryTimeAndRefused() {
    assertThat(login(USER, PASSWORD).isAuthenticated()).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(login(USER, "Sai@Matkhau2022").isAuthenticated()).isFalse();
    }
    verify(identity, times(3)).checkPassword(USER, "Sai@Matkhau2022");
  }

  @Test
  void aFailureForgetsTheUsersGoodLoginSoThatAThrottledAccountWaitsWithTheRightPasswordToo() {
    login(USER, PASSWORD);
    login(USER, "Sai@Matkhau2022");
    login(USER, PASSWORD);
    verify(identity, times(2)).checkPassword(USER, PASSWORD);
  }

  @Test
  void anyChangeOfTheIdentityForgetsEveryLogin() {
    login(USER, PASSWORD);
    changes.changed();
    login(USER, PASSWORD);
    login(USER, PASSWORD);
    verify(identity, times(2)).checkPassword(USER, PASSWORD);
  }

  @Test
  void theUserAndPasswordCannotBeShiftedIntoEachOther() {
    login(USER, PASSWORD);
    assertThat(login(USER + PASSWORD.charAt(0), PASSWORD.substring(1)).isAuthenticated()).isFalse();
    assertThat(login(USER.substring(0, USER.length() - 1), USER.charAt(USER.length() - 1) + PASSWORD)
        .isAuthenticated()).isFalse();
  }

  @Test
  void noOrAnotherSchemeIsRefusedWithoutAskingCamunda() {
    HttpServletRequest bearer = mock(HttpServletRequest.class);
    when(bearer.getHeader("Authorization")).thenReturn("Bearer abc");
    assertThat(logins.extractAuthenticatedUser(bearer, engine).isAuthenticated()).isFalse();
    assertThat(logins.extractAuthenticatedUser(mock(HttpServletRequest.class), engine).isAuthenticated()).isFalse();
    verify(identity, never()).checkPassword(anyString(), anyString());
  }

  private AuthenticationResult login(String user, String password) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getHeader("Authorization")).thenReturn("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return logins.extractAuthenticatedUser(request, engine);
  }
}
