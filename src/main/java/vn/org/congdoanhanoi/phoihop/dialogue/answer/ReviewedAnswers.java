package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.org.congdoanhanoi.phoihop.dialogue.answer.DepartmentAnswers.ReviewDecision;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The chairman's office's review as its form submits it ({@code answerReviewDecision}, {@code sentBackAnswers}): read and
 * checked in one place, for the validator (every problem) and the delegate that sends the answers back.
 */
final class ReviewedAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewedAnswers() {}

  /**
   * The answers sent back, petition id → reason, each one of {@code drafted} (the sheet's answers waiting for
   * review); empty when the sheet is approved. Problems are recorded in {@code s}.
   */
  static Map<Long, String> read(Submission s, Collection<Long> drafted) {
    ReviewDecision decision = s.requiredChoice(DepartmentAnswers.Vars.REVIEW_DECISION,
        "ý kiến rà soát (" + DepartmentAnswers.Vars.REVIEW_DECISION.name() + ")", ReviewDecision.class);
    String field = DepartmentAnswers.Vars.SENT_BACK.name();
    Object raw = s.raw(DepartmentAnswers.Vars.SENT_BACK);
    JsonNode list;
    try {
      list = raw == null ? JSON.createArrayNode() : JSON.readTree(DepartmentAnswers.Vars.SENT_BACK.parse(raw));
    } catch (IOException | IllegalArgumentException e) {
      list = null;
    }
    Map<Long, String> reasons = new LinkedHashMap<>();
    if (list == null || !list.isArray()) {
      s.violation(field, "Các câu trả lời trả lại (sentBackAnswers) phải là danh sách JSON, mỗi mục có số kiến nghị "
          + "(id) và lý do (reason).");
      return reasons;
    }
    if (decision == ReviewDecision.APPROVE) {
      s.check(list.isEmpty(), field, "Đã chọn duyệt phiếu: không trả lại câu trả lời nào.");
      return reasons;
    }
    if (decision == ReviewDecision.SEND_BACK && list.isEmpty()) {
      s.violation(field, "Hãy chọn ít nhất một câu trả lời cần sửa và nêu lý do.");
    }
    for (JsonNode item : list) {
      long id = item.path("id").asLong(0);
      String reason = item.path("reason").asText("").strip();
      if (!drafted.contains(id)) {
        s.violation(field, "Kiến nghị số " + Submission.quote(item.path("id").asText()) + " không có câu trả lời chờ "
            + "rà soát trong phiếu này.");
      } else if (reasons.containsKey(id)) {
        s.violation(field, "Kiến nghị số " + id + " được trả lại hai lần.");
      } else if (reason.isEmpty() || reason.length() > DepartmentAnswers.MAX_REASON) {
        s.violation(field, "Kiến nghị số " + id + ": hãy nêu lý do trả lại (tối đa " + DepartmentAnswers.MAX_REASON
            + " ký tự).");
      } else {
        reasons.put(id, reason);
      }
    }
    return reasons;
  }
}
