package vn.org.congdoanhanoi.phoihop.records.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.org.congdoanhanoi.phoihop.PostgresTestDatabase;

/**
 * V18 on a register that an older version filled: an entry learns the year of the letter it was issued for from its
 * campaign instance, else from the number when that number was launched in one year only; an entry of a number of
 * several years issued for no instance, and a document drafted by hand, stay without one. On H2 and PostgreSQL.
 */
class RegisterSourceYearMigrationTest {

  @Test
  void entriesLearnTheirLettersYearOnH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:register-source-year;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    entriesLearnTheirLettersYear(h2, "h2");
  }

  @Test
  void entriesLearnTheirLettersYearOnPostgres() throws SQLException {
    String url = PostgresTestDatabase.jdbcUrl();
    PGSimpleDataSource server = new PGSimpleDataSource();
    server.setURL(url);
    server.setUser("postgres");
    try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists register_source_year");
      s.execute("create database register_source_year encoding 'UTF8' lc_collate 'C' lc_ctype 'C' "
          + "template template0");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url.replace("/" + PostgresTestDatabase.DATABASE, "/register_source_year"));
    pg.setUser("postgres");
    entriesLearnTheirLettersYear(pg, "postgres");
  }

  void entriesLearnTheirLettersYear(DataSource dataSource, String dialect) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (String part : new String[] {"engine", "history"}) {
        ScriptUtils.executeSqlScript(c, new ClassPathResource(
            "org/camunda/bpm/engine/db/create/activiti." + dialect + ".create." + part + ".sql"));
      }
    }
    flyway(dataSource).target("16").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    matter(jdbc, 2022, "300/LĐLĐ", "p2022");
    matter(jdbc, 2025, "300/LĐLĐ", "p2025");
    matter(jdbc, 2023, "301/LĐLĐ", "p2023");
    entry(jdbc, "e1", 1, "signing-campaign", "300/LĐLĐ", "p2022");
    entry(jdbc, "e2", 2, "signing-campaign", "300/LĐLĐ", null);
    entry(jdbc, "e3", 3, "signing-campaign", "301/LĐLĐ", null);
    entry(jdbc, "e4", 4, null, null, null);

    flyway(dataSource).load().migrate();

    assertThat(sourceYear(jdbc, "e1")).as("from its campaign instance").isEqualTo(2022);
    assertThat(sourceYear(jdbc, "e2")).as("300/LĐLĐ of which year cannot be told").isNull();
    assertThat(sourceYear(jdbc, "e3")).as("301/LĐLĐ was launched in 2023 only").isEqualTo(2023);
    assertThat(sourceYear(jdbc, "e4")).as("drafted by hand").isNull();
  }

  /** As the application configures it: Camunda's tables come first, our migrations still run from V1. */
  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("phoihop_schema_history").baselineOnMigrate(true).baselineVersion("0");
  }

  private static void matter(JdbcClient jdbc, int year, String number, String instance) {
    jdbc.sql("insert into matter (issuer_code, matter_year, document_number, process_definition_key, "
            + "process_instance_id, claimed_at) values ('thanhpho', ?, ?, 'signing-campaign', ?, "
            + "timestamp '2025-01-01 00:00:00')")
        .params(year, number, instance).update();
  }

  private static void entry(JdbcClient jdbc, String id, int number, String sourceKind, String sourceReference,
                            String instance) {
    jdbc.sql("insert into doc_outgoing (id, register_code, register_year, sequence_number, symbol, document_type, "
            + "subject, issued_on, source_kind, source_reference, process_instance_id, recorded_at) "
            + "values (?, 'LDLD', 2025, ?, ?, 'BAO_CAO', 'Báo cáo thử', date '2025-07-01', ?, ?, ?, "
            + "timestamp '2025-07-01 08:00:00')")
        .params(id, number, number + "/BC-LĐLĐ", sourceKind, sourceReference, instance).update();
  }

  private static Integer sourceYear(JdbcClient jdbc, String id) {
    return jdbc.sql("select source_year from doc_outgoing where id = ?").param(id).query(Integer.class).list().get(0);
  }
}
