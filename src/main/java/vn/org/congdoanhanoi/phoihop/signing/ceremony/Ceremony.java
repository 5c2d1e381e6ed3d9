package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/** A scheduled signing ceremony: a unit's own, or a cluster's joint one. Times are Hanoi local time. */
public record Ceremony(String id, String documentNumber, Kind kind, String clusterCode, String hostUnitCode,
                       String hostName, LocalDateTime startsAt, LocalDateTime endsAt, String venue, String signingMode,
                       String combinedActivity, String cityAttendees, List<AgendaItem> agenda,
                       List<String> participants, Status status) {

  /** CLUSTER: a cluster's joint ceremony; LOCALITY: a unit's own; CITY: arranged by the city for several units. */
  public enum Kind { CLUSTER, LOCALITY, CITY }

  public enum Status { SCHEDULED, HELD, CANCELLED }

  public Ceremony {
    agenda = List.copyOf(agenda);
    participants = List.copyOf(participants);
  }

  /** For messages and reports, e.g. "Lễ ký kết chung của Cụm Thi đua số 1". */
  public String title() {
    return switch (kind) {
      case CLUSTER -> "Lễ ký kết chung của " + hostName;
      case CITY -> "Lễ ký kết chung do " + hostName + " tổ chức";
      case LOCALITY -> "Lễ ký kết của " + hostName;
    };
  }

  /** When it starts with Hà Nội's offset: the ceremony-day timers wait for it. */
  public OffsetDateTime startsAtWithOffset() {
    return OffsetDateTime.of(startsAt, WorkingDayCalendar.ZONE.getRules().getOffset(startsAt));
  }

  /** The ISO date-time the ceremony-day timers wait for. */
  public String startsAtIso() {
    return startsAtWithOffset().toString();
  }
}
