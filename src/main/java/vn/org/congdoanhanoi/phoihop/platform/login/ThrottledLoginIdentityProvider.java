package vn.org.congdoanhanoi.phoihop.platform.login;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.org.congdoanhanoi.phoihop.kernel.access.IdentityChanges;
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
 *
 * <p>Every change of a user, password, group, membership or tenant is told to {@link IdentityChanges}, when it is
 * written and when it commits, so that what was derived from the old identity (the REST login's cache of good
 * credentials, a group's mail recipients) is not used again. Every path goes through here: Camunda Admin, the REST
 * API, the identity synchronisation.
 */
@RequiredArgsConstructor
class ThrottledLoginIdentityProvider extends DbIdentityServiceProvider {

  /** Ten failures in a row: where Camunda used to lock for good, far beyond a user's typos. */
  static final int ALERT_AT = 10;
  static final long QUIET_MILLIS = 60 * 60 * 1000L;

  private final LockedAccountAlert alert;
  private final EngineClock clock;
  private final IdentityChanges changes;

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

  @Override
  public IdentityOperationResult saveUser(User user) {
    return changed(super.saveUser(user));
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    return changed(super.deleteUser(userId));
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    return changed(super.unlockUser(userId));
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    return changed(super.saveGroup(group));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return changed(super.deleteGroup(groupId));
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    return changed(super.saveTenant(tenant));
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return changed(super.deleteTenant(tenantId));
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return changed(super.createMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return changed(super.deleteMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return changed(super.createTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return changed(super.createTenantGroupMembership(tenantId, groupId));
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return changed(super.deleteTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return changed(super.deleteTenantGroupMembership(tenantId, groupId));
  }

  private IdentityOperationResult changed(IdentityOperationResult result) {
    changes.changed();
    // Again at the end: readers in between saw the uncommitted change or the old rows, neither of them to keep.
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // Once per Spring transaction, holding nothing of the command: an organisation import writes tens of
      // thousands of users, groups and memberships in one transaction, and a Camunda transaction listener per
      // write kept every one of those commands' contexts until the commit (docs/performance.md).
      if (!TransactionSynchronizationManager.hasResource(CHANGED_AT_END)) {
        TransactionSynchronizationManager.bindResource(CHANGED_AT_END, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_AT_END);
            changes.changed();
          }
        });
      }
    } else {
      getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> changes.changed());
      getCommandContext().getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK,
          rolledBack -> changes.changed());
    }
    return result;
  }

  /** Marks a Spring transaction whose end already moves {@link IdentityChanges} on. */
  private static final Object CHANGED_AT_END = new Object();
}
