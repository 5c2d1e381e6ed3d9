package vn.org.congdoanhanoi.phoihop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a refused request could have changed, read straight from the database: instances started, variables,
 * tasks (assignee, due date), jobs, users and authorizations, the organisation, the register, the
 * ceremonies. Two equal fingerprints mean a request left nothing behind. Lock columns are left out.
 */
final class StateFingerprint {

  private static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("instances", "select proc_def_key_, count(*) from act_hi_procinst group by proc_def_key_ order by 1");
    PARTS.put("variables", "select id_, name_, type_, text_, text2_, long_, double_, bytearray_id_, rev_"
        + " from act_ru_variable order by id_");
    PARTS.put("tasks", "select id_, assignee_, owner_, due_date_, follow_up_date_, name_, suspension_state_, rev_"
        + " from act_ru_task order by id_");
    PARTS.put("identity links", "select id_, type_, user_id_, group_id_, task_id_ from act_ru_identitylink order by id_");
    PARTS.put("jobs", "select id_, retries_, duedate_, suspension_state_, handler_cfg_, process_instance_id_"
        + " from act_ru_job order by id_");
    PARTS.put("job definitions", "select id_, suspension_state_, job_priority_ from act_ru_jobdef order by id_");
    PARTS.put("users", "select id_, pwd_, email_, first_, last_ from act_id_user order by id_");
    PARTS.put("groups", "select id_, name_ from act_id_group order by id_");
    PARTS.put("memberships", "select user_id_, group_id_ from act_id_membership order by 1, 2");
    PARTS.put("authorizations", "select id_, group_id_, user_id_, resource_type_, resource_id_, perms_"
        + " from act_ru_authorization order by id_");
    PARTS.put("units", "select * from org_unit order by 1");
    PARTS.put("people", "select * from org_person order by 1");
    PARTS.put("clusters", "select * from org_cluster order by 1");
    PARTS.put("register", "select count(*) from doc_outgoing");
    PARTS.put("ceremonies", "select count(*) from signing_ceremony");
  }

  private final JdbcTemplate jdbc;

  StateFingerprint(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Part name → digest of its rows. */
  Map<String, String> take() {
    Map<String, String> digests = new LinkedHashMap<>();
    PARTS.forEach((name, sql) -> digests.put(name, digest(jdbc.queryForList(sql))));
    return digests;
  }

  /** The parts that differ between two fingerprints. */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(part -> !before.get(part).equals(after.get(part))).toList();
  }

  private static String digest(List<Map<String, Object>> rows) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map<String, Object> row : rows) {
        sha.update(row.values().toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
