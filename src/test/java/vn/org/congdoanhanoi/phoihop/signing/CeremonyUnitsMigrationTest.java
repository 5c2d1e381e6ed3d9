package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;

/**
 * V15 moves the units of each ceremony from the JSON column of V11 into rows: booked ceremonies keep exactly the
 * units they had, and one booked before V11 (no list) keeps its host, or a cluster's joined members. On the H2
 * embedded default, whose SQL has no JSON array functions, so the Java migration is what does it.
 */
class CeremonyUnitsMigrationTest {

  @Test
  void everyUnitOfTheJsonListBecomesARowAndTheColumnGoes() {
    DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:ceremonyunits;DB_CLOSE_DELAY=-1", "sa", "");
    flyway(db, "11").migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    insert(jdbc, "shared", "CITY", null, "badinh", "[\"badinh\",\"hoankiem\",\"tayho\"]");
    insert(jdbc, "own", "LOCALITY", null, "caugiay", "[\"caugiay\"]");
    insert(jdbc, "old", "LOCALITY", null, "dongda", null);
    insert(jdbc, "cluster", "CLUSTER", "cum3", "gialam", null);
    insert(jdbc, "left", "LOCALITY", null, "hadong", "[]");
    jdbc.sql("insert into signing_cluster_member (document_number, cluster_code, unit_code, state) values "
        + "('1/LĐLĐ', 'cum3', 'gialam', 'JOINED'), ('1/LĐLĐ', 'cum3', 'socson', 'JOINED'), "
        + "('1/LĐLĐ', 'cum3', 'donganh', 'LEFT')").update();

    flyway(db, "latest").migrate();

    Map<String, List<String>> units = Map.of(
        "shared", List.of("badinh", "hoankiem", "tayho"), "own", List.of("caugiay"), "old", List.of("dongda"),
        "cluster", List.of("gialam", "socson"), "left", List.of());
    units.forEach((ceremony, expected) -> assertThat(jdbc.sql(
            "select unit_code from signing_ceremony_unit where ceremony_id = ? order by unit_code")
        .param(ceremony).query(String.class).list()).as(ceremony).isEqualTo(expected));
    assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'signing_ceremony' "
        + "and lower(column_name) = 'unit_codes'").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select diary from signing_diary").query(String.class).list())
        .containsExactly(MeetingDiary.CHAIRMAN_DIARY);
    // V20: the diary names every meeting by its title, as the ceremony's kind named it.
    assertThat(jdbc.sql("select title from signing_ceremony where id in ('shared', 'own', 'cluster') order by id")
        .query(String.class).list()).containsExactly("Lễ ký kết chung của gialam",
        "Lễ ký kết của caugiay", "Lễ ký kết chung do badinh tổ chức");
  }

  private static Flyway flyway(DriverManagerDataSource db, String target) {
    return Flyway.configure().dataSource(db).locations("classpath:db/migration").table("phoihop_schema_history")
        .target(target).load();
  }

  private static void insert(JdbcClient jdbc, String id, String kind, String cluster, String host, String units) {
    jdbc.sql("""
            insert into signing_ceremony (id, document_number, kind, cluster_code, host_unit_code, host_name, starts_at,
                ends_at, venue, agenda, participants, status, unit_codes)
            values (?, '1/LĐLĐ', ?, ?, ?, ?, timestamp '2022-06-08 09:00:00', timestamp '2022-06-08 10:00:00',
                'Hội trường', '[]', '[]', 'SCHEDULED', ?)""")
        .params(id, kind, cluster, host, host, units).update();
  }
}
