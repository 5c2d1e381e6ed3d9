package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.deadline.WorkingDayCalendar;

/** A scheduled signing ceremony: a unit's own, or a cluster's joint one. Times are Hanoi local time. */
public record Ceremony(String id, String documentNumber, Kind kind, String clusterCode, String hostUnitCode,
                       String hostName, LocalDateTime startsAt, LocalDateTime endsAt, String venue, String signingMode,
                       String combinedActivity, String cityAttendees, List<AgendaItem> agenda,
                       List<String> participants, Status status) {

  public enum Kind { CLUSTER, LOCALITY }

  public enum Status { SCHEDULED, HELD, CANCELLED }

  public Ceremony {
    agenda = List.copyOf(agenda);
    participants = List.copyOf(participants);
  }

  /** For messages: "Lễ ký kết chung của Cụm Thi đua số 1" or "Lễ ký kết của Liên đoàn Lao động quận Hoàn Kiếm". */
  public String title() {
    return kind == Kind.CLUSTER ? "Lễ ký kết chung của " + hostName : "Lễ ký kết của " + hostName;
  }

  /** The ISO date-time the ceremony-day timers wait for. */
  public String startsAtIso() {
    return OffsetDateTime.of(startsAt, WorkingDayCalendar.ZONE.getRules().getOffset(startsAt)).toString();
  }
}
