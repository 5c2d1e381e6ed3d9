package vn.org.congdoanhanoi.phoihop.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code programme-review} (bpmn/programme/programme-review.bpmn), one per year of a programme, business key
 * {@code <programmeNumber>/<year>}: both parties report the year's results per content area (with reminders and the
 * office's "Đôn đốc"), the host proposes the review's date and venue (the chairman's diary applies), invitations
 * with a calendar event go out, the review's conclusions and next year's plan are recorded, and the yearly report
 * (or, for the last year, the programme's summary) is numbered in the register and issued as DOCX.
 */
public final class ProgrammeReview {

  public static final String KEY = "programme-review";

  public static String businessKey(String programmeNumber, int year) {
    return programmeNumber + "/" + year;
  }

  public static final class Vars {
    // passed in by the programme (the year's copy of its term and parties)
    public static final ProcessVariable<String> PROGRAMME_NUMBER = CoordinationProgramme.Vars.PROGRAMME_NUMBER;
    public static final ProcessVariable<Integer> TERM_START = CoordinationProgramme.Vars.TERM_START;
    public static final ProcessVariable<Integer> TERM_END = CoordinationProgramme.Vars.TERM_END;
    public static final ProcessVariable<Integer> REVIEW_YEAR = CoordinationProgramme.Vars.REVIEW_YEAR;
    public static final ProcessVariable<String> REVIEW_HOST = CoordinationProgramme.Vars.REVIEW_HOST;
    public static final ProcessVariable<String> REVIEW_GUEST = CoordinationProgramme.Vars.REVIEW_GUEST;
    public static final ProcessVariable<LocalDate> REPORT_DEADLINE = CoordinationProgramme.Vars.REPORT_DEADLINE;
    public static final ProcessVariable<java.util.List<String>> CONTENT_AREAS = CoordinationProgramme.Vars.CONTENT_AREAS;
    public static final ProcessVariable<java.util.List<String>> PARTIES = CoordinationProgramme.Vars.PARTIES;
    public static final ProcessVariable<String> REVIEWS_HELD = CoordinationProgramme.Vars.REVIEWS_HELD;
    public static final ProcessVariable<java.time.LocalDate> ISSUED_ON = CoordinationProgramme.Vars.ISSUED_ON;
    public static final ProcessVariable<String> PARTY_A = CoordinationProgramme.Vars.PARTY_A;
    public static final ProcessVariable<String> PARTY_B = CoordinationProgramme.Vars.PARTY_B;

    // per party (multi-instance of SubProcess_PartyReport; the follow-up reads unitCode)
    public static final ProcessVariable<String> PARTY_CODE = MatterVariables.UNIT_CODE;
    /** Form *Báo cáo kết quả*: the results, one numbered section per content area ("1. …", "2. …"). */
    public static final ProcessVariable<String> AREA_RESULTS = ProcessVariables.text("areaResults");
    /** JSON list of every party's report: party, results by content area, who entered it, on whose behalf. */
    public static final ProcessVariable<String> PARTY_REPORTS = ProcessVariables.json("partyReports");
    /** Who completed the party's report (user id), local to the party's report. */
    public static final ProcessVariable<String> REPORTED_BY = ProcessVariables.text("reportedBy");
    /** Why the office excused the party from reporting (the follow-up's note), local to the party's report. */
    public static final ProcessVariable<String> EXCUSE_REASON = ProcessVariables.text("reportExcuseReason");
    /** Shown in the report form: the content areas, numbered, one per line. */
    public static final ProcessVariable<String> CONTENT_AREAS_TEXT = ProcessVariables.text("contentAreasText");
    /** Shown in the forms: the year's host and guest by name. */
    public static final ProcessVariable<String> HOST_NAME = ProcessVariables.text("hostName");
    public static final ProcessVariable<String> GUEST_NAME = ProcessVariables.text("guestName");
    /** Set when the review's booking was refused at the last moment: why, shown in the proposal form again. */
    public static final ProcessVariable<String> REVIEW_SLOT_REFUSAL = ProcessVariables.text("reviewSlotRefusal");

    // form *Đề xuất thời gian, địa điểm Hội nghị*
    public static final ProcessVariable<LocalDate> REVIEW_DATE = ProcessVariables.date("reviewDate");
    public static final ProcessVariable<LocalTime> REVIEW_TIME = ProcessVariables.time("reviewTime");
    public static final ProcessVariable<String> REVIEW_VENUE = ProcessVariables.text("reviewVenue");
    /** The booked meeting (signing_ceremony.id) and its start, which the review-day timer waits for. */
    public static final ProcessVariable<String> MEETING_ID = ProcessVariables.text("reviewMeetingId");
    public static final ProcessVariable<OffsetDateTime> REVIEW_STARTS_AT = ProcessVariables.timestamp("reviewStartsAt");

    // form *Ghi nhận kết luận Hội nghị*
    public static final ProcessVariable<String> CONCLUSIONS = ProcessVariables.text("conclusions");
    /** Next year's plan; not asked at the final review. */
    public static final ProcessVariable<String> NEXT_YEAR_PLAN = ProcessVariables.text("nextYearPlan");

    /** The yearly report (or the final summary) in the register: its number and entry id. */
    public static final ProcessVariable<String> REPORT_NUMBER = CoordinationProgramme.Vars.LAST_REPORT_NUMBER;
    public static final ProcessVariable<String> REPORT_DOCUMENT = ProcessVariables.text("reviewReportDocument");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_YearOpened";
    public static final String PREPARE = "ServiceTask_PrepareReview";
    public static final String PARTY_REPORT = "SubProcess_PartyReport";
    public static final String REPORT_RESULTS = "Task_ReportResults";
    public static final String RECORD_REPORT = "ServiceTask_RecordPartyReport";
    public static final String REPORT_FOLLOW_UP = "CallActivity_ReportFollowUp";
    public static final String RECORD_EXCUSED = "ServiceTask_RecordPartyExcused";
    public static final String PROPOSE_REVIEW = "Task_ProposeReview";
    public static final String BOOK_REVIEW = "ServiceTask_BookReview";
    public static final String SLOT_REFUSED = "BoundaryEvent_ReviewSlotRefused";
    public static final String INVITATION = "SendTask_ReviewInvitation";
    public static final String REVIEW_DAY = "Timer_ReviewDay";
    public static final String RECORD_CONCLUSIONS = "Task_RecordConclusions";
    public static final String FINAL_REVIEW = "Gateway_FinalReview";
    public static final String ISSUE_YEARLY_REPORT = "ServiceTask_IssueYearlyReport";
    public static final String ISSUE_FINAL_SUMMARY = "ServiceTask_IssueFinalSummary";
    public static final String END_YEAR = "EndEvent_YearReviewed";
    public static final String END_PROGRAMME = "EndEvent_ProgrammeReviewed";

    private Elements() {}
  }

  /** Error code of {@code ServiceTask_BookReview}: the date can no longer be booked, back to the proposal. */
  public static final String SLOT_REFUSED_ERROR = "REVIEW_SLOT_REFUSED";

  private ProgrammeReview() {}
}
