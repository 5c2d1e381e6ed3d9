package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code dialogue-mail-review} (bpmn/dialogue/dialogue-mail-review.bpmn): a mail to the petitions mailbox that
 * the intake cannot place (unknown sender, no or no open plan named) waits in Tasklist as "Xem xét thư kiến nghị" for
 * the district federation, or the city office when no district can be told. The reviewer names the union and the
 * plan (the mail is then received as the union's petition, channel EMAIL) or rejects it with a reason. Started only
 * by {@link PetitionMailHandler}, inside the intake's transaction.
 */
public final class MailReview {

  public static final String KEY = "dialogue-mail-review";
  /** A rejection's reason is a sentence or two for the ledger and Cockpit. */
  public static final int MAX_REJECTION_REASON = 1000;

  /** The review's variables. */
  public static final class Vars {
    public static final ProcessVariable<String> MESSAGE_ID = ProcessVariables.text("mailMessageId");
    public static final ProcessVariable<String> SENDER = ProcessVariables.text("mailSender");
    public static final ProcessVariable<String> SUBJECT = ProcessVariables.text("mailSubject");
    /** The letter's text as a petition holds it (a longer one is in the files, whole). */
    public static final ProcessVariable<String> TEXT = ProcessVariables.text("mailText");
    /** Why the intake could not place it, in Vietnamese. */
    public static final ProcessVariable<String> REASON = ProcessVariables.text("reviewReason");
    /** The group that reviews: the district federation's, or the city office's. */
    public static final ProcessVariable<String> REVIEW_GROUP = ProcessVariables.text("reviewGroup");
    /** The district whose federation reviews; absent when the city office does (any district's plan then). */
    public static final ProcessVariable<String> REVIEW_DISTRICT = ProcessVariables.text("reviewDistrict");
    /** The mail's files as one ZIP archive ({@link MailContent#archive}); absent when it had none. */
    public static final ProcessVariable<FileValue> FILES = ProcessVariables.file("mailFiles");
    public static final ProcessVariable<List<String>> FILE_TYPES = ProcessVariables.codes("mailFileTypes");
    /** The review is due at the end of the second working day after the mail arrived: the union waits on it. */
    public static final ProcessVariable<OffsetDateTime> DUE_AT = ProcessVariables.timestamp("reviewDueAt");
    /** The reviewer's decision. */
    public static final ProcessVariable<Decision> DECISION = ProcessVariables.choice("reviewDecision", Decision.class);
    public static final ProcessVariable<String> UNION = UnionPetitions.Vars.GRASSROOTS_UNIT_CODE;
    public static final ProcessVariable<String> PLAN_NUMBER = DialogueConference.Vars.PLAN_NUMBER;
    public static final ProcessVariable<LocalDate> ISSUED_ON = DialogueConference.Vars.ISSUED_ON;
    /** The topic group: the intake's guess from the words, the reviewer may change it. */
    public static final ProcessVariable<PetitionTopic> TOPIC = ProcessVariables.choice("petitionTopic",
        PetitionTopic.class);
    public static final ProcessVariable<String> REJECTION_REASON = ProcessVariables.text("rejectionReason");
    /** The petition the mail became (its id as text), for Cockpit. */
    public static final ProcessVariable<String> PETITION = ProcessVariables.text("receivedPetition");

    private Vars() {}
  }

  /** What the reviewer decides. */
  public enum Decision {
    RECEIVE,
    REJECT
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_MailNeedsReview";
    public static final String REVIEW = "Task_ReviewMail";
    public static final String DECISION = "Gateway_ReviewDecision";
    public static final String RECEIVE = "ServiceTask_ReceiveMailPetition";
    public static final String RECEIVED = "EndEvent_MailReceived";
    public static final String REJECTED = "EndEvent_MailRejected";

    private Elements() {}
  }

  private MailReview() {}
}
