package vn.org.congdoanhanoi.phoihop.platform.login;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Camunda's identity store with one change to what a wrong password does. Camunda already refuses every login for a
 * growing delay after each failure ({@code loginDelayBase × loginDelayFactor^(n-1)} seconds, at most
 * {@code loginDelayMaxTime}); its permanent lock after {@code loginMaxAttempts} is switched off in application.yaml,
 * because user names are predictable and anyone could lock every district out for good. What is added here:
 *
 * <ul>
 *   <li>the administrators are told once per episode, when the failures in a row reach {@link #ALERT_AT};
 *   <li>an episode ends with a successful login (Camunda resets the count) or after {@link #QUIET_MILLIS} without
 *       a failure: the next failure then starts again at the first, shortest delay, and may alert again.
 * </ul>
 */
@RequiredArgsConstructor
class ThrottledLoginIdentityProvider extends DbIdentityServiceProvider {

  /** Ten failures in a row: where Camunda used to lock for good, far beyond a user's typos. */
  static final int ALERT_AT = 10;
  static final long QUIET_MILLIS = 60 * 60 * 1000L;

  private final LockedAccountAlert alert;
  private final EngineClock clock;

  @Override
  protected void lockUser(UserEntity user) {
    Date lockedUntil = user.getLockExpirationTime();
    if (lockedUntil != null && clock.instant().toEpochMilli() - lockedUntil.getTime() > QUIET_MILLIS) {
      user.setAttempts(0);
    }
    super.lockUser(user);
    if (user.getAttempts() == ALERT_AT) {
      alert.tell(getCommandContext(), user.getId(), user.getAttempts(), user.getLockExpirationTime());
    }
  }
}
