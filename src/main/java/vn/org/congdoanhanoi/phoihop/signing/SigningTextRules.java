package vn.org.congdoanhanoi.phoihop.signing;

import static java.util.Map.entry;

import java.util.Map;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;

/**
 * The free-text fields of the signing family's forms (forms/signing/) and how long they may be; the validators of
 * signing-campaign, unit-signing and cluster-ceremony check with these numbers and the forms carry them.
 */
public final class SigningTextRules {

  /** A venue is booked in the chairman's diary, whose column holds 500 characters (signing_ceremony.venue). */
  private static final int VENUE = 500;
  /** What is done at the same session, before the signing; as long as a venue. */
  private static final int COMBINED_ACTIVITY = 500;
  /** Lists of people, reasons, comments and summaries: Camunda keeps a String variable of up to 4000 characters. */
  private static final int PROSE = 4000;
  /** A letter's reference ("15-CV/QU ngày 02/6/2022"). */
  private static final int REFERENCE = 255;

  /** "^([0-9]{4})-([0-9]{4})$": the first and last year of the term, e.g. 2022-2025 (9 characters). */
  private static final String TERM_PATTERN = "^([0-9]{4})-([0-9]{4})$";
  /** Press links: one web address per line; blank lines and spaces around an address are allowed. */
  private static final String PRESS_LINKS_PATTERN =
      "^[ \\t]*(https?://\\S+[ \\t]*)?((\\r\\n|\\r|\\n)[ \\t]*(https?://\\S+[ \\t]*)?)*$";

  public static final TextRules RULES = TextRules.maxLengths(Map.ofEntries(
          entry(SigningCampaign.Vars.DOCUMENT_NUMBER, 50),
          entry(SigningCampaign.Vars.SUBJECT, 1000),
          entry(SigningCampaign.Vars.TERM, 9),
          entry(UnitSigning.Vars.VENUE, VENUE),
          entry(UnitSigning.Vars.COMBINED_ACTIVITY, COMBINED_ACTIVITY),
          entry(UnitSigning.Vars.ATTENDEES, PROSE),
          entry(UnitSigning.Vars.DRAFT_REGULATION_REFERENCE, 1000),
          entry(UnitSigning.Vars.COMMITTEE_COMMENT, PROSE),
          entry(UnitSigning.Vars.COMMITTEE_DOCUMENT_REFERENCE, REFERENCE),
          entry(UnitSigning.Vars.WITHDRAW_REASON, PROSE),
          entry(UnitSigning.Vars.CEREMONY_VENUE, VENUE),
          entry(UnitSigning.Vars.NOT_SIGNED_REASON, PROSE),
          entry(UnitSigning.Vars.SIGNATORIES, PROSE),
          entry(UnitSigning.Vars.POSTPONED_REASON, PROSE),
          entry(UnitSigning.Vars.REPORT_SUMMARY, PROSE),
          entry(UnitSigning.Vars.PRESS_LINKS, PROSE),
          entry(ClusterCeremony.Vars.JOINT_VENUE, VENUE),
          entry(ClusterCeremony.Vars.JOINT_COMBINED_ACTIVITY, COMBINED_ACTIVITY),
          entry(ClusterCeremony.Vars.CITY_ATTENDEES, PROSE),
          entry(ClusterCeremony.Vars.MEMBER_SIGNATORIES, PROSE),
          entry(ClusterCeremony.Vars.MEMBER_POSTPONED_REASON, PROSE)))
      .withPattern(SigningCampaign.Vars.TERM, TERM_PATTERN)
      .withPattern(UnitSigning.Vars.PRESS_LINKS, PRESS_LINKS_PATTERN);

  private SigningTextRules() {}
}
