package vn.org.congdoanhanoi.phoihop.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.YearNotCoveredException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * When a meeting the city chairman attends may take place, whatever its family: on a working day (Hanoi's calendar,
 * Hanoi local time), and not within {@link #LENGTH} plus {@link #GAP} of another meeting in the chairman's diary, of
 * any family and any matter. A family's own rules (a campaign's deadline) come on top, in the family.
 */
@Component
@RequiredArgsConstructor
public class MeetingRules {

  /** A meeting takes about one hour (the standard agenda of a ceremony); we keep half an hour between meetings. */
  public static final Duration LENGTH = Duration.ofMinutes(60);
  public static final Duration GAP = Duration.ofMinutes(30);
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * A slot asked for: the matter it is for, its date and start, its venue, and the kinds of that matter's meetings
   * it joins when it names the same start and venue (units of a campaign that sign together); a joined meeting is
   * not a clash. Without a matter (not known yet) only the calendar is checked.
   */
  public record Slot(MeetingMatter matter, LocalDate date, LocalTime time, String venue, Set<String> joinsKinds) {

    public Slot {
      joinsKinds = joinsKinds == null ? Set.of() : Set.copyOf(joinsKinds);
    }

    public LocalDateTime startsAt() {
      return date.atTime(time);
    }

    /** Whether booking this slot joins that meeting rather than clashing with it. */
    public boolean joins(Meeting meeting) {
      return matter != null && joinsKinds.contains(meeting.kind()) && meeting.matter().equals(matter)
          && meeting.startsAt().equals(startsAt()) && venue != null
          && normalize(meeting.venue()).equals(normalize(venue));
    }

    private static String normalize(String venue) {
      return venue.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }

  private final WorkingDayCalendar calendar;
  private final MeetingDiary diary;

  /** Records every rule the slot breaks, under the given form fields. */
  public void check(Submission submission, Slot slot, String dateField, String timeField) {
    if (slot.date() == null) {
      return;
    }
    try {
      if (!calendar.isWorkingDay(slot.date())) {
        String why = calendar.holidayName(slot.date()).map(n -> "ngày nghỉ " + n).orElse("ngày nghỉ cuối tuần");
        submission.violation(dateField, "Ngày " + DATE.format(slot.date()) + " là " + why
            + "; hãy chọn một ngày làm việc.");
      }
    } catch (YearNotCoveredException e) {
      submission.violation(dateField, e.getMessage());
    }
    if (slot.time() != null && slot.matter() != null) {
      clash(slot).ifPresent(other -> submission.violation(timeField,
          "Trùng lịch với " + other.title() + matterOf(other, slot.matter()) + " lúc "
              + TIME.format(other.startsAt()) + " ngày " + DATE.format(other.startsAt())
              + " (Chủ tịch LĐLĐ Thành phố dự mọi lễ ký kết, hội nghị); hãy chọn giờ khác, cách ít nhất "
              + LENGTH.plus(GAP).toMinutes() + " phút."));
    }
  }

  /**
   * The same check in the transaction that books the slot, after locking the chairman's diary, with the family's
   * own rules first: a slot taken since the form was checked, by a request on this node or another, is refused here
   * ({@link vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException} with the reasons) and the booking is
   * rolled back. The lock is held until the transaction ends, so the caller books what was checked.
   */
  public void requireFree(String what, Slot slot, Consumer<Submission> familyRules, String dateField,
                          String timeField) {
    diary.lock();
    Submission submission = Submission.of(Map.of());
    familyRules.accept(submission);
    check(submission, slot, dateField, timeField);
    submission.throwIfInvalid(what);
  }

  /** The diary's first meeting that the slot clashes with. */
  public Optional<Meeting> clash(Slot slot) {
    LocalDateTime from = slot.startsAt().minus(LENGTH).minus(GAP);
    LocalDateTime to = slot.startsAt().plus(LENGTH).plus(GAP);
    return diary.scheduledBetween(from, to).stream().filter(other -> !slot.joins(other)).findFirst();
  }

  private static String matterOf(Meeting other, MeetingMatter matter) {
    return other.matter().equals(matter) ? "" : " (" + other.matter().describe() + ")";
  }
}
