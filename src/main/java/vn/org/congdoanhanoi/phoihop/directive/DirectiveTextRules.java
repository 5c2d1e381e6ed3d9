package vn.org.congdoanhanoi.phoihop.directive;

import java.util.Map;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;

/**
 * The free-text fields of the directive family's forms (forms/directive/) and how long they may be; the validators
 * check with these numbers and the forms carry them. A Camunda String variable holds 4000 characters.
 */
public final class DirectiveTextRules {

  private static final int PROSE = 4000;

  public static final TextRules RULES = TextRules.maxLengths(Map.of(
      DirectiveDuty.Vars.EVIDENCE, PROSE,
      DirectiveDuty.Vars.OBSTACLE, PROSE,
      DirectiveDuty.Vars.DECISION_NOTE, PROSE,
      Directive.Vars.SUMMARY, PROSE));

  private DirectiveTextRules() {}
}
