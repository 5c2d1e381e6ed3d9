package vn.org.congdoanhanoi.phoihop.signing;

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

/** The ceremonies of every campaign (table signing_ceremony), queried for clashes and shown in reports. */
@Repository
public class CeremonyRegistry {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final JdbcClient jdbc;
  private final ClusterRegistrations registrations;

  CeremonyRegistry(JdbcClient jdbc, ClusterRegistrations registrations) {
    this.jdbc = jdbc;
    this.registrations = registrations;
  }

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
                ends_at, venue, signing_mode, combined_activity, city_attendees, agenda, participants, status, unit_codes,
                campaign_year)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(ceremony.id(), campaign.documentNumber(), kind.name(), clusterCode, hostUnitCode, hostName,
            ceremony.startsAt(), ceremony.endsAt(), venue, signingMode, combinedActivity, cityAttendees, write(agenda),
            write(participants),
            ceremony.status().name(), write(unitCodes), campaign.year())
        .update();
    return ceremony;
  }

  /**
   * Another unit signs at a ceremony already booked: the ceremony becomes one the city arranges for several units.
   */
  public Ceremony join(Ceremony ceremony, String unitCode, String cityName, List<String> participants) {
    List<String> all = new java.util.ArrayList<>(ceremony.participants());
    participants.stream().filter(p -> !all.contains(p)).forEach(all::add);
    List<String> units = new java.util.ArrayList<>(storedUnits(ceremony.id()));
    if (!units.contains(unitCode)) {
      units.add(unitCode);
    }
    jdbc.sql("update signing_ceremony set kind = ?, host_name = ?, participants = ?, unit_codes = ? where id = ?")
        .params(Ceremony.Kind.CITY.name(), cityName, write(all), write(units), ceremony.id()).update();
    return find(ceremony.id()).orElseThrow();
  }

  /**
   * A unit no longer signs at a ceremony it booked or joined. The ceremony is cancelled only when no unit is left:
   * the others of a ceremony arranged for several units still sign there.
   */
  public void leave(String ceremonyId, String unitCode) {
    List<String> units = new java.util.ArrayList<>(storedUnits(ceremonyId));
    units.remove(unitCode);
    jdbc.sql("update signing_ceremony set unit_codes = ?, status = case when ? then 'CANCELLED' else status end "
            + "where id = ?")
        .params(write(units), units.isEmpty(), ceremonyId).update();
  }

  /** The units that sign at a ceremony: a cluster's members that joined, or the units that booked it. */
  public List<String> signingUnits(Ceremony ceremony) {
    return ceremony.kind() == Ceremony.Kind.CLUSTER
        ? registrations.joinedAt(ceremony.id())
        : storedUnits(ceremony.id());
  }

  private List<String> storedUnits(String ceremonyId) {
    String json = jdbc.sql("select unit_codes from signing_ceremony where id = ?").param(ceremonyId)
        .query(String.class).optional().orElse(null);
    return json == null ? List.of() : read(json, new TypeReference<List<String>>() {});
  }

  public void markStatus(String ceremonyId, Ceremony.Status status) {
    jdbc.sql("update signing_ceremony set status = ? where id = ?").params(status.name(), ceremonyId).update();
  }

  public Optional<Ceremony> find(String id) {
    return jdbc.sql("select * from signing_ceremony where id = ?").param(id).query(this::map).optional();
  }

  public List<Ceremony> scheduled(String documentNumber) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? and status = 'SCHEDULED' order by starts_at")
        .param(documentNumber).query(this::map).list();
  }

  public List<Ceremony> all(String documentNumber) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? order by starts_at")
        .param(documentNumber).query(this::map).list();
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
