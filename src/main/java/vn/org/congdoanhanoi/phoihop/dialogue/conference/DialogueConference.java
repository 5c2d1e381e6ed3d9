package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code dialogue-conference} (bpmn/dialogue/dialogue-conference.bpmn): a district federation carries out a
 * plan like 477/KH-LĐLĐ of Gia Lâm: every grassroots union of the district sends petitions until the deadline, the
 * federation consolidates them for the district People's Committee chairman's dialogue conference.
 *
 * <p>Variable names are a public contract: other systems start conferences over REST with them.
 */
public final class DialogueConference {

  public static final String KEY = "dialogue-conference";

  /** Start variables (REST contract) and what the process adds. */
  public static final class Vars {
    /** The plan's number and symbol, e.g. "477/KH-LĐLĐ"; also the business key. */
    public static final ProcessVariable<String> PLAN_NUMBER = ProcessVariables.text("planNumber");
    /** ISO date the plan was issued, e.g. "2023-04-24". */
    public static final ProcessVariable<LocalDate> ISSUED_ON = MatterVariables.ISSUED_ON;
    /** The district whose federation issued the plan, e.g. "gialam". */
    public static final ProcessVariable<String> UNIT_CODE = MatterVariables.UNIT_CODE;
    /** The conference's day as planned, e.g. "2023-05-25"; provisional until the chairman decides. */
    public static final ProcessVariable<LocalDate> CONFERENCE_DATE = ProcessVariables.date("conferenceDate");
    /** When it starts, e.g. "08:30". */
    public static final ProcessVariable<LocalTime> CONFERENCE_TIME = ProcessVariables.time("conferenceTime");
    public static final ProcessVariable<String> VENUE = MatterVariables.VENUE;
    /** The last day a grassroots union sends its petitions, e.g. "2023-05-10". */
    public static final ProcessVariable<LocalDate> PETITION_DEADLINE = ProcessVariables.date("petitionDeadline");
    /** About how many people attend (200 in plan 477/KH-LĐLĐ). */
    public static final ProcessVariable<Integer> EXPECTED_ATTENDANCE = ProcessVariables.integer("expectedAttendance");
    /**
     * Optional JSON list of grassroots union codes (REST only); after the start it always holds the unions taking
     * part, by default every active union of the district.
     */
    public static final ProcessVariable<List<String>> GRASSROOTS_UNITS = ProcessVariables.codes("grassrootsUnits");
    /** The federation's consolidation is due at the end of the third working day after the petition deadline. */
    public static final ProcessVariable<OffsetDateTime> CONSOLIDATION_DUE_AT = ProcessVariables.timestamp("consolidationDueAt");
    /** Who started the conference (Camunda's initiator), for Cockpit and the report. */
    public static final ProcessVariable<String> INITIATOR = ProcessVariables.text("conferenceInitiator");
    /** How many of {@link #GRASSROOTS_UNITS} have their {@code dialogue-union-petitions} instance so far. */
    public static final ProcessVariable<Integer> UNIONS_INVITED = ProcessVariables.integer("unionsInvited");
    /** Whether every union taking part has its instance (the invitation loop ends). */
    public static final ProcessVariable<Boolean> ALL_UNIONS_INVITED = ProcessVariables.flag("allUnionsInvited");
    /** When petitions stop being collected: the start of the day after {@link #PETITION_DEADLINE}, Hà Nội time. */
    public static final ProcessVariable<OffsetDateTime> PETITIONS_CLOSE_AT = ProcessVariables.timestamp("petitionsCloseAt");
    /** The departments with petitions to answer once consolidated: one {@code dialogue-department-answers} each. */
    public static final ProcessVariable<List<String>> ANSWER_DEPARTMENTS = ProcessVariables.codes("answerDepartments");
    /** One of {@link #ANSWER_DEPARTMENTS} (the multi-instance's element), handed to its answer sheet's instance. */
    public static final ProcessVariable<String> DEPARTMENT_CODE = ProcessVariables.text("departmentCode");
    /** The group of a department's people ({@code <department>-department}): who answers, who reports on a commitment. */
    public static final ProcessVariable<String> DEPARTMENT_GROUP = ProcessVariables.text("departmentGroup");
    /** The chairman's conclusions that commit a department to act by a date: one {@code dialogue-commitment} each. */
    public static final ProcessVariable<List<String>> COMMITMENT_IDS = ProcessVariables.codes("commitmentIds");
    /** One of {@link #COMMITMENT_IDS} (the multi-instance's element), handed to its follow-up instance. */
    public static final ProcessVariable<String> COMMITMENT_ID = ProcessVariables.text("commitmentId");

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ConferencePlanned";
    public static final String OPEN_COLLECTION = "ServiceTask_OpenPetitionCollection";
    public static final String INVITE_UNIONS = "ServiceTask_InviteUnions";
    public static final String NEXT_INVITATION_BATCH = "Gateway_NextInvitationBatch";
    public static final String ALL_UNIONS_INVITED = "Gateway_AllUnionsInvited";
    public static final String PETITION_DEADLINE = "TimerEvent_PetitionDeadline";
    public static final String CONSOLIDATE = "Task_ConsolidatePetitions";
    public static final String PREPARE_ANSWER_SHEETS = "ServiceTask_PrepareAnswerSheets";
    public static final String DEPARTMENT_ANSWERS = "CallActivity_DepartmentAnswers";
    public static final String JOIN_CONFERENCE = "Gateway_JoinConference";
    public static final String SEND_ANSWERS_TO_UNIONS = "ServiceTask_SendAnswersToUnions";
    public static final String NEXT_ANSWERS_BATCH = "Gateway_NextAnswersBatch";
    public static final String ALL_UNIONS_ANSWERED = "Gateway_AllUnionsAnswered";
    public static final String ISSUE_REPORT = "ServiceTask_IssueConferenceReport";
    public static final String COMMITMENTS = "CallActivity_Commitments";
    public static final String CLOSE_PETITIONS = "ServiceTask_ClosePetitions";
    public static final String END = "EndEvent_ConferenceClosed";
    // The date branch (ConferenceDate), beside the collection.
    public static final String FORK_DATE = "Gateway_ForkConferenceDate";
    public static final String DATE_ROUND = "Gateway_DateRound";
    public static final String CONFIRM_DATE = "Task_ConfirmConferenceDate";
    public static final String BOOK_CONFERENCE = "ServiceTask_BookConference";
    public static final String SLOT_REFUSED = "BoundaryEvent_ConferenceSlotRefused";
    public static final String INVITATION_ROUND = "Gateway_InvitationRound";
    public static final String SEND_INVITATION = "SendTask_ConferenceInvitation";
    public static final String AWAIT_CONFERENCE = "Gateway_AwaitConference";
    public static final String RESCHEDULED = "MessageEvent_ConferenceRescheduled";
    public static final String RESCHEDULE = "ServiceTask_RescheduleConference";
    public static final String CONFERENCE_DAY = "TimerEvent_ConferenceDay";
    public static final String RECORD_CONFERENCE = "Task_RecordConference";
    public static final String STORE_CONFERENCE_RECORD = "ServiceTask_RecordConference";

    private Elements() {}
  }

  private DialogueConference() {}
}
