package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

/**
 * The REST login remembers good credentials for a few seconds ({@link RememberedBasicAuthentication}). The attacks
 * on that memory, over HTTP against the real identity: a wrong password after a good one, an old password after a
 * change, a removed membership or user, a throttled account. None may get in for a moment longer than without it.
 */
@PostgresIntegrationTest
class RememberedLoginTest {

  private static final String USER = "remembered.login";
  private static final String PASSWORD = "Dung@Matkhau2022";
  private static final String NEW_PASSWORD = "Moi@Matkhau2023";
  private static final Instant NOW = Instant.parse("2022-07-01T02:00:00Z");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void aUserInNoGroup() {
    User user = identityService.newUser(USER);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void removeIt() {
    ClockUtil.reset();
    identityService.deleteUser(USER);
  }

  @Test
  void aWrongPasswordAfterAGoodOneIsRefused() {
    assertThat(status(PASSWORD)).isEqualTo(200);
    assertThat(status("Sai@Matkhau2022")).isEqualTo(401);
    assertThat(status(PASSWORD + "x")).isEqualTo(401);
  }

  @Test
  void aWrongPasswordAfterAGoodOneStillThrottlesTheAccountAndTheRightOneWaitsToo() {
    assertThat(status(PASSWORD)).isEqualTo(200);
    assertThat(status("Sai@Matkhau2022")).isEqualTo(401);
    assertThat(lockedUntil()).as("Camunda counted the failure").isAfter(NOW);

    assertThat(status(PASSWORD)).as("the right password during the delay").isEqualTo(401);
    ClockUtil.setCurrentTime(Date.from(lockedUntil().plusSeconds(1)));
    assertThat(status(PASSWORD)).as("the right password after the delay").isEqualTo(200);
  }

  @Test
  void aChangedPasswordRefusesTheOldOneAtOnce() {
    assertThat(status(PASSWORD)).isEqualTo(200);
    User user = identityService.createUserQuery().userId(USER).singleResult();
    user.setPassword(NEW_PASSWORD);
    identityService.saveUser(user);

    assertThat(status(PASSWORD)).as("the old password").isEqualTo(401);
    // That was a failure like any other: the account waits its delay, then takes the new password.
    ClockUtil.setCurrentTime(Date.from(lockedUntil().plusSeconds(1)));
    assertThat(status(NEW_PASSWORD)).as("the new password").isEqualTo(200);
  }

  @Test
  void aDeletedUserIsRefusedAtOnce() {
    assertThat(status(PASSWORD)).isEqualTo(200);
    identityService.deleteUser(USER);
    assertThat(status(PASSWORD)).isEqualTo(401);
    aUserInNoGroup(); // for removeIt
  }

  @Test
  void groupsGivenOrTakenApplyToTheNextCall() {
    assertThat(definitionsVisible()).as("in no group: no process model").isZero();

    identityService.createMembership(USER, Groups.CITY_OFFICE);
    assertThat(definitionsVisible()).as("in the city office").isPositive();

    identityService.deleteMembership(USER, Groups.CITY_OFFICE);
    assertThat(definitionsVisible()).as("out of the city office again").isZero();
  }

  private int status(String password) {
    return RestCaller.as(port, USER, password).get("/engine-rest/engine").status();
  }

  private int definitionsVisible() {
    RestCaller.Response response = RestCaller.as(port, USER, PASSWORD).get("/engine-rest/process-definition/count");
    assertThat(response.status()).isEqualTo(200);
    return response.json().get("count").asInt();
  }

  private Instant lockedUntil() {
    Date until = ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identityService.createUserQuery()
        .userId(USER).singleResult()).getLockExpirationTime();
    return until == null ? Instant.EPOCH : until.toInstant();
  }
}
