package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.meeting.AgendaItem;
import vn.org.congdoanhanoi.phoihop.meeting.Booking;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

/**
 * A campaign's ceremonies in the chairman's diary, and which units sign at each (table signing_ceremony_unit, one
 * row per unit: joining and leaving are single-row writes that a concurrent join cannot lose). Every change to who
 * signs where happens under the diary's lock, so bookings, joins and departures on any node follow one another.
 * Named {@code ceremonyRegistry} in expressions: cluster-ceremony.bpmn asks it for the units of its ceremony.
 */
@Repository("ceremonyRegistry")
@RequiredArgsConstructor
public class Ceremonies {

  /** Names the calendar events of signing processes: the start of their invitations' UIDs. */
  public static final String INVITATIONS = "le-ky-ket";

  private final MeetingDiary diary;
  private final JdbcClient jdbc;

  /** Books a ceremony for the given units. Call after the rules ({@link CeremonyRules#requireAllowed}). */
  public Meeting schedule(CampaignId campaign, CeremonyKind kind, String clusterCode, String hostUnitCode,
                          String hostName, LocalDateTime startsAt, String venue, String signingMode,
                          String combinedActivity, String cityAttendees, List<AgendaItem> agenda,
                          List<String> participants, List<String> unitCodes) {
    Meeting ceremony = diary.book(new Booking(campaign.meetingMatter(), kind.name(), clusterCode, hostUnitCode,
        hostName, kind.title(hostName), startsAt, venue, signingMode, combinedActivity, cityAttendees, agenda,
        participants));
    new LinkedHashSet<>(unitCodes).forEach(unit -> addUnit(ceremony.id(), unit));
    return ceremony;
  }

  /**
   * Another unit signs at a ceremony already booked: the ceremony becomes one the city arranges for several units.
   * Call after the rules, with the ceremony read after the diary's lock.
   */
  public Meeting join(Meeting ceremony, String unitCode, String cityName, List<String> participants) {
    if (!units(ceremony.id()).contains(unitCode)) {
      addUnit(ceremony.id(), unitCode);
    }
    return diary.widen(ceremony, CeremonyKind.CITY.name(), cityName, CeremonyKind.CITY.title(cityName),
        participants);
  }

  /**
   * A unit no longer signs at a ceremony it booked, joined or was a cluster member of. The ceremony is cancelled
   * only when no unit is left: the others of a shared ceremony still sign there.
   */
  public void leave(String ceremonyId, String unitCode) {
    diary.lock();
    jdbc.sql("delete from signing_ceremony_unit where ceremony_id = ? and unit_code = ?")
        .params(ceremonyId, unitCode).update();
    if (units(ceremonyId).isEmpty()) {
      diary.cancel(ceremonyId);
    }
  }

  /** The units that sign at a ceremony, in code order. */
  public List<String> units(String ceremonyId) {
    return jdbc.sql("select unit_code from signing_ceremony_unit where ceremony_id = ? order by unit_code")
        .param(ceremonyId).query(String.class).list();
  }

  private void addUnit(String ceremonyId, String unitCode) {
    jdbc.sql("insert into signing_ceremony_unit (ceremony_id, unit_code) values (?, ?)").params(ceremonyId, unitCode)
        .update();
  }

  /** The campaign's ceremonies still to take place: of that year's letter only, never another year's. */
  public List<Meeting> scheduled(CampaignId campaign) {
    return diary.scheduled(campaign.meetingMatter());
  }

  /** Every ceremony of the campaign, of that year's letter only. */
  public List<Meeting> all(CampaignId campaign) {
    return diary.all(campaign.meetingMatter());
  }
}
