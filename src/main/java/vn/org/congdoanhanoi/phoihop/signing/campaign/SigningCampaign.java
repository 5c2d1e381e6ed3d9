package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.time.LocalDate;
import java.util.List;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Process {@code signing-campaign} (bpmn/signing-campaign.bpmn): the city office launches a campaign like letter
 * 222/LĐLĐ; every participating unit runs {@link UnitSigning}, every cluster with members runs
 * {@link ClusterCeremony}, all started in batches by a fan-out ({@code platform.fanout}) after the start has
 * committed; the campaign ends when every one of them has ended (counted, {@link Messages#SIGNINGS_ENDED}).
 *
 * <p>Variable names are a public contract: other systems start campaigns over REST with them.
 */
public final class SigningCampaign {

  public static final String KEY = "signing-campaign";

  /** Start variables (REST contract). */
  public static final class Vars {
    /** Document number and symbol, e.g. "222/LĐLĐ"; also the business key. */
    public static final ProcessVariable<String> DOCUMENT_NUMBER = MatterVariables.DOCUMENT_NUMBER;
    /** ISO date the letter was issued, e.g. "2022-05-16". */
    public static final ProcessVariable<LocalDate> ISSUED_ON = MatterVariables.ISSUED_ON;
    /** ISO date by which every unit must have signed, e.g. "2022-06-30". */
    public static final ProcessVariable<LocalDate> DEADLINE = DeadlineFollowUp.Vars.DEADLINE;
    public static final ProcessVariable<String> SUBJECT = MatterVariables.SUBJECT;
    /** The regulation's term, e.g. "2022-2025". */
    public static final ProcessVariable<String> TERM = ProcessVariables.text("term");
    /** Optional JSON list of unit codes; after the start it always holds the participating units. */
    public static final ProcessVariable<List<String>> UNIT_CODES = ProcessVariables.codes("unitCodes");
    /** JSON list of the codes of clusters (of the campaign's year) that have participating members. */
    public static final ProcessVariable<List<String>> CLUSTER_CODES = ProcessVariables.codes("clusterCodes");
    /** The year whose clusters apply: the year of {@link #ISSUED_ON}. */
    public static final ProcessVariable<Integer> CAMPAIGN_YEAR = ProcessVariables.integer("campaignYear");
    /** Consolidated result written when the campaign ends (JSON). */
    public static final ProcessVariable<String> RESULT = ProcessVariables.json("campaignResult");
    /** Number and symbol of the consolidated report in the register, e.g. "15/BC-LĐLĐ" (plain text, searchable). */
    public static final ProcessVariable<String> REPORT_NUMBER = ProcessVariables.text("campaignReportNumber");
    /**
     * The consolidated report's entry in the outgoing register (its id): the DOCX is kept there only and downloaded
     * at {@code /api/outgoing-documents/{id}/file} or {@code /api/reports/signing-campaign/documents/latest.docx}.
     */
    public static final ProcessVariable<String> REPORT_DOCUMENT = ProcessVariables.text("campaignReportDocument");

    private Vars() {}
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_CampaignLaunched";
    public static final String PREPARE = "ServiceTask_PrepareCampaign";
    public static final String START_SIGNINGS = "ServiceTask_StartSignings";
    public static final String SIGNINGS_ENDED = "ReceiveTask_SigningsEnded";
    public static final String CONSOLIDATE = "ServiceTask_ConsolidateResults";
    public static final String ISSUE_REPORT = "ServiceTask_IssueCampaignReport";
    public static final String END = "EndEvent_CampaignCompleted";

    private Elements() {}
  }

  /** Messages the campaign receives. */
  public static final class Messages {
    /** Every unit's signing and every cluster's ceremony of the campaign has ended (the fan-out's count). */
    public static final String SIGNINGS_ENDED = "Message_SigningsEnded";

    private Messages() {}
  }

  private SigningCampaign() {}
}
