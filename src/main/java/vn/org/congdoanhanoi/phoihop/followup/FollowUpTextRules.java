package vn.org.congdoanhanoi.phoihop.followup;

import java.util.Map;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;

/** The free-text fields of the follow-up forms (forms/followup/), checked by its decisions with the same limits. */
public final class FollowUpTextRules {

  /** The letter's text or the reason, a Camunda String variable (4000 characters at most). */
  public static final TextRules RULES = TextRules.maxLengths(Map.of(DeadlineFollowUp.Vars.FOLLOW_UP_NOTE, 4000));

  private FollowUpTextRules() {}
}
