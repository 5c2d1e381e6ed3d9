package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;

/**
 * A stranger who knows a user name (they are predictable: gialam.ldld) sends wrong passwords. Brute force stays slow
 * (a growing delay after each failure), but the account is never locked for good: within 3 minutes of the last
 * failure its user logs in again. The administrators get one mail per episode. Time is the engine's clock.
 */
@PostgresIntegrationTest
class LoginThrottlingTest {

  private static final String USER = "throttle.victim";
  private static final String PASSWORD = "Dung@Matkhau2022";
  private static final String WATCHER = "throttle.admin";
  private static final String WATCHER_MAILBOX = "quantri.canhbao@congdoanhanoi.example";
  private static final Instant START = Instant.parse("2022-06-01T01:00:00Z");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void createTheUsers() {
    User victim = identityService.newUser(USER);
    victim.setPassword(PASSWORD);
    victim.setEmail("nannhan@congdoanhanoi.example");
    identityService.saveUser(victim);
    User watcher = identityService.newUser(WATCHER);
    watcher.setPassword("Quantri@Canhbao2022");
    watcher.setEmail(WATCHER_MAILBOX);
    identityService.saveUser(watcher);
    identityService.createMembership(WATCHER, Groups.ADMINISTRATORS);
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void removeThem() {
    ClockUtil.reset();
    // Alerts not sent by a test are not left for others to send.
    new NotificationJobs(engine).discardMails("login-throttled." + USER + ".");
    identityService.deleteUser(USER);
    identityService.deleteUser(WATCHER);
  }

  @Test
  void tenAndMoreWrongPasswordsSpreadOverMinutesNeverLockTheAccountForGood() {
    Instant last = START;
    for (int i = 0; i < 30; i++) {
      last = START.plus(Duration.ofMinutes(5L * i));
      at(last);
      assertThat(login("Sai@Matkhau" + i)).as("wrong password %d", i + 1).isEqualTo(401);
    }

    at(last.plus(Duration.ofMinutes(3)));
    assertThat(login(PASSWORD)).as("the right password 3 minutes after the last failure").isEqualTo(200);
  }

  @Test
  void guessingAsFastAsAllowedMeetsGrowingDelaysOfAtMostTwoMinutes() {
    Instant now = START;
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      at(now);
      assertThat(login("Sai@Matkhau" + i)).isEqualTo(401);
      Instant lockedUntil = lockExpiration();
      delays.add(Duration.between(now, lockedUntil).toSeconds());
      // Throttled: even the right password is refused until the delay is over, and that try does not count.
      at(lockedUntil.minusSeconds(1));
      assertThat(login(PASSWORD)).as("right password during delay %d", i + 1).isEqualTo(401);
      now = lockedUntil;
    }
    assertThat(delays).isSorted().startsWith(3L, 6L, 12L).endsWith(120L, 120L);
    assertThat(Duration.between(START, now)).as("12 guesses take").isGreaterThan(Duration.ofMinutes(10));

    at(now.plus(Duration.ofMinutes(2)));
    assertThat(login(PASSWORD)).isEqualTo(200);
  }

  @Test
  void theAdministratorsAreToldOncePerEpisode() throws Exception {
    NotificationJobs jobs = new NotificationJobs(engine);
    String prefix = "login-throttled." + USER + ".";
    List<String> earlier = keys(jobs.mails(prefix));
    Instant now = guessUntilFree(START, 15);
    List<String> alerts = new ArrayList<>(keys(jobs.mails(prefix)));
    alerts.removeAll(earlier);
    assertThat(alerts).as("one alert for 15 failures").hasSize(1);
    String key = alerts.get(0);
    ReceivedMail mail = ReceivedMail.withMessageId(jobs.sendMail(key));
    assertThat(mail.recipients()).contains(WATCHER_MAILBOX).noneMatch(address -> address.endsWith("@localhost"));
    assertThat(mail.subject()).contains(USER, "10 lần");
    assertThat(mail.text()).contains("tự mở lại", "/engine-rest/user/" + USER + "/unlock");

    // The user logs in: the episode is over. The next series of failures is a new episode, with a new mail.
    at(now);
    assertThat(login(PASSWORD)).isEqualTo(200);
    now = guessUntilFree(now.plusSeconds(60), 10);
    List<String> second = new ArrayList<>(keys(jobs.mails(prefix)));
    second.removeAll(earlier);
    assertThat(second).as("a second episode").hasSize(1).doesNotContain(key);

    // More failures soon after: the same episode, no mail. After a quiet hour: a new one, starting at 3 s again.
    now = guessUntilFree(now, 5);
    assertThat(jobs.mails(prefix)).hasSize(second.size() + earlier.size());
    Instant later = now.plus(Duration.ofMinutes(61));
    at(later);
    assertThat(login("Sai@Matkhau")).isEqualTo(401);
    assertThat(Duration.between(later, lockExpiration()).toSeconds()).isEqualTo(3);
    guessUntilFree(lockExpiration(), 9);
    assertThat(jobs.mails(prefix)).as("a third episode").hasSize(second.size() + earlier.size() + 1);
  }

  private static List<String> keys(List<ProcessInstance> instances) {
    return instances.stream().map(ProcessInstance::getBusinessKey).toList();
  }

  /** Fails the given number of times, each time as soon as the previous delay is over; returns when it is free. */
  private Instant guessUntilFree(Instant from, int failures) {
    Instant now = from;
    for (int i = 0; i < failures; i++) {
      at(now);
      assertThat(login("Sai@Matkhau" + i)).isEqualTo(401);
      now = lockExpiration();
    }
    return now;
  }

  private Instant lockExpiration() {
    UserEntity user = (UserEntity) identityService.createUserQuery().userId(USER).singleResult();
    return user.getLockExpirationTime().toInstant();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private int login(String password) {
    return RestCaller.as(port, USER, password).get("/engine-rest/engine").status();
  }
}
