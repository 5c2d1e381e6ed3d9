package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules.Slot;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * When a signing ceremony may take place: on or before the campaign deadline (letter 222/LĐLĐ), and where the
 * chairman's diary allows it ({@link MeetingRules}: a working day, no other meeting of any family or campaign
 * nearby). Units of a campaign that name the same start and venue as one of its own ceremonies join it (a ceremony
 * the city arranges for several units, like the one of 10/5/2022): that is not a clash. A cluster's joint ceremony
 * joins nothing: at another ceremony's start and venue it clashes.
 */
@Component
public class CeremonyRules {

  public static final DateTimeFormatter DATE = MeetingRules.DATE;
  public static final DateTimeFormatter TIME = MeetingRules.TIME;

  /** What a booking joins when it names the same start and venue: a unit's own ceremony, or a shared one. */
  public enum Joining {
    UNITS_CEREMONIES(Set.of(CeremonyKind.LOCALITY.name(), CeremonyKind.CITY.name())),
    NOTHING(Set.of());

    private final Set<String> kinds;

    Joining(Set<String> kinds) {
      this.kinds = kinds;
    }
  }

  private final MeetingRules meetings;

  public CeremonyRules(MeetingRules meetings) {
    this.meetings = meetings;
  }

  /**
   * Records every rule the date and time break, under the given form fields.
   *
   * @param campaign null while not known (then only the deadline and the calendar are checked)
   */
  public void check(Submission submission, CampaignId campaign, LocalDate deadline, LocalDate date, LocalTime time,
                    String venue, Joining joining, String dateField, String timeField) {
    if (date == null) {
      return;
    }
    checkDeadline(submission, deadline, date, dateField);
    meetings.check(submission, slot(campaign, date, time, venue, joining), dateField, timeField);
  }

  /**
   * The same check in the transaction that books the ceremony, under the lock of the chairman's diary: a slot taken
   * meanwhile is refused with the reason ({@link vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException})
   * and the booking rolled back.
   */
  public void requireAllowed(String what, CampaignId campaign, LocalDate deadline, LocalDate date, LocalTime time,
                             String venue, Joining joining, String dateField, String timeField) {
    meetings.requireFree(what, slot(campaign, date, time, venue, joining),
        submission -> checkDeadline(submission, deadline, date, dateField), dateField, timeField);
  }

  /** Whether booking that slot joins the ceremony instead of booking one. */
  public static boolean joins(vn.org.congdoanhanoi.phoihop.meeting.Meeting ceremony, CampaignId campaign,
                              LocalDate date, LocalTime time, String venue) {
    return slot(campaign, date, time, venue, Joining.UNITS_CEREMONIES).joins(ceremony);
  }

  /** The campaign a submission is about (its task's variables), or null when it does not say. */
  public static CampaignId campaign(Submission submission) {
    Object number = submission.raw(SigningCampaign.Vars.DOCUMENT_NUMBER);
    Object year = submission.raw(SigningCampaign.Vars.CAMPAIGN_YEAR);
    // A form may send the read-only year back as text; the booking checks again with the process's own year.
    String yearText = year == null ? "" : year.toString().strip();
    if (number == null || !yearText.matches("[0-9]{4}")) {
      return null;
    }
    return new CampaignId(number.toString(), Integer.parseInt(yearText));
  }

  private static Slot slot(CampaignId campaign, LocalDate date, LocalTime time, String venue, Joining joining) {
    return new Slot(campaign == null ? null : campaign.meetingMatter(), date, time, venue, joining.kinds);
  }

  private static void checkDeadline(Submission submission, LocalDate deadline, LocalDate date, String dateField) {
    if (deadline != null && date.isAfter(deadline)) {
      submission.violation(dateField, "Ngày " + DATE.format(date) + " sau hạn hoàn thành " + DATE.format(deadline)
          + " của đợt ký kết; hãy chọn ngày không muộn hơn hạn.");
    }
  }
}
