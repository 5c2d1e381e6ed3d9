package vn.org.congdoanhanoi.phoihop.meeting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/**
 * A meeting in the chairman's diary, of any family: a signing ceremony, a dialogue conference, a review. Times are
 * Hanoi local time. {@code kind} is the family's own word for it (a signing ceremony's CLUSTER, LOCALITY or CITY);
 * {@code title} is what messages and invitations call it, written by the family when it books.
 *
 * @param clusterCode the emulation cluster holding it, if a cluster does
 * @param mode how it is held, in the family's terms (a ceremony's signing mode), if it says
 * @param combinedActivity another activity held together with it, if any
 * @param cityAttendees who of the city federation attends, when it is decided for this meeting
 */
public record Meeting(String id, MeetingMatter matter, String kind, String clusterCode, String hostUnitCode,
                      String hostName, String title, LocalDateTime startsAt, LocalDateTime endsAt, String venue,
                      String mode, String combinedActivity, String cityAttendees, List<AgendaItem> agenda,
                      List<String> participants, Status status) {

  public enum Status { SCHEDULED, HELD, CANCELLED }

  public Meeting {
    agenda = List.copyOf(agenda);
    participants = List.copyOf(participants);
  }

  public String documentNumber() {
    return matter.documentNumber();
  }

  /** The ISO date-time with Hanoi's offset, as timers wait for it. */
  public OffsetDateTime startsAtWithOffset() {
    return OffsetDateTime.of(startsAt, WorkingDayCalendar.ZONE.getRules().getOffset(startsAt));
  }

  public String startsAtIso() {
    return startsAtWithOffset().toString();
  }
}
