package vn.org.congdoanhanoi.phoihop.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the identity synchronisation remembers between runs (migration V21): the memberships it created and the
 * fingerprint of what it last synchronised. Every method must run inside the synchronisation's transaction.
 */
@Repository
@RequiredArgsConstructor
class IdentitySyncState {

  private final JdbcClient jdbc;

  /** Locks the state row until the transaction ends, so nodes starting together synchronise one after another. */
  String lockFingerprint() {
    List<String> row = jdbc.sql("select fingerprint from org_identity_sync where id = 1 for update")
        .query(String.class).list();
    return row.isEmpty() ? null : row.get(0);
  }

  void storeFingerprint(String fingerprint) {
    jdbc.sql("update org_identity_sync set fingerprint = ? where id = 1").param(fingerprint).update();
  }

  /** Group id → the usernames the synchronisation made members of it. */
  Map<String, Set<String>> managedMemberships() {
    Map<String, Set<String>> managed = new HashMap<>();
    jdbc.sql("select group_id, user_id from org_managed_membership")
        .query(rs -> {
          managed.computeIfAbsent(rs.getString(1), g -> new HashSet<>()).add(rs.getString(2));
        });
    return managed;
  }

  void replaceManagedMemberships(Map<String, Set<String>> members) {
    jdbc.sql("delete from org_managed_membership").update();
    members.forEach((group, users) -> {
      for (String user : users) {
        jdbc.sql("insert into org_managed_membership (group_id, user_id) values (?, ?)").params(group, user).update();
      }
    });
  }
}
