package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * A department answers its sheet over REST (the task "Trả lời kiến nghị" calls it): the sheet's petitions with their
 * draft answers, page by page; one answer saved to several petitions at once, typed or taken from a template; the
 * templates. Every request names the sheet: the plan ({@code planNumber}, {@code issuedOn}, {@code unitCode}) and
 * {@code departmentCode}.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/answers")
@RequiredArgsConstructor
class AnswerController {

  private final AnswerSheets sheets;
  private final AnswerTemplates templates;
  private final SheetAccess access;
  private final CurrentUser currentUser;
  private final OpenSheets openSheets;

  /** The templates, in the file's order: {@code [{"code", "topic", "topicLabel", "title", "text"}, …]}. */
  @GetMapping("/templates")
  List<AnswerTemplates.Template> templates() {
    return templates.all();
  }

  /** A page of the sheet's petitions with their answers: for the department, its reviewer and its federation. */
  @GetMapping("/petitions")
  SheetPage petitions(@RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    String department = s.requiredText(AnswerFields.DEPARTMENT, "mã phòng, ban (departmentCode)", 64);
    PetitionTopic topic = s.optionalChoice(AnswerFields.TOPIC, "nhóm nội dung (topic)", PetitionTopic.class);
    AnswerState state = s.optionalChoice(AnswerFields.ANSWER_STATE, "trạng thái trả lời (answerState)",
        AnswerState.class);
    int page = query.containsKey(AnswerFields.PAGE)
        ? orZero(s.requiredInteger(AnswerFields.PAGE, "trang (page)", 0, Integer.MAX_VALUE)) : 0;
    int size = query.containsKey(AnswerFields.SIZE)
        ? orZero(s.requiredInteger(AnswerFields.SIZE, "số dòng mỗi trang (size)", 1, Petitions.MAX_PAGE_SIZE)) : 50;
    s.throwIfInvalid("Không thể đọc phiếu trả lời kiến nghị");
    access.requireReader(plan, department);
    sheet(plan, department);
    return sheets.page(plan, department, topic, state, page, size);
  }

  /**
   * {@code {plan…, "departmentCode", "selected": [{"id", "version"}, …], "text"?, "templateCode"?}}: one answer for
   * every selected petition, all or none; the text, or the template's when only a template is named.
   */
  @PostMapping("/save")
  Map<String, List<SheetPetition>> save(@RequestBody Map<String, Object> body) {
    Submission s = Submission.of(body);
    PlanId plan = PlanId.read(s);
    String department = s.requiredText(AnswerFields.DEPARTMENT, "mã phòng, ban (departmentCode)", 64);
    List<SeenAnswer> selected = selected(s, body.get(AnswerFields.SELECTED));
    String text = s.optionalText(AnswerFields.TEXT, "nội dung trả lời (text)", DepartmentAnswers.MAX_ANSWER);
    String templateCode = s.optionalText(AnswerFields.TEMPLATE, "mẫu trả lời (templateCode)", 64);
    if (templateCode != null && templates.find(templateCode).isEmpty()) {
      s.violation(AnswerFields.TEMPLATE, "Không có mẫu trả lời '" + Submission.quote(templateCode) + "'; hãy chọn "
          + "một mẫu trong danh sách mẫu hoặc tự nhập nội dung.");
    } else if (text == null && templateCode == null
        && s.violations().stream().noneMatch(v -> v.field().equals(AnswerFields.TEXT))) {
      s.violation(AnswerFields.TEXT, "Hãy nhập nội dung trả lời (text) hoặc chọn một mẫu trả lời (templateCode).");
    }
    s.throwIfInvalid("Không thể lưu câu trả lời");
    access.requireAnswerer(plan, department);
    String instance = sheet(plan, department);
    if (!openSheets.withDepartment(instance)) {
      throw new ConflictException("Phiếu trả lời của phòng, ban " + department + " đã được gửi rà soát hoặc đã duyệt: "
          + "câu trả lời chỉ được sửa khi phiếu được trả lại phòng, ban.");
    }
    String answer = text != null ? text : templates.find(templateCode).orElseThrow().text();
    sheets.save(plan, department, selected, answer, templateCode, currentUser.id());
    return Map.of(AnswerFields.CHANGED,
        sheets.shown(plan, department, selected.stream().map(SeenAnswer::id).toList()));
  }

  /** The instance answering the sheet; 404 when the department has no sheet for the plan. */
  private String sheet(PlanId plan, String department) {
    return sheets.instanceOf(plan, department).orElseThrow(() -> new NotFoundException("Phòng, ban " + department
        + " không có phiếu trả lời kiến nghị theo " + plan.describe() + "."));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** {@code [{"id": 12, "version": 0}, …]} as the sheet showed them: 1 to a page's worth, each once. */
  private static List<SeenAnswer> selected(Submission s, Object raw) {
    String hint = "Hãy chọn từ 1 đến " + Petitions.MAX_PAGE_SIZE + " kiến nghị (selected), mỗi kiến nghị dạng "
        + "{\"id\": số kiến nghị, \"version\": phiên bản câu trả lời} như phiếu trả lời cho biết.";
    if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > Petitions.MAX_PAGE_SIZE) {
      s.violation(AnswerFields.SELECTED, hint);
      return List.of();
    }
    List<SeenAnswer> seen = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (Object item : list) {
      Object id = item instanceof Map<?, ?> map ? map.get(AnswerFields.ID) : null;
      Object version = item instanceof Map<?, ?> map ? map.get(AnswerFields.VERSION) : null;
      if (!(id instanceof Integer || id instanceof Long) || ((Number) id).longValue() < 1
          || !(version instanceof Integer v) || v < 0) {
        s.violation(AnswerFields.SELECTED, hint + " Nhận được " + Submission.quote(item) + ".");
      } else if (!ids.add(((Number) id).longValue())) {
        s.violation(AnswerFields.SELECTED, "Kiến nghị số " + id + " được chọn hai lần.");
      } else {
        seen.add(new SeenAnswer(((Number) id).longValue(), v));
      }
    }
    return seen;
  }
}
