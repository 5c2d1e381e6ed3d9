package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * When a signing ceremony may take place: on or before the campaign deadline, on a working day, and not at the
 * same time as another ceremony of any campaign, since the city chairman speaks and signs at every one. Units of
 * a campaign that name the same start and venue as one of its ceremonies join it (a ceremony the city arranges
 * for several units, like the one of 10/5/2022): that is not a clash.
 */
@Component
public class CeremonyRules {

  /** The standard agenda of letter 222/LĐLĐ takes about one hour; we keep half an hour between ceremonies. */
  static final Duration LENGTH = Duration.ofMinutes(60);
  static final Duration GAP = Duration.ofMinutes(30);
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final WorkingDayCalendar calendar;
  private final CeremonyRegistry registry;

  CeremonyRules(WorkingDayCalendar calendar, CeremonyRegistry registry) {
    this.calendar = calendar;
    this.registry = registry;
  }

  /** Records every rule the date and time break, under the given form fields. */
  public void check(Submission submission, String documentNumber, LocalDate deadline, LocalDate date, LocalTime time,
                    String venue, String dateField, String timeField) {
    if (date == null) {
      return;
    }
    if (deadline != null && date.isAfter(deadline)) {
      submission.violation(dateField, "Ngày " + DATE.format(date) + " sau hạn hoàn thành " + DATE.format(deadline)
          + " của đợt ký kết; hãy chọn ngày không muộn hơn hạn.");
    }
    try {
      if (!calendar.isWorkingDay(date)) {
        String why = calendar.holidayName(date).map(n -> "ngày nghỉ " + n).orElse("ngày nghỉ cuối tuần");
        submission.violation(dateField, "Ngày " + DATE.format(date) + " là " + why + "; hãy chọn một ngày làm việc.");
      }
    } catch (YearNotCoveredException e) {
      submission.violation(dateField, e.getMessage());
    }
    if (time != null && documentNumber != null) {
      clash(documentNumber, date.atTime(time), venue).ifPresent(other -> submission.violation(timeField,
          "Trùng lịch với " + other.title() + campaignOf(other, documentNumber) + " lúc "
              + TIME.format(other.startsAt()) + " ngày " + DATE.format(other.startsAt())
              + " (Chủ tịch LĐLĐ Thành phố dự mọi lễ ký kết); hãy chọn giờ khác, cách ít nhất "
              + (LENGTH.plus(GAP).toMinutes()) + " phút."));
    }
  }

  /**
   * The same check, in the transaction that books the ceremony, after locking the chairman's diary: a slot taken
   * since the form was checked, by a request on this node or another, is refused here
   * ({@link vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException} with the reason) and the booking is
   * rolled back. The lock is held until the transaction ends, so the caller books what was checked.
   */
  public void requireAllowed(String what, String documentNumber, LocalDate deadline, LocalDate date, LocalTime time,
                             String venue, String dateField, String timeField) {
    registry.lockDiary();
    Submission submission = Submission.of(java.util.Map.of());
    check(submission, documentNumber, deadline, date, time, venue, dateField, timeField);
    submission.throwIfInvalid(what);
  }

  Optional<Ceremony> clash(String documentNumber, LocalDateTime startsAt, String venue) {
    LocalDateTime from = startsAt.minus(LENGTH).minus(GAP);
    LocalDateTime to = startsAt.plus(LENGTH).plus(GAP);
    return registry.scheduledBetween(from, to).stream()
        .filter(c -> !isSameCeremony(c, documentNumber, startsAt, venue))
        .findFirst();
  }

  private static String campaignOf(Ceremony other, String documentNumber) {
    return other.documentNumber().equals(documentNumber) ? "" : " (đợt ký kết " + other.documentNumber() + ")";
  }

  /**
   * A unit's own ceremony at the same start and venue as another unit's own, in the same campaign: they sign
   * together. The same hall at the same hour for another campaign's regulation is a clash.
   */
  public static boolean isSameCeremony(Ceremony ceremony, String documentNumber, LocalDateTime startsAt, String venue) {
    return ceremony.kind() != Ceremony.Kind.CLUSTER && ceremony.documentNumber().equals(documentNumber)
        && ceremony.startsAt().equals(startsAt) && venue != null
        && normalize(ceremony.venue()).equals(normalize(venue));
  }

  private static String normalize(String venue) {
    return venue.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
