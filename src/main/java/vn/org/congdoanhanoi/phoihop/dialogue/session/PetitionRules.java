package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.util.Map;
import java.util.Set;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * What a conference record may do to petitions, checked by the validator on the form and again by the store on the
 * locked rows: only the plan's own petitions; an oral answer to one received, assigned or answered in writing; a
 * conclusion acting on one neither merged nor closed.
 */
final class PetitionRules {

  private PetitionRules() {}

  /** @param states the states of the plan's petitions among those the record names */
  static void check(Submission s, PlanId plan, RecordedConference record, Map<Long, PetitionState> states) {
    String answers = ConferenceSession.Vars.ORAL_ANSWERS.name();
    for (RecordedConference.OralAnswer answer : record.oralAnswers()) {
      if (answer.petitionId() > 0) {
        check(s, answers, plan, answer.petitionId(), states, ConferenceRecords.ANSWERABLE, "trả lời tại Hội nghị");
      }
    }
    String conclusions = ConferenceSession.Vars.CONCLUSIONS.name();
    for (RecordedConference.Conclusion conclusion : record.conclusions()) {
      for (long id : conclusion.petitionIds()) {
        check(s, conclusions, plan, id, states, ConferenceRecords.FOLLOWABLE, "theo dõi theo kết luận");
      }
    }
  }

  private static void check(Submission s, String field, PlanId plan, long id, Map<Long, PetitionState> states,
                            Set<PetitionState> allowed, String what) {
    PetitionState state = states.get(id);
    if (state == null) {
      s.violation(field, "Kiến nghị số " + id + " không thuộc " + plan.describe() + ".");
    } else if (!allowed.contains(state)) {
      s.violation(field, "Kiến nghị số " + id + " đang ở trạng thái '" + state.label() + "': không thể " + what
          + ".");
    }
  }
}
