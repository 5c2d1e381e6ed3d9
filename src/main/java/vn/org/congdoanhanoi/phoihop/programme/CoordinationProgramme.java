package vn.org.congdoanhanoi.phoihop.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code coordination-programme} (bpmn/programme/coordination-programme.bpmn): a programme of coordination
 * between two federations (seed 002: Hà Nội – Nghệ An, 2022–2027, four content areas), alive for its whole term. Each
 * year of the term it opens the year's review ({@link ProgrammeReview}, one instance per year) with the host the rule
 * table {@code programme-host} names; the review of the last year is the final review, which closes the programme.
 * The term and the parties are read anew every year, so a change moves the future reviews only.
 *
 * <p>Variable names are a public contract: other systems start programmes over REST with them.
 */
public final class CoordinationProgramme {

  public static final String KEY = "coordination-programme";

  /** The rule table (bpmn/programme/programme-host.dmn) naming each year's host. */
  public static final String HOST_DECISION = "programme-host";

  public static final class Vars {
    /** Number and symbol of the programme, e.g. "01/CTPH-LĐLĐ"; also the business key. */
    public static final ProcessVariable<String> PROGRAMME_NUMBER = ProcessVariables.text("programmeNumber");
    /** ISO date the programme was signed, e.g. "2022-05-20". */
    public static final ProcessVariable<LocalDate> ISSUED_ON = MatterVariables.ISSUED_ON;
    /** Organisation codes of the two parties, e.g. "thanhpho" and "nghean". */
    public static final ProcessVariable<String> PARTY_A = ProcessVariables.text("partyA");
    public static final ProcessVariable<String> PARTY_B = ProcessVariables.text("partyB");
    /** First and last year of the term (Integer), e.g. 2022 and 2027. */
    public static final ProcessVariable<Integer> TERM_START = ProcessVariables.integer("termStart");
    public static final ProcessVariable<Integer> TERM_END = ProcessVariables.integer("termEnd");
    /** JSON list of the content areas the parties report on every year. */
    public static final ProcessVariable<List<String>> CONTENT_AREAS = ProcessVariables.codes("contentAreas");
    /** The party hosting the first year's review. */
    public static final ProcessVariable<String> FIRST_HOST = ProcessVariables.text("firstHost");

    /** The year under review now (the next one while waiting for it to open). */
    public static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariables.integer("reviewYear");
    /** When the year's cycle opens: the parties are asked for their results (the timer's date). */
    public static final ProcessVariable<OffsetDateTime> YEAR_OPENS_AT = ProcessVariables.timestamp("yearOpensAt");
    /** The year's host, as the rule table names it, and the other party. */
    public static final ProcessVariable<String> REVIEW_HOST = ProcessVariables.text("reviewHost");
    public static final ProcessVariable<String> REVIEW_GUEST = ProcessVariables.text("reviewGuest");
    /** Last year's host and guest: the rule table's inputs (absent in the first year). */
    public static final ProcessVariable<String> PREVIOUS_HOST = ProcessVariables.text("previousHost");
    public static final ProcessVariable<String> PREVIOUS_GUEST = ProcessVariables.text("previousGuest");
    /** JSON list of the year's two parties, one report each. */
    public static final ProcessVariable<List<String>> PARTIES = ProcessVariables.codes("parties");
    /** The day by which the parties report the year's results (reminders and "Đôn đốc" follow it). */
    public static final ProcessVariable<LocalDate> REPORT_DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    /** JSON list of the reviews held so far ({@link ReviewsHeld}): year, host, report number. */
    public static final ProcessVariable<String> REVIEWS_HELD = ProcessVariables.json("reviewsHeld");
    /** The number of the report the last year's review issued (output of the year's review). */
    public static final ProcessVariable<String> LAST_REPORT_NUMBER = ProcessVariables.text("reviewReportNumber");
    /** JSON list of the changes of term and parties made while the programme runs (who, when, what, why). */
    public static final ProcessVariable<String> AGREEMENT_CHANGES = ProcessVariables.json("agreementChanges");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_ProgrammeSigned";
    public static final String OPEN = "ServiceTask_OpenProgramme";
    public static final String SCHEDULE_YEAR = "ServiceTask_ScheduleYear";
    public static final String YEAR_OPENS = "Timer_YearOpens";
    public static final String DECIDE_HOST = "BusinessRuleTask_DecideHost";
    public static final String PLAN_YEAR = "ServiceTask_PlanYear";
    public static final String YEAR_REVIEW = "CallActivity_YearReview";
    public static final String PROGRAMME_ENDED = "Gateway_ProgrammeEnded";
    public static final String ADVANCE_YEAR = "ServiceTask_AdvanceYear";
    public static final String END = "EndEvent_ProgrammeCompleted";

    private Elements() {}
  }

  private CoordinationProgramme() {}
}
