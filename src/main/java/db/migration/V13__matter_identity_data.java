package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the campaigns launched before V12 their identity (issuer, year, number) and their rows their year, from
 * the engine's history: the year is that of the campaign's {@code issuedOn}. Where old data holds several
 * campaigns of one letter in one year (concurrent starts before the unique key), the matter goes to the running
 * one, else the completed one, else the latest. Rows of a letter whose campaign is no longer in the history keep
 * the year of their own dates. Then the year becomes part of the keys.
 *
 * <p>Written in Java because it reads Camunda's tables, which exist only if the engine ran on this database before
 * (on a new database there is nothing to migrate), and because dropping a primary key is spelt differently on
 * PostgreSQL and H2.
 */
public class V13__matter_identity_data extends BaseJavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(V13__matter_identity_data.class);
  private static final String CITY_FEDERATION = "thanhpho";
  private static final String CAMPAIGN_PROCESS = "signing-campaign";
  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final List<String> TABLES = List.of("signing_cluster_registration", "signing_cluster_member",
      "signing_unit_result", "signing_ceremony");

  private record Campaign(String id, String number, int year, Timestamp startedAt, int rank) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    if (hasTable(c, "act_hi_procinst")) {
      Map<String, Campaign> holders = new LinkedHashMap<>();
      Map<String, Campaign> latestByNumber = new HashMap<>();
      for (Campaign campaign : campaigns(c)) {
        holders.merge(campaign.year() + "|" + campaign.number(), campaign, V13__matter_identity_data::better);
        latestByNumber.merge(campaign.number(), campaign,
            (a, b) -> a.startedAt().after(b.startedAt()) ? a : b);
      }
      try (PreparedStatement insert = c.prepareStatement("insert into matter (issuer_code, matter_year, "
          + "document_number, process_definition_key, process_instance_id, claimed_at) values (?, ?, ?, ?, ?, ?)")) {
        for (Campaign campaign : holders.values()) {
          insert.setString(1, CITY_FEDERATION);
          insert.setInt(2, campaign.year());
          insert.setString(3, campaign.number());
          insert.setString(4, CAMPAIGN_PROCESS);
          insert.setString(5, campaign.id());
          insert.setTimestamp(6, campaign.startedAt());
          insert.executeUpdate();
        }
      }
      // A relaunch cleared the earlier attempt's rows, so a letter's rows belong to its latest campaign.
      for (Campaign campaign : latestByNumber.values()) {
        for (String table : TABLES) {
          try (PreparedStatement update = c.prepareStatement("update " + table + " set campaign_year = ? "
              + "where document_number = ? and campaign_year is null")) {
            update.setInt(1, campaign.year());
            update.setString(2, campaign.number());
            update.executeUpdate();
          }
        }
      }
      LOG.info("Matter identity: {} campaign(s) of {} letter number(s) registered", holders.size(),
          latestByNumber.size());
    }
    yearFromOwnDates(c);
    rekey(c);
  }

  private static List<Campaign> campaigns(Connection c) throws SQLException {
    String sql = """
        select p.id_, p.business_key_, p.start_time_, p.state_,
               (select count(*) from act_ru_execution e where e.id_ = p.id_) as running,
               (select max(v.text_) from act_hi_varinst v where v.proc_inst_id_ = p.id_ and v.name_ = 'issuedOn')
                   as issued_on,
               (select max(v.long_) from act_hi_varinst v where v.proc_inst_id_ = p.id_ and v.name_ = 'campaignYear')
                   as campaign_year
        from act_hi_procinst p
        where p.proc_def_key_ = ? and p.business_key_ is not null""";
    List<Campaign> campaigns = new java.util.ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(sql)) {
      query.setString(1, CAMPAIGN_PROCESS);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          Integer year = year(rs.getString("issued_on"), rs.getObject("campaign_year"));
          if (year == null) {
            continue; // its start was refused before any value was kept: never a campaign
          }
          int rank = rs.getLong("running") > 0 ? 2 : "COMPLETED".equals(rs.getString("state_")) ? 1 : 0;
          campaigns.add(new Campaign(rs.getString("id_"), rs.getString("business_key_").strip(), year,
              rs.getTimestamp("start_time_"), rank));
        }
      }
    }
    return campaigns;
  }

  private static Integer year(String issuedOn, Object campaignYear) {
    if (issuedOn != null && issuedOn.length() >= 10) {
      try {
        return LocalDate.parse(issuedOn.substring(0, 10)).getYear();
      } catch (java.time.format.DateTimeParseException e) {
        // fall through to the year the campaign recorded itself
      }
    }
    return campaignYear instanceof Number n ? n.intValue() : null;
  }

  private static Campaign better(Campaign a, Campaign b) {
    if (a.rank() != b.rank()) {
      return a.rank() > b.rank() ? a : b;
    }
    return a.startedAt().after(b.startedAt()) ? a : b;
  }

  /** Rows no campaign in the history accounts for: the year of their ceremony or result, else of their letter's. */
  private static void yearFromOwnDates(Connection c) throws SQLException {
    Map<String, Integer> byNumber = new HashMap<>();
    for (String sql : List.of(
        "select document_number, min(starts_at) from signing_ceremony where campaign_year is null group by document_number",
        "select document_number, min(recorded_at) from signing_unit_result where campaign_year is null "
            + "group by document_number")) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          int year = rs.getTimestamp(2).toInstant().atZone(HANOI).getYear();
          byNumber.merge(rs.getString(1), year, Math::min);
        }
      }
    }
    for (String table : TABLES) {
      List<String> numbers = new java.util.ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "select distinct document_number from " + table + " where campaign_year is null")) {
        while (rs.next()) {
          numbers.add(rs.getString(1));
        }
      }
      for (String number : numbers) {
        // No campaign and no date to tell the year: no campaign can reach these rows any more; 0 marks the year
        // as unknown rather than guessing one that a future letter could claim.
        int year = byNumber.getOrDefault(number, 0);
        LOG.warn("Matter identity: rows of letter {} in {} belong to no known campaign; given the year {}", number,
            table, year);
        try (PreparedStatement update = c.prepareStatement("update " + table + " set campaign_year = ? "
            + "where document_number = ? and campaign_year is null")) {
          update.setInt(1, year);
          update.setString(2, number);
          update.executeUpdate();
        }
      }
    }
  }

  private static void rekey(Connection c) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
        .contains("postgres");
    Map<String, String> keys = Map.of(
        "signing_cluster_registration", "document_number, campaign_year, cluster_code",
        "signing_cluster_member", "document_number, campaign_year, unit_code",
        "signing_unit_result", "document_number, campaign_year, unit_code");
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.execute("alter table " + table + " alter column campaign_year set not null");
      }
      for (Map.Entry<String, String> key : keys.entrySet()) {
        s.execute(postgres ? "alter table " + key.getKey() + " drop constraint " + key.getKey() + "_pkey"
            : "alter table " + key.getKey() + " drop primary key");
        s.execute("alter table " + key.getKey() + " add primary key (" + key.getValue() + ")");
      }
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String candidate : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
      try (ResultSet rs = meta.getTables(c.getCatalog(), null, candidate, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
