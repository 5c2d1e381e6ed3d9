package vn.org.congdoanhanoi.phoihop.meeting;

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
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The city chairman's diary: every meeting of every family and matter that the chairman attends (table
 * {@code signing_ceremony}, named after the first family), queried for clashes by time alone. Every booking and every
 * change to a booked meeting happens under the lock of the diary's row ({@link #lock()}), so bookings on any node
 * follow one another in the database and a check made after the lock still holds when the transaction commits.
 */
@Repository
@RequiredArgsConstructor
public class MeetingDiary {

  /** The diary every meeting is booked in: the city chairman attends them all, whatever the family or matter. */
  public static final String CHAIRMAN_DIARY = "city-chairman";

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final JdbcClient jdbc;

  /**
   * Locks the chairman's diary until the transaction ends: whoever books next waits here and then sees this
   * booking. A unique "slot" key could not do this: clashes are overlaps of windows starting at any minute.
   */
  public void lock() {
    jdbc.sql("select diary from signing_diary where diary = ? for update").param(CHAIRMAN_DIARY)
        .query(String.class).single();
  }

  /** Books a meeting of {@link MeetingRules#LENGTH}. Call under {@link #lock()}, after the rules. */
  public Meeting book(Booking booking) {
    Meeting meeting = new Meeting(UUID.randomUUID().toString(), booking.matter(), booking.kind(),
        booking.clusterCode(), booking.hostUnitCode(), booking.hostName(), booking.title(), booking.startsAt(),
        booking.startsAt().plus(MeetingRules.LENGTH), booking.venue(), booking.mode(), booking.combinedActivity(),
        booking.cityAttendees(), booking.agenda(), booking.participants(), Meeting.Status.SCHEDULED);
    jdbc.sql("""
            insert into signing_ceremony (id, document_number, kind, cluster_code, host_unit_code, host_name, title,
                starts_at, ends_at, venue, signing_mode, combined_activity, city_attendees, agenda, participants,
                status, campaign_year)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(meeting.id(), meeting.documentNumber(), meeting.kind(), meeting.clusterCode(),
            meeting.hostUnitCode(), meeting.hostName(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
            meeting.venue(), meeting.mode(), meeting.combinedActivity(), meeting.cityAttendees(),
            write(meeting.agenda()), write(meeting.participants()), meeting.status().name(), meeting.matter().year())
        .update();
    return meeting;
  }

  /**
   * A booked meeting now has more participants and is hosted, named and kinded anew (several units' meetings
   * merged into one). Call under {@link #lock()}, with the meeting read after the lock.
   */
  public Meeting widen(Meeting meeting, String kind, String hostName, String title, List<String> participants) {
    List<String> all = new java.util.ArrayList<>(meeting.participants());
    participants.stream().filter(p -> !all.contains(p)).forEach(all::add);
    jdbc.sql("update signing_ceremony set kind = ?, host_name = ?, title = ?, participants = ? where id = ?")
        .params(kind, hostName, title, write(all), meeting.id()).update();
    return find(meeting.id()).orElseThrow();
  }

  /** A booked meeting took place. */
  public void markHeld(String meetingId) {
    jdbc.sql("update signing_ceremony set status = 'HELD' where id = ? and status = 'SCHEDULED'").param(meetingId)
        .update();
  }

  /** A booked meeting will not take place: its slot is free again. One already held stays held. */
  public void cancel(String meetingId) {
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where id = ? and status = 'SCHEDULED'")
        .param(meetingId).update();
  }

  public Optional<Meeting> find(String id) {
    return jdbc.sql("select * from signing_ceremony where id = ?").param(id).query(this::map).optional();
  }

  /** The matter's meetings still to take place: of that year's letter only, never another year's. */
  public List<Meeting> scheduled(MeetingMatter matter) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? and campaign_year = ? "
            + "and status = 'SCHEDULED' order by starts_at")
        .params(matter.documentNumber(), matter.year()).query(this::map).list();
  }

  /** Meetings of every family and matter still to take place whose start lies strictly between the two times. */
  public List<Meeting> scheduledBetween(LocalDateTime from, LocalDateTime to) {
    return jdbc.sql("select * from signing_ceremony where status = 'SCHEDULED' and starts_at > ? and starts_at < ? "
            + "order by starts_at")
        .params(from, to).query(this::map).list();
  }

  /** Every meeting of the matter, of that year's letter only. */
  public List<Meeting> all(MeetingMatter matter) {
    return jdbc.sql("select * from signing_ceremony where document_number = ? and campaign_year = ? "
            + "order by starts_at")
        .params(matter.documentNumber(), matter.year()).query(this::map).list();
  }

  private Meeting map(ResultSet rs, int row) throws SQLException {
    return new Meeting(rs.getString("id"),
        new MeetingMatter(rs.getString("document_number"), rs.getInt("campaign_year")), rs.getString("kind"),
        rs.getString("cluster_code"), rs.getString("host_unit_code"), rs.getString("host_name"),
        rs.getString("title"), rs.getObject("starts_at", LocalDateTime.class),
        rs.getObject("ends_at", LocalDateTime.class), rs.getString("venue"), rs.getString("signing_mode"),
        rs.getString("combined_activity"), rs.getString("city_attendees"),
        read(rs.getString("agenda"), new TypeReference<List<AgendaItem>>() {}),
        read(rs.getString("participants"), new TypeReference<List<String>>() {}),
        Meeting.Status.valueOf(rs.getString("status")));
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
