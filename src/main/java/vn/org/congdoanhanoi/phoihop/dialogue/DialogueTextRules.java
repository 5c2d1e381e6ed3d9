package vn.org.congdoanhanoi.phoihop.dialogue;

import static java.util.Map.entry;

import java.util.Map;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.intake.MailReview;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceSession;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;

/**
 * The free-text fields of the dialogue family's forms (forms/dialogue/) and how long they may be; the validators and
 * the petition channels check with these numbers and the forms carry them.
 */
public final class DialogueTextRules {

  /** A plan's number and symbol is kept in table matter, like a letter's ("477/KH-LĐLĐ"). */
  private static final int PLAN_NUMBER = 50;
  /** A unit's code in the organisation tables (org_unit.code). */
  private static final int CODE = 64;
  /** As a ceremony's venue: the chairman's diary holds 500 characters. */
  private static final int VENUE = 500;
  /** A petition: Camunda keeps a String variable of up to 4000 characters, and so does dialogue_petition.body. */
  public static final int PETITION_TEXT = 4000;

  public static final TextRules RULES = TextRules.maxLengths(Map.ofEntries(
      entry(DialogueConference.Vars.PLAN_NUMBER, PLAN_NUMBER),
      entry(DialogueConference.Vars.UNIT_CODE, CODE),
      entry(DialogueConference.Vars.VENUE, VENUE),
      entry(UnionPetitions.Vars.GRASSROOTS_UNIT_CODE, CODE),
      entry(MailReview.Vars.REJECTION_REASON, MailReview.MAX_REJECTION_REASON),
      entry(ConferenceDate.Vars.PROPOSED_VENUE, VENUE),
      entry(ConferenceSession.Vars.MINUTES, ConferenceSession.MINUTES),
      entry(Commitment.Vars.RESULT, ConferenceSession.CONCLUSION_TEXT),
      entry(Commitment.Vars.SEND_BACK_REASON, Commitment.SEND_BACK_REASON)));

  private DialogueTextRules() {}
}
