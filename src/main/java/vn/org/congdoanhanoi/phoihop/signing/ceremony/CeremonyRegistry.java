package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ceremonies of every campaign (table signing_ceremony) and the units that sign at each (signing_ceremony_unit,
 * one row per unit), queried for clashes and shown in reports. Every change to who signs where happens under the
 * lock of the chairman's diary ({@link #lockDiary()}), so bookings, joins and departures on any node follow one
 * another in the database.
 */
@Repository
public class CeremonyRegistry {

  /** The diary every ceremony is booked in: the city chairman attends them all, whatever the campaign. */
  public static final String CHAIRMAN_DIARY = "city-chairman";

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final JdbcClient jdbc;

  CeremonyRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the chairman's diary until the transaction ends: whoever books next waits here and then sees this
   * booking. Checks made after the lock are therefore still true when the transaction commits.
   */
  public void lockDiary() {
    jdbc.sql("select diary from signing_diary where diary = ? for update").param(CHAIRMAN_DIARY)
        .query(String.class).single();
  }

  /** Books a ceremony for the given units. Call under {@link #lockDiary()}, after the rules. */
  public Ceremony schedule(CampaignId campaign, Ceremony.Kind kind, String clusterCode, String hostUnitCode,
                           String hostName, LocalDateTime startsAt, String venue, String signingMode,
                           String combinedActivity, String cityAttendees, List<AgendaItem> agenda,
                           List<String> participants, List<String> unitCodes) {
    Ceremony ceremony = new Ceremony(UUID.randomUUID().toString(), campaign.documentNumber(), kind, clusterCode,
        hostUnitCode, hostName, startsAt, startsAt.plus(CeremonyRules.LENGTH), venue, signingMode, combinedActivity,
        cityAttendees,
        agenda, participants, Ceremony.Status.SCHEDULED);
    jdbc.sql("""
            insert into signing_ceremony (id, document_number, kind, cluster_code, host_unit_code, host_name, starts_at,
                ends_at, venue, signing_mode, combined_activity, city_attendees, agenda, participants, status,
                campaign_year)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(ceremony.id(), campaign.documentNumber(), kind.name(), clusterCode, hostUnitCode, hostName,
            ceremony.startsAt(), ceremony.endsAt(), venue, signingMode, combinedActivity, cityAttendees, write(agenda),
            write(participants), ceremony.status().name(), campaign.year())
        .update();
    new java.util.LinkedHashSet<>(unitCodes).forEach(unit -> addUnit(ceremony.id(), unit));
    return ceremony;
  }

  /**
   * Another unit signs at a ceremony already booked: the ceremony becomes one the city arranges for several units.
   * Call under {@link #lockDiary()}, with the ceremony read after the lock.
   */
  public Ceremony join(Ceremony ceremony, String unitCode, String cityName, List<String> participants) {
    List<String> all = new java.util.ArrayList<>(ceremony.participants());
    participants.stream().filter(p -> !all.contains(p)).forEach(all::add);
    if (!units(ceremony.id()).contains(unitCode)) {
      addUnit(ceremony.id(), unitCode);
    }
    jdbc.sql("update signing_ceremony set kind = ?, host_name = ?, participants = ? where id = ?")
        .params(Ceremony.Kind.CITY.name(), cityName, write(all), ceremony.id()).update();
    return find(ceremony.id()).orElseThrow();
  }

  /**
   * A unit no longer signs at a ceremony it booked, joined or was a cluster member of. The ceremony is cancelled
   * only when no unit is left: the others of a shared ceremony still sign there.
   */
  public void leave(String ceremonyId, String unitCode) {
    lockDiary();
    jdbc.sql("delete from signing_ceremony_unit where ceremony_id = ? and unit_code = ?")
        .params(ceremonyId, unitCode).update();
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where id = ? and status = 'SCHEDULED' and not exists "
            + "(select 1 from signing_ceremony_unit u where u.ceremony_id = signing_ceremony.id)")
        .param(ceremonyId).update();
  }

  /** The units that sign at a ceremony, in code order. */
  public List<String> units(String ceremonyId) {
    return jdbc.sql("select unit_code from signing_ceremony_unit where ceremony_id = ? order by unit_code")
        .param(ceremonyId).query(String.class).list();
  }

  /** The units that sign at a ceremony: a cluster's members that take part, or the units that booked it. */
  public List<String> signingUnits(Ceremony ceremony) {
    return units(ceremony.id());
  }

  private void addUnit(String ceremonyId, String unitCode) {
    jdbc.sql("insert into signing_ceremony_unit (ceremony_id, unit_code) values (?, ?)").params(ceremonyId, unitCode)
        .update();
  }

  /** A booked ceremony took place: the same step for a unit's own ceremony and a cluster's. */
  public void markHeld(String ceremonyId) {
    jdbc.sql("update signing_ceremony set status = 'HELD' where id = ? and status = 'SCHEDULED'").param(ceremonyId)
        .update();
  }

  public void markStatus(String ceremonyId, Ceremony.Status status) {
    jdbc.sql("update signing_ceremony set status = ? where id = ?").params(status.name(), ceremonyId).update();
  }

  public Optional<Ceremony> find(String id) {
    return jdbc.sql("select * from signing_ceremony where id = ?").param(id).query(this::map).optional();
  }

  /** The campaign's ceremonies still to take place: of that year's letter only, never another year's. */
  public List<Ceremony> scheduled(CampaignId campaign) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? and campaign_year = ? "
            + "and status = 'SCHEDULED' order by starts_at")
        .params(campaign.documentNumber(), campaign.year()).query(this::map).list();
  }

  /** Ceremonies of every campaign still to take place whose start lies strictly between the two times. */
  public List<Ceremony> scheduledBetween(LocalDateTime from, LocalDateTime to) {
    return jdbc.sql("select * from signing_ceremony where status = 'SCHEDULED' and starts_at > ? and starts_at < ? "
            + "order by starts_at")
        .params(from, to).query(this::map).list();
  }

  /** Every ceremony of the campaign, of that year's letter only. */
  public List<Ceremony> all(CampaignId campaign) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? and campaign_year = ? "
            + "order by starts_at")
        .params(campaign.documentNumber(), campaign.year()).query(this::map).list();
  }

  private Ceremony map(ResultSet rs, int row) throws SQLException {
    Ceremony.Kind kind = Ceremony.Kind.valueOf(rs.getString("kind"));
    return new Ceremony(rs.getString("id"), rs.getString("document_number"), kind, rs.getString("cluster_code"),
        rs.getString("host_unit_code"), rs.getString("host_name"), rs.getObject("starts_at", LocalDateTime.class),
        rs.getObject("ends_at", LocalDateTime.class), rs.getString("venue"), rs.getString("signing_mode"),
        rs.getString("combined_activity"), rs.getString("city_attendees"),
        read(rs.getString("agenda"), new TypeReference<List<AgendaItem>>() {}),
        read(rs.getString("participants"), new TypeReference<List<String>>() {}),
        Ceremony.Status.valueOf(rs.getString("status")));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
