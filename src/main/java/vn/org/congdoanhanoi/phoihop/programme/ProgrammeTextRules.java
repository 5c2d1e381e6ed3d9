package vn.org.congdoanhanoi.phoihop.programme;

import static java.util.Map.entry;

import java.util.Map;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;

/** The free-text fields of the programme family's forms (forms/programme/) and how long they may be. */
public final class ProgrammeTextRules {

  /** Camunda keeps a String variable of up to 4000 characters. */
  private static final int PROSE = 4000;

  /** A content area's name; the list holds at most {@link #MAX_CONTENT_AREAS} of them. */
  public static final int CONTENT_AREA = 500;
  public static final int MAX_CONTENT_AREAS = 20;
  /** A programme lasts at most this many years (its history is kept for PHOIHOP_HISTORY_TTL after it ends). */
  public static final int MAX_TERM_YEARS = 10;

  public static final TextRules RULES = TextRules.maxLengths(Map.ofEntries(
      entry(CoordinationProgramme.Vars.PROGRAMME_NUMBER, 50),
      entry(CoordinationProgramme.Vars.PARTY_A, 50),
      entry(CoordinationProgramme.Vars.PARTY_B, 50),
      entry(CoordinationProgramme.Vars.FIRST_HOST, 50),
      entry(Vars.AREA_RESULTS, PROSE),
      // The chairman's diary holds 500 characters of venue (signing_ceremony.venue).
      entry(Vars.REVIEW_VENUE, 500),
      entry(Vars.CONCLUSIONS, PROSE),
      entry(Vars.NEXT_YEAR_PLAN, PROSE)));

  private ProgrammeTextRules() {}
}
