package vn.org.congdoanhanoi.phoihop.signing.unit;

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
    public static final String DOCUMENT_NUMBER = SigningCampaign.Vars.DOCUMENT_NUMBER;
    public static final String DEADLINE = SigningCampaign.Vars.DEADLINE;
    public static final String TERM = SigningCampaign.Vars.TERM;
    public static final String CAMPAIGN_YEAR = SigningCampaign.Vars.CAMPAIGN_YEAR;
    public static final String UNIT_CODE = "unitCode";
    // context loaded at the start, shown in forms
    public static final String UNIT_NAME = "unitName";
    public static final String PARTY_COMMITTEE_NAME = "partyCommitteeName";
    public static final String CLUSTER_CODE = "clusterCode";
    public static final String CLUSTER_NAME = "clusterName";
    // proposal (form unit-signing-proposal)
    public static final String PROPOSED_DATE = "proposedDate";
    public static final String PROPOSED_TIME = "proposedTime";
    public static final String VENUE = "venue";
    public static final String VENUE_ARRANGED_BY = "venueArrangedBy";
    public static final String SIGNING_MODE = "signingMode";
    public static final String SIGNING_SCOPE = "signingScope";
    public static final String COMBINED_ACTIVITY = "combinedActivity";
    public static final String ATTENDEES = "attendees";
    public static final String DRAFT_REGULATION_REFERENCE = "draftRegulationReference";
    /** The draft regulation as a file (PDF, DOCX, JPEG, PNG), optional; see AttachmentPolicy. */
    public static final String DRAFT_REGULATION = "draftRegulation";
    // Party committee opinion (form unit-signing-opinion)
    public static final String COMMITTEE_OPINION = "committeeOpinion";
    public static final String COMMITTEE_COMMENT = "committeeComment";
    public static final String COMMITTEE_DECIDED_MODE = "committeeDecidedMode";
    public static final String COMMITTEE_DECIDED_SCOPE = "committeeDecidedScope";
    public static final String COMMITTEE_DOCUMENT_REFERENCE = "committeeDocumentReference";
    // joining the cluster's ceremony
    public static final String CLUSTER_JOINED = "clusterJoined";
    public static final String WITHDRAW_FROM_CLUSTER = "withdrawFromCluster";
    public static final String WITHDRAW_REASON = "withdrawReason";
    /** Why the unit signs by locality after all: the city office released its cluster's members. */
    public static final String CLUSTER_RELEASE_REASON = "clusterReleaseReason";
    // own ceremony (form unit-signing-schedule)
    public static final String LOCAL_SCHEDULE_ACTION = "localScheduleAction";
    public static final String CEREMONY_DATE = "ceremonyDate";
    public static final String CEREMONY_TIME = "ceremonyTime";
    public static final String CEREMONY_VENUE = "ceremonyVenue";
    public static final String NOT_SIGNED_REASON = "notSignedReason";
    // the ceremony, own or the cluster's
    public static final String CEREMONY_ID = "ceremonyId";
    /** ISO date-time with offset, the ceremony-day timer's date. */
    public static final String CEREMONY_STARTS_AT = "ceremonyStartsAt";
    public static final String CEREMONY_OUTCOME = "ceremonyOutcome";
    public static final String SIGNED_ON = "signedOn";
    public static final String SIGNATORIES = "signatories";
    public static final String POSTPONED_REASON = "postponedReason";
    /** The scan of the signed regulation (PDF, DOCX, JPEG, PNG), optional; see AttachmentPolicy. */
    public static final String SIGNED_REGULATION_SCAN = "signedRegulationScan";
    // report (form unit-signing-report)
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String PRESS_LINKS = "pressLinks";

    /** The variables that hold a unit's attachments, downloadable by the unit and the city. */
    public static final java.util.List<String> ATTACHMENTS = java.util.List.of(DRAFT_REGULATION, SIGNED_REGULATION_SCAN);

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
    public static final String JOIN_CLUSTER = "ServiceTask_JoinClusterCeremony";
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
