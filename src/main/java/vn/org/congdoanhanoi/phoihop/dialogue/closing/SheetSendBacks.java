package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.AnswerSheets;

/** The departments' matrix reads the chairman's office's send-backs from the answer sheets. */
@Component
@RequiredArgsConstructor
class SheetSendBacks implements AnswerSendBacks {

  private final AnswerSheets sheets;

  @Override
  public Map<String, List<LocalDate>> of(PlanId plan) {
    return sheets.sentBackDays(plan);
  }
}
