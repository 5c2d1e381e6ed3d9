package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDateTime;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/**
 * One petition of a union as the union reads it afterwards: its text, its state and its answer; a petition merged
 * into another shows what became of that one (its number, state and answer), which answers it too.
 *
 * @param mergedInto the petition that answers this one when it was merged, else null
 * @param answeringState the state of the petition that answers it (itself, or the one it was merged into)
 * @param answer the answer that reaches the union: its own, or the one of the petition it was merged into
 */
public record AnsweredPetition(long id, String unionCode, PetitionTopic topic, String text, PetitionState state,
                               Long mergedInto, PetitionState answeringState, String answer,
                               LocalDateTime answeredAt, String departmentCode) {

  public String topicLabel() {
    return topic.label();
  }

  public String stateLabel() {
    return state.label();
  }

  /** "Đã gộp vào kiến nghị số 12 (Đã trả lời)" for a merged one; its own state otherwise. */
  public String stateText() {
    return mergedInto == null ? state.label()
        : state.label() + " vào kiến nghị số " + mergedInto + " (" + answeringState.label() + ")";
  }

  /** The answer, or what the union is told while there is none. */
  public String answerText() {
    return answer == null || answer.isBlank() ? "Chưa có nội dung trả lời." : answer;
  }
}
