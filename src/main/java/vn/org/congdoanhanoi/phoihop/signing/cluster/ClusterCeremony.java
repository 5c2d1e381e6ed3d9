package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Process {@code cluster-ceremony} (bpmn/cluster-ceremony.bpmn), one per cluster of a campaign, business key
 * {@code <documentNumber>/cluster/<clusterCode>}: members decide → the lead proposes one joint ceremony → the
 * city confirms its attendance → the ceremony → one outcome per member, sent to each member's unit-signing.
 */
public final class ClusterCeremony {

  public static final String KEY = "cluster-ceremony";

  public static String businessKey(String documentNumber, String clusterCode) {
    return documentNumber + "/cluster/" + clusterCode;
  }

  public static final class Vars {
    public static final ProcessVariable<String> DOCUMENT_NUMBER = SigningCampaign.Vars.DOCUMENT_NUMBER;
    public static final ProcessVariable<LocalDate> DEADLINE = SigningCampaign.Vars.DEADLINE;
    public static final ProcessVariable<String> TERM = SigningCampaign.Vars.TERM;
    public static final ProcessVariable<Integer> CAMPAIGN_YEAR = SigningCampaign.Vars.CAMPAIGN_YEAR;
    public static final ProcessVariable<List<String>> UNIT_CODES = SigningCampaign.Vars.UNIT_CODES;
    public static final ProcessVariable<String> CLUSTER_CODE = UnitSigning.Vars.CLUSTER_CODE;
    public static final ProcessVariable<String> CLUSTER_NAME = MatterVariables.CLUSTER_NAME;
    public static final ProcessVariable<String> LEAD_UNIT_CODE = ProcessVariables.text("leadUnitCode");
    public static final ProcessVariable<String> LEAD_UNIT_NAME = ProcessVariables.text("leadUnitName");
    /** The group of the lead unit's people, candidates of the lead's tasks. */
    public static final ProcessVariable<String> LEAD_GROUP = ProcessVariables.text("clusterLeadGroup");
    /** ISO date-time after which the lead proposes with whoever has joined. */
    public static final ProcessVariable<OffsetDateTime> REGISTRATION_CUT_OFF =
        ProcessVariables.timestamp("registrationCutOff");
    public static final ProcessVariable<Boolean> HAS_MEMBERS = ProcessVariables.flag("hasMembers");
    /** JSON list of the member units that take part in the joint ceremony. */
    public static final ProcessVariable<List<String>> JOINED_MEMBER_CODES = ProcessVariables.codes("joinedMemberCodes");
    /** Readable list of member units and their state, shown in forms. */
    public static final ProcessVariable<String> MEMBER_SUMMARY = ProcessVariables.text("memberSummary");
    // proposal by the lead (form cluster-ceremony-proposal)
    public static final ProcessVariable<LocalDate> JOINT_DATE = ProcessVariables.date("jointDate");
    public static final ProcessVariable<LocalTime> JOINT_TIME = ProcessVariables.time("jointTime");
    public static final ProcessVariable<String> JOINT_VENUE = ProcessVariables.text("jointVenue");
    public static final ProcessVariable<SigningMode> JOINT_SIGNING_MODE =
        ProcessVariables.choice("jointSigningMode", SigningMode.class);
    public static final ProcessVariable<String> JOINT_COMBINED_ACTIVITY =
        ProcessVariables.text("jointCombinedActivity");
    // city attendance (form cluster-ceremony-attendance)
    public static final ProcessVariable<String> CITY_ATTENDEES = ProcessVariables.text("cityAttendees");
    /** Why the proposed date could no longer be booked when the city confirmed; shown in the next proposal. */
    public static final ProcessVariable<String> JOINT_SCHEDULE_REFUSAL = ProcessVariables.text("jointScheduleRefusal");
    /** The city office's reason for letting the members sign by locality (output of the lead's follow-up). */
    public static final ProcessVariable<String> MEMBERS_RELEASED_REASON =
        ProcessVariables.text("membersReleasedReason");
    public static final ProcessVariable<String> CEREMONY_ID = UnitSigning.Vars.CEREMONY_ID;
    public static final ProcessVariable<OffsetDateTime> CEREMONY_STARTS_AT = UnitSigning.Vars.CEREMONY_STARTS_AT;
    // one outcome per member (form cluster-ceremony-member-outcome), local to each multi-instance
    public static final ProcessVariable<String> MEMBER_UNIT_CODE = ProcessVariables.text("memberUnitCode");
    public static final ProcessVariable<String> MEMBER_UNIT_NAME = ProcessVariables.text("memberUnitName");
    public static final ProcessVariable<CeremonyOutcome> MEMBER_OUTCOME =
        ProcessVariables.choice("memberOutcome", CeremonyOutcome.class);
    public static final ProcessVariable<String> MEMBER_SIGNATORIES = ProcessVariables.text("memberSignatories");
    public static final ProcessVariable<String> MEMBER_POSTPONED_REASON =
        ProcessVariables.text("memberPostponedReason");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_ClusterCeremonyStarted";
    public static final String OPEN_REGISTRATION = "ServiceTask_OpenClusterRegistration";
    public static final String MEMBERS_DECIDED = "ReceiveTask_MembersDecided";
    public static final String CUT_OFF = "BoundaryEvent_RegistrationCutOff";
    public static final String CLOSE_REGISTRATION = "ServiceTask_CloseClusterRegistration";
    /** The lead's stage: proposal and the city's confirmation, beside the lead's deadline follow-up. */
    public static final String JOINT_SCHEDULING = "SubProcess_JointScheduling";
    /** Calls deadline-follow-up for the lead; completes only when the office lets the members sign by locality. */
    public static final String LEAD_FOLLOW_UP = "CallActivity_LeadFollowUp";
    public static final String PROPOSE = "Task_ProposeJointCeremony";
    public static final String CONFIRM_ATTENDANCE = "Task_ConfirmCityAttendance";
    public static final String SCHEDULE = "ServiceTask_ScheduleJointCeremony";
    /** The booking was refused after the city confirmed: back to the lead's proposal, with the reason. */
    public static final String SCHEDULE_REFUSED = "BoundaryEvent_JointScheduleRefused";
    /** Booked: ends the lead's stage and with it the lead's follow-up. */
    public static final String END_BOOKED = "EndEvent_JointCeremonyBooked";
    /** The office let the members sign by locality: escalated out of the lead's stage. */
    public static final String MEMBERS_RELEASED = "BoundaryEvent_MembersReleased";
    public static final String RELEASE_MEMBERS = "ServiceTask_ReleaseClusterMembers";
    public static final String END_MEMBERS_SIGN_BY_LOCALITY = "EndEvent_MembersSignByLocality";
    public static final String SEND_INVITATION = "SendTask_JointCeremonyInvitation";
    public static final String ANNOUNCE_CEREMONY = "IntermediateThrowEvent_JointCeremonyScheduled";
    public static final String NOTIFY_MEMBERS = "ServiceTask_NotifyMembersScheduled";
    public static final String CEREMONY_DAY = "TimerEvent_JointCeremonyDay";
    public static final String MEMBER_OUTCOMES = "SubProcess_MemberOutcomes";
    public static final String RECORD_MEMBER_OUTCOME = "Task_RecordMemberOutcome";
    public static final String SEND_MEMBER_OUTCOME = "ServiceTask_SendMemberOutcome";
    public static final String END_HELD = "EndEvent_JointCeremonyHeld";
    public static final String END_NO_MEMBERS = "EndEvent_NoJointCeremony";

    private Elements() {}
  }

  public static final class Errors {
    /** Thrown by ServiceTask_ScheduleJointCeremony when the rules refuse the proposed date at booking time. */
    public static final String SCHEDULE_REFUSED = "JOINT_SCHEDULE_REFUSED";

    private Errors() {}
  }

  public static final class Messages {
    /** Sent by the last member to decide its format (cluster or locality). */
    public static final String MEMBERS_DECIDED = "Message_ClusterMembersDecided";

    private Messages() {}
  }

  private ClusterCeremony() {}
}
