package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * When the chairman's office sent a department's answers back (the answer sheets' review, built beside this
 * package): the departments' matrix reads it through this interface. Without any bean, no answer was sent back.
 */
public interface AnswerSendBacks {

  /** The days each department's answers were sent back, by department code. */
  Map<String, List<LocalDate>> of(PlanId plan);
}
