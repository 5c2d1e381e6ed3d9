package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionIntake;

/** The fields of the consolidation requests, as their 400 answers name them. */
public final class ConsolidationFields {

  /** One petition as the official saw it: {@code {"id": 12, "version": 0}}; also the fields of split and edit. */
  public static final String ID = "id";
  public static final String VERSION = "version";
  /** Merge: the petition that answers the duplicates, and the duplicates. */
  public static final String INTO = "into";
  public static final String DUPLICATES = "duplicates";
  /** Assign: the petitions, all or none, and the department chosen (default: each topic's own). */
  public static final String SELECTED = "selected";
  public static final String DEPARTMENT = DialogueConference.Vars.DEPARTMENT_CODE.name();
  /** Split: exactly two parts, each a topic and a text; edit: the new text and topic. */
  public static final String PARTS = "parts";
  public static final String TOPIC = PetitionIntake.TOPIC;
  public static final String TEXT = PetitionIntake.TEXT;
  /** Every answer: the petitions the request changed, as the list shows them, with their new versions. */
  public static final String CHANGED = "changed";

  private ConsolidationFields() {}
}
