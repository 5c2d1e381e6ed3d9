package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CeremonyOutcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.CommitteeOpinion;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.LocalScheduleAction;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.VenueArrangedBy;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * Process {@code unit-signing} (bpmn/unit-signing.bpmn), one per unit of a campaign, business key
 * {@code <documentNumber>/<unitCode>}: proposal → Party committee opinion → scheduling (own ceremony or the
 * cluster's) → ceremony → report. Form field keys are these variable names.
 */
public final class UnitSigning {

  public static final String KEY = "unit-signing";

  public static String businessKey(String documentNumber, String unitCode) {
    return documentNumber + "/" + unitCode;
  }

  public static final class Vars {
    // passed in by the campaign
    public static final ProcessVariable<String> DOCUMENT_NUMBER = SigningCampaign.Vars.DOCUMENT_NUMBER;
    public static final ProcessVariable<LocalDate> DEADLINE = SigningCampaign.Vars.DEADLINE;
    public static final ProcessVariable<String> TERM = SigningCampaign.Vars.TERM;
    public static final ProcessVariable<Integer> CAMPAIGN_YEAR = SigningCampaign.Vars.CAMPAIGN_YEAR;
    public static final ProcessVariable<String> UNIT_CODE = MatterVariables.UNIT_CODE;
    // context loaded at the start, shown in forms
    public static final ProcessVariable<String> UNIT_NAME = MatterVariables.UNIT_NAME;
    public static final ProcessVariable<String> PARTY_COMMITTEE_NAME = ProcessVariables.text("partyCommitteeName");
    public static final ProcessVariable<String> CLUSTER_CODE = ProcessVariables.text("clusterCode");
    public static final ProcessVariable<String> CLUSTER_NAME = MatterVariables.CLUSTER_NAME;
    // proposal (form unit-signing-proposal)
    public static final ProcessVariable<LocalDate> PROPOSED_DATE = ProcessVariables.date("proposedDate");
    public static final ProcessVariable<LocalTime> PROPOSED_TIME = ProcessVariables.time("proposedTime");
    public static final ProcessVariable<String> VENUE = MatterVariables.VENUE;
    public static final ProcessVariable<VenueArrangedBy> VENUE_ARRANGED_BY =
        ProcessVariables.choice("venueArrangedBy", VenueArrangedBy.class);
    public static final ProcessVariable<SigningMode> SIGNING_MODE =
        ProcessVariables.choice("signingMode", SigningMode.class);
    public static final ProcessVariable<SigningScope> SIGNING_SCOPE =
        ProcessVariables.choice("signingScope", SigningScope.class);
    public static final ProcessVariable<String> COMBINED_ACTIVITY = ProcessVariables.text("combinedActivity");
    public static final ProcessVariable<String> ATTENDEES = ProcessVariables.text("attendees");
    public static final ProcessVariable<String> DRAFT_REGULATION_REFERENCE =
        ProcessVariables.text("draftRegulationReference");
    /** The draft regulation as a file (PDF, DOCX, JPEG, PNG), optional; see AttachmentPolicy. */
    public static final ProcessVariable<FileValue> DRAFT_REGULATION = ProcessVariables.file("draftRegulation");
    // Party committee opinion (form unit-signing-opinion)
    public static final ProcessVariable<CommitteeOpinion> COMMITTEE_OPINION =
        ProcessVariables.choice("committeeOpinion", CommitteeOpinion.class);
    public static final ProcessVariable<String> COMMITTEE_COMMENT = ProcessVariables.text("committeeComment");
    public static final ProcessVariable<SigningMode> COMMITTEE_DECIDED_MODE =
        ProcessVariables.choice("committeeDecidedMode", SigningMode.class);
    public static final ProcessVariable<SigningScope> COMMITTEE_DECIDED_SCOPE =
        ProcessVariables.choice("committeeDecidedScope", SigningScope.class);
    public static final ProcessVariable<String> COMMITTEE_DOCUMENT_REFERENCE =
        ProcessVariables.text("committeeDocumentReference");
    // joining the cluster's ceremony
    public static final ProcessVariable<Boolean> CLUSTER_JOINED = ProcessVariables.flag("clusterJoined");
    public static final ProcessVariable<Boolean> WITHDRAW_FROM_CLUSTER = ProcessVariables.flag("withdrawFromCluster");
    public static final ProcessVariable<String> WITHDRAW_REASON = ProcessVariables.text("withdrawReason");
    /** Why the unit signs by locality after all: the city office released its cluster's members. */
    public static final ProcessVariable<String> CLUSTER_RELEASE_REASON = ProcessVariables.text("clusterReleaseReason");
    // own ceremony (form unit-signing-schedule)
    public static final ProcessVariable<LocalScheduleAction> LOCAL_SCHEDULE_ACTION =
        ProcessVariables.choice("localScheduleAction", LocalScheduleAction.class);
    public static final ProcessVariable<LocalDate> CEREMONY_DATE = ProcessVariables.date("ceremonyDate");
    public static final ProcessVariable<LocalTime> CEREMONY_TIME = ProcessVariables.time("ceremonyTime");
    public static final ProcessVariable<String> CEREMONY_VENUE = ProcessVariables.text("ceremonyVenue");
    public static final ProcessVariable<String> NOT_SIGNED_REASON = ProcessVariables.text("notSignedReason");
    // the ceremony, own or the cluster's
    public static final ProcessVariable<String> CEREMONY_ID = ProcessVariables.text("ceremonyId");
    /** ISO date-time with offset, the ceremony-day timer's date. */
    public static final ProcessVariable<OffsetDateTime> CEREMONY_STARTS_AT =
        ProcessVariables.timestamp("ceremonyStartsAt");
    public static final ProcessVariable<CeremonyOutcome> CEREMONY_OUTCOME =
        ProcessVariables.choice("ceremonyOutcome", CeremonyOutcome.class);
    public static final ProcessVariable<LocalDate> SIGNED_ON = ProcessVariables.date("signedOn");
    public static final ProcessVariable<String> SIGNATORIES = ProcessVariables.text("signatories");
    public static final ProcessVariable<String> POSTPONED_REASON = ProcessVariables.text("postponedReason");
    /** The scan of the signed regulation (PDF, DOCX, JPEG, PNG), optional; see AttachmentPolicy. */
    public static final ProcessVariable<FileValue> SIGNED_REGULATION_SCAN =
        ProcessVariables.file("signedRegulationScan");
    // report (form unit-signing-report)
    public static final ProcessVariable<String> REPORT_SUMMARY = ProcessVariables.text("reportSummary");
    public static final ProcessVariable<String> PRESS_LINKS = ProcessVariables.text("pressLinks");

    /** The variables that hold a unit's attachments, downloadable by the unit and the city. */
    public static final List<ProcessVariable<FileValue>> ATTACHMENTS =
        List.of(DRAFT_REGULATION, SIGNED_REGULATION_SCAN);

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_UnitSigningStarted";
    public static final String PREPARE = "ServiceTask_PrepareUnitSigning";
    /** Starts the deadline follow-up beside the unit's work. */
    public static final String START_FOLLOW_UP = "Gateway_StartFollowUp";
    /** Calls deadline-follow-up; completes only when the city office excuses the unit. */
    public static final String DEADLINE_FOLLOW_UP = "CallActivity_DeadlineFollowUp";
    public static final String PROPOSAL = "Task_Proposal";
    public static final String COMMITTEE_OPINION = "Task_CommitteeOpinion";
    public static final String APPLY_COMMITTEE_FORMAT = "ServiceTask_ApplyCommitteeFormat";
    /** Tells the cluster whether the unit joins its joint ceremony (asynchronous: one cluster, many members). */
    public static final String RECORD_SCOPE_DECISION = "ServiceTask_RecordScopeDecision";
    public static final String AWAIT_CLUSTER = "Task_AwaitClusterCeremony";
    public static final String CLUSTER_SCHEDULED = "BoundaryEvent_ClusterCeremonyScheduled";
    /** The city office let the cluster's members sign by locality: the unit stops waiting. */
    public static final String RELEASED_FROM_CLUSTER = "BoundaryEvent_ReleasedFromCluster";
    public static final String LEAVE_CLUSTER = "ServiceTask_LeaveClusterCeremony";
    public static final String CLUSTER_OUTCOME = "ReceiveTask_ClusterCeremonyOutcome";
    public static final String SCHEDULE_LOCAL = "Task_ScheduleLocalCeremony";
    public static final String REGISTER_LOCAL = "ServiceTask_RegisterLocalCeremony";
    public static final String SEND_INVITATION = "SendTask_CeremonyInvitation";
    public static final String ANNOUNCE_CEREMONY = "IntermediateThrowEvent_CeremonyScheduled";
    public static final String CEREMONY_DAY = "TimerEvent_CeremonyDay";
    public static final String CANCEL_INVITATION = "SendTask_CancelCeremonyInvitation";
    public static final String ANNOUNCE_SIGNED = "IntermediateThrowEvent_RegulationSigned";
    public static final String RECORD_OUTCOME = "Task_RecordCeremonyOutcome";
    public static final String REPORT = "Task_ReportResult";
    public static final String RECORD_SIGNED = "ServiceTask_RecordSigned";
    public static final String RECORD_NOT_SIGNED = "ServiceTask_RecordNotSigned";
    public static final String END_SIGNED = "EndEvent_UnitSigned";
    public static final String END_NOT_SIGNED = "EndEvent_UnitNotSigned";

    private Elements() {}
  }

  public static final class Messages {
    /** Sent by the cluster ceremony to each member when the joint ceremony is scheduled. */
    public static final String CLUSTER_CEREMONY_SCHEDULED = "Message_ClusterCeremonyScheduled";
    /** Sent by the cluster ceremony to each member with that member's outcome. */
    public static final String CLUSTER_CEREMONY_OUTCOME = "Message_ClusterCeremonyOutcome";
    /** Sent by the cluster ceremony to each waiting member when the office lets them sign by locality. */
    public static final String CLUSTER_MEMBERS_RELEASED = "Message_ClusterMembersReleased";

    private Messages() {}
  }

  private UnitSigning() {}
}
