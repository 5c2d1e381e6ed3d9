package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * The conference's date in {@code dialogue-conference}: provisional from the start until the chairman's office
 * answers (the district federation records the answer in {@code Task_ConfirmConferenceDate}), then a meeting of the
 * chairman's diary with invitations, moved later by the federation ({@code PUT /api/dialogue-conferences/date}).
 * The slot itself stays in {@link DialogueConference.Vars#CONFERENCE_DATE}, {@code CONFERENCE_TIME} and
 * {@code VENUE}: after a confirmation or a move they hold the booked slot.
 */
public final class ConferenceDate {

  /** Raised by {@code ServiceTask_BookConference} when the slot was taken since the answer was checked. */
  public static final String SLOT_REFUSED_ERROR = "CONFERENCE_SLOT_REFUSED";
  /** The message that moves a confirmed conference ({@link ConferenceRescheduling}). */
  public static final String RESCHEDULED_MESSAGE = "DialogueConferenceRescheduled";
  /** The meetings' kind in the diary (at most 16 characters), and the series of their calendar events. */
  static final String KIND = "DIALOGUE";
  static final String INVITATIONS = "hoi-nghi-doi-thoai";

  /** The chairman's answer on the provisional slot. */
  public enum Decision { CONFIRMED, OTHER_SLOT }

  public static final class Vars {
    /** The answer recorded in {@code Task_ConfirmConferenceDate}. */
    public static final ProcessVariable<Decision> DECISION = ProcessVariables.choice("dateDecision", Decision.class);
    /** The slot the chairman proposes instead ({@link Decision#OTHER_SLOT}); the venue may stay as planned. */
    public static final ProcessVariable<LocalDate> PROPOSED_DATE = ProcessVariables.date("chairmanDate");
    public static final ProcessVariable<LocalTime> PROPOSED_TIME = ProcessVariables.time("chairmanTime");
    public static final ProcessVariable<String> PROPOSED_VENUE = ProcessVariables.text("chairmanVenue");
    /** Why the last answer could not be booked (the clashing meeting), shown in the task; absent once booked. */
    public static final ProcessVariable<String> SLOT_REFUSAL = ProcessVariables.text("conferenceSlotRefusal");
    /** The booked meeting (chairman's diary). */
    public static final ProcessVariable<String> MEETING_ID = ProcessVariables.text("conferenceMeetingId");
    /** When the booked conference starts, for the timer that closes the date branch. */
    public static final ProcessVariable<OffsetDateTime> STARTS_AT = ProcessVariables.timestamp("conferenceStartsAt");

    private Vars() {}
  }

  private ConferenceDate() {}
}
