package vn.org.congdoanhanoi.phoihop.records.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresTestDatabase;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * V12/V13 on a database that an older version ran on: Camunda's tables hold the campaigns of the past (one completed,
 * duplicates left by concurrent starts, one whose issue date was never kept), our tables hold their rows. After the
 * migration every letter has its matter and every row its year, the keys include the year, and the unique key
 * refuses what it must. On H2 (the run command's database) and on PostgreSQL.
 */
class MatterIdentityMigrationTest {

  static final String CAMPAIGN = "signing-campaign";

  @Test
  void migratesCampaignsOfAnOlderVersionOnH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:matter-migration;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    migratesCampaignsOfAnOlderVersion(h2, "h2");
  }

  @Test
  void migratesCampaignsOfAnOlderVersionOnPostgres() throws SQLException {
    String url = PostgresTestDatabase.jdbcUrl();
    PGSimpleDataSource server = new PGSimpleDataSource();
    server.setURL(url);
    server.setUser("postgres");
    try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists matter_migration");
      s.execute("create database matter_migration encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url.replace("/" + PostgresTestDatabase.DATABASE, "/matter_migration"));
    pg.setUser("postgres");
    migratesCampaignsOfAnOlderVersion(pg, "postgres");
  }

  void migratesCampaignsOfAnOlderVersion(DataSource dataSource, String dialect) throws SQLException {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("11").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      for (String part : new String[] {"engine", "history"}) {
        ScriptUtils.executeSqlScript(c, new ClassPathResource(
            "org/camunda/bpm/engine/db/create/activiti." + dialect + ".create." + part + ".sql"));
      }
    }
    JdbcClient jdbc = JdbcClient.create(dataSource);
    // 222/LĐLĐ of 2022: carried out to its end, with its rows.
    campaign(jdbc, "c1", "222/LĐLĐ", "2022-05-16 08:00:00", "COMPLETED", "2022-05-16", null);
    jdbc.sql("insert into signing_cluster_registration (document_number, cluster_code, state) "
        + "values ('222/LĐLĐ', 'cum3', 'CLOSED')").update();
    jdbc.sql("insert into signing_cluster_member (document_number, cluster_code, unit_code, state) "
        + "values ('222/LĐLĐ', 'cum3', 'gialam', 'JOINED')").update();
    jdbc.sql("insert into signing_unit_result (document_number, unit_code, outcome, recorded_at) "
        + "values ('222/LĐLĐ', 'gialam', 'SIGNED', timestamp '2022-06-08 10:00:00')").update();
    // 9/LĐLĐ of 2023: concurrent starts left two campaigns; the later one was cancelled, the earlier one runs.
    campaign(jdbc, "b1", "9/LĐLĐ", "2023-03-01 09:00:00", "ACTIVE", "2023-03-01", null);
    jdbc.sql("insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_) values ('b1', 1, 'b1', '9/LĐLĐ')")
        .update();
    campaign(jdbc, "b2", "9/LĐLĐ", "2023-03-01 09:00:01", "EXTERNALLY_TERMINATED", "2023-03-01", null);
    // 15/LĐLĐ: only the year the campaign recorded itself is known.
    campaign(jdbc, "c3", "15/LĐLĐ", "2023-09-01 08:00:00", "COMPLETED", null, 2023L);
    // Rows of letters no campaign in the history accounts for any more.
    jdbc.sql("insert into signing_unit_result (document_number, unit_code, outcome, recorded_at) "
        + "values ('77/LĐLĐ', 'tayho', 'SIGNED', timestamp '2021-03-01 10:00:00')").update();
    jdbc.sql("insert into signing_cluster_registration (document_number, cluster_code, state) "
        + "values ('88/LĐLĐ', 'cum1', 'OPEN')").update();

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.sql("select matter_year || ' ' || document_number || ' ' || process_instance_id from matter "
            + "where issuer_code = 'thanhpho' order by document_number").query(String.class).list())
        .containsExactly("2023 15/LĐLĐ c3", "2022 222/LĐLĐ c1", "2023 9/LĐLĐ b1");
    assertThat(years(jdbc, "signing_cluster_registration", "222/LĐLĐ")).isEqualTo(2022);
    assertThat(years(jdbc, "signing_cluster_member", "222/LĐLĐ")).isEqualTo(2022);
    assertThat(years(jdbc, "signing_unit_result", "222/LĐLĐ")).isEqualTo(2022);
    assertThat(years(jdbc, "signing_unit_result", "77/LĐLĐ")).isEqualTo(2021);
    assertThat(years(jdbc, "signing_cluster_registration", "88/LĐLĐ")).as("year unknown").isZero();

    // The keys now include the year: 222/LĐLĐ of 2025 may register cluster 3 again, 2022 may not.
    jdbc.sql("insert into signing_cluster_registration (document_number, campaign_year, cluster_code, state) "
        + "values ('222/LĐLĐ', 2025, 'cum3', 'OPEN')").update();
    assertThatThrownBy(() -> jdbc.sql("insert into signing_cluster_registration (document_number, campaign_year, "
        + "cluster_code, state) values ('222/LĐLĐ', 2022, 'cum3', 'OPEN')").update())
        .isInstanceOf(DuplicateKeyException.class);

    // And the registry reads the migrated matters as the start of a campaign will.
    MatterRegistry matters = new MatterRegistry(jdbc, new DataSourceTransactionManager(dataSource), new EngineClock());
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    assertThat(claim(transaction, matters, key(2022, "222/LĐLĐ"), "new1"))
        .isEqualTo(MatterRegistry.Claim.COMPLETED);
    assertThat(claim(transaction, matters, key(2023, "9/LĐLĐ"), "new2"))
        .isEqualTo(MatterRegistry.Claim.RUNNING);
    assertThat(claim(transaction, matters, key(2025, "222/LĐLĐ"), "new3"))
        .isEqualTo(MatterRegistry.Claim.CLAIMED);
    assertThat(matters.years(MatterKey.CITY_FEDERATION, "222/LĐLĐ")).containsExactly(2025, 2022);
  }

  private static MatterRegistry.Claim claim(TransactionTemplate transaction, MatterRegistry matters, MatterKey key,
                                           String instanceId) {
    return transaction.execute(status -> matters.claim(key, CAMPAIGN, instanceId));
  }

  private static MatterKey key(int year, String number) {
    return new MatterKey(MatterKey.CITY_FEDERATION, year, number);
  }

  private static void campaign(JdbcClient jdbc, String id, String number, String startedAt, String state,
                               String issuedOn, Long campaignYear) {
    jdbc.sql("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, "
            + "start_time_, state_) values (?, ?, ?, ?, ?, cast(? as timestamp), ?)")
        .params(id, id, number, CAMPAIGN, CAMPAIGN + ":1:x", startedAt, state).update();
    if (issuedOn != null) {
      jdbc.sql("insert into act_hi_varinst (id_, proc_inst_id_, execution_id_, name_, var_type_, text_) "
          + "values (?, ?, ?, 'issuedOn', 'string', ?)").params(id + "-issued", id, id, issuedOn).update();
    }
    if (campaignYear != null) {
      jdbc.sql("insert into act_hi_varinst (id_, proc_inst_id_, execution_id_, name_, var_type_, long_) "
          + "values (?, ?, ?, 'campaignYear', 'integer', ?)").params(id + "-year", id, id, campaignYear).update();
    }
  }

  private static int years(JdbcClient jdbc, String table, String number) {
    return jdbc.sql("select campaign_year from " + table + " where document_number = ?").param(number)
        .query(Integer.class).single();
  }
}
