package vn.org.congdoanhanoi.phoihop.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager, without one query. Before its first check in every command, Camunda reads the
 * distinct group ids of the whole {@code ACT_RU_AUTHORIZATION} table, only to drop the caller's groups that hold no
 * authorization from the checks that follow: a help for users with hundreds of directory groups. Ours have a
 * handful, and the table holds a row per open task of a candidate group, so that read grows with the open work
 * (thousands of rows in a city-wide campaign) and ran three times per REST call. The checks themselves are
 * unchanged; a group without authorizations in them simply matches no row.
 */
class EveryGroupAuthorizationManager extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    // A list of its own, without duplicates, as Camunda's answer is.
    return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
  }

  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new EveryGroupAuthorizationManager();
    }
  }
}
