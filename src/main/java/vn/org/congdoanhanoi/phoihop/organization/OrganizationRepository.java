package vn.org.congdoanhanoi.phoihop.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;

/**
 * The organisation tables (Flyway migrations V1, V24). Replaced as a whole: partial updates would leave mixed data.
 * A city has thousands of grassroots unions, so theirs are written in batches.
 */
@Repository
@RequiredArgsConstructor
public class OrganizationRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
  }

  /** Must run inside the caller's transaction so that a failure leaves the previous organisation intact. */
  void replaceAll(Organization organization) {
    for (String table : List.of("org_person_role", "org_person", "org_cluster_member", "org_cluster",
        "org_department_topic", "org_department", "org_grassroots_union", "org_unit")) {
      jdbc.sql("delete from " + table).update();
    }
    int order = 0;
    for (Unit u : organization.units()) {
      jdbc.sql("""
              insert into org_unit (code, kind, locality_type, name, federation_name, party_committee_name, email,
                                    party_committee_email, active, example_data, sort_order)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(u.code(), u.kind().name(), u.localityType() == null ? null : u.localityType().name(), u.name(),
              u.federationName(), u.partyCommitteeName(), u.email(), u.partyCommitteeEmail(), u.active(),
              u.exampleData(), order++)
          .update();
    }
    for (Cluster c : organization.clusters()) {
      jdbc.sql("insert into org_cluster (cluster_year, code, name, lead_unit_code, example_data) values (?, ?, ?, ?, ?)")
          .params(c.year(), c.code(), c.name(), c.leadUnitCode(), c.exampleData()).update();
      for (String member : c.memberUnitCodes()) {
        jdbc.sql("insert into org_cluster_member (cluster_year, cluster_code, unit_code) values (?, ?, ?)")
            .params(c.year(), c.code(), member).update();
      }
    }
    insertGrassrootsUnions(organization.grassrootsUnions());
    insertDepartments(organization.departments());
    for (Person p : organization.people()) {
      jdbc.sql("insert into org_person (username, full_name, title, email, phone, unit_code, demo_account, body_code) "
              + "values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(p.username(), p.fullName(), p.title(), p.email(), p.phone(), p.unitCode(), p.demoAccount(),
              p.bodyCode()).update();
      for (Role role : p.roles()) {
        jdbc.sql("insert into org_person_role (username, role) values (?, ?)").params(p.username(), role.name()).update();
      }
    }
  }

  private void insertGrassrootsUnions(List<GrassrootsUnion> unions) {
    List<Object[]> rows = new ArrayList<>();
    for (GrassrootsUnion u : unions) {
      rows.add(new Object[] {u.code(), u.districtCode(), u.name(), u.email(), u.mailbox(), u.sector(),
          u.exampleData(), rows.size()});
    }
    batches.batchUpdate("insert into org_grassroots_union (code, district_code, name, email, mailbox, sector, "
        + "example_data, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  private void insertDepartments(List<Department> departments) {
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> topics = new ArrayList<>();
    for (Department d : departments) {
      rows.add(new Object[] {d.code(), d.districtCode(), d.name(), d.email(), d.exampleData(), d.chairmansOffice(),
          rows.size()});
      d.topics().forEach(topic -> topics.add(new Object[] {d.code(), d.districtCode(), topic}));
    }
    batches.batchUpdate("insert into org_department (code, district_code, name, email, example_data, "
        + "chairmans_office, sort_order) values (?, ?, ?, ?, ?, ?, ?)", rows);
    batches.batchUpdate("insert into org_department_topic (department_code, district_code, topic) values (?, ?, ?)",
        topics);
  }

  public Organization load() {
    List<Unit> units = jdbc.sql("select * from org_unit order by sort_order")
        .query((rs, i) -> new Unit(rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
            rs.getString("locality_type") == null ? null : LocalityType.valueOf(rs.getString("locality_type")),
            rs.getString("name"), rs.getString("federation_name"), rs.getString("party_committee_name"),
            rs.getString("email"), rs.getString("party_committee_email"), rs.getBoolean("active"),
            rs.getBoolean("example_data")))
        .list();

    Map<String, List<String>> members = new LinkedHashMap<>();
    jdbc.sql("select m.cluster_year, m.cluster_code, m.unit_code from org_cluster_member m "
            + "join org_unit u on u.code = m.unit_code order by u.sort_order")
        .query(rs -> {
          members.computeIfAbsent(rs.getInt(1) + "/" + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
        });
    List<Cluster> clusters = jdbc.sql("select * from org_cluster order by cluster_year, code")
        .query((rs, i) -> new Cluster(rs.getInt("cluster_year"), rs.getString("code"), rs.getString("name"),
            rs.getString("lead_unit_code"),
            members.getOrDefault(rs.getInt("cluster_year") + "/" + rs.getString("code"), List.of()),
            rs.getBoolean("example_data")))
        .list();

    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    jdbc.sql("select username, role from org_person_role").query(rs -> {
      roles.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
    });
    List<Person> people = jdbc.sql("select * from org_person order by username")
        .query((rs, i) -> new Person(rs.getString("username"), rs.getString("full_name"), rs.getString("title"),
            rs.getString("email"), rs.getString("phone"), rs.getString("unit_code"),
            roles.getOrDefault(rs.getString("username"), Set.of()), null, rs.getBoolean("demo_account"),
            rs.getString("body_code")))
        .list();
    List<GrassrootsUnion> unions = jdbc.sql("select * from org_grassroots_union order by sort_order")
        .query((rs, i) -> new GrassrootsUnion(rs.getString("code"), rs.getString("district_code"), rs.getString("name"),
            rs.getString("email"), rs.getString("sector"), rs.getBoolean("example_data")))
        .list();
    Map<String, List<String>> topics = new LinkedHashMap<>();
    jdbc.sql("select department_code, topic from org_department_topic order by department_code, topic").query(rs -> {
      topics.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
    });
    List<Department> departments = jdbc.sql("select * from org_department order by sort_order")
        .query((rs, i) -> new Department(rs.getString("code"), rs.getString("district_code"), rs.getString("name"),
            rs.getString("email"), topics.getOrDefault(rs.getString("code"), List.of()),
            rs.getBoolean("example_data"), rs.getBoolean("chairmans_office")))
        .list();
    return new Organization(units, clusters, people, unions, departments);
  }
}
