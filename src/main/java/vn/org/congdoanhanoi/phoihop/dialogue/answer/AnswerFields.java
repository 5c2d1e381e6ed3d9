package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;

/** The fields of the answer sheet's REST requests, as their 400 answers name them. */
final class AnswerFields {

  /** The sheet: the plan's fields and the department. */
  static final String DEPARTMENT = DialogueConference.Vars.DEPARTMENT_CODE.name();
  /** The petitions answered at once, each {@code {"id": 12, "version": 0}} as the sheet showed it. */
  static final String SELECTED = "selected";
  static final String ID = "id";
  static final String VERSION = "version";
  /** The answer's text, or the template it is taken from. */
  static final String TEXT = "text";
  static final String TEMPLATE = "templateCode";
  /** Filters of the sheet's page. */
  static final String TOPIC = "topic";
  static final String ANSWER_STATE = "answerState";
  static final String PAGE = "page";
  static final String SIZE = "size";
  /** Every save answers with the petitions it changed, as the sheet shows them. */
  static final String CHANGED = "changed";

  private AnswerFields() {}
}
