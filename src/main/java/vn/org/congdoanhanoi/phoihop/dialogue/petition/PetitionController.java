package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Petitions over REST: other systems (and the union's own tools) send one petition at a time; the federation and the
 * city read a plan's petitions page by page with filters. The plan is named by its number, its issue date and, for
 * reading, its district, in the query string: the number contains a slash.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/petitions")
@RequiredArgsConstructor
class PetitionController {

  /** A client's own key for one petition: sending it again (a retry after a lost answer) is 409, never a copy. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final PetitionIntake intake;
  private final Petitions petitions;
  private final GrassrootsUnions unions;
  private final CurrentUser currentUser;

  /** {@code {"planNumber", "issuedOn", "grassrootsUnitCode", "topic", "text"}} → 201 {@code {"id": …}}. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> receive(@RequestBody Map<String, Object> body,
                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    String source = idempotencyKey == null || idempotencyKey.isBlank()
        ? UUID.randomUUID().toString() : currentUser.id() + ":" + idempotencyKey.strip();
    long id = intake.receive(body, PetitionChannel.REST, source, currentUser.id(), currentUser.groupIds());
    return Map.of("id", id);
  }

  /** A page of one plan's petitions; a union's people see their own union's only. */
  @GetMapping
  PetitionPage page(@RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    PetitionTopic topic = s.optionalChoice(PetitionIntake.TOPIC, "nhóm nội dung (topic)", PetitionTopic.class);
    PetitionState state = s.optionalChoice("state", "trạng thái (state)", PetitionState.class);
    String union = s.optionalText(PetitionIntake.UNION, "mã công đoàn cơ sở (grassrootsUnitCode)", 64);
    String department = s.optionalText(DialogueConference.Vars.DEPARTMENT_CODE, "mã phòng, ban (departmentCode)", 64);
    int page = number(s, query, "page", 0);
    int size = number(s, query, "size", 50);
    s.throwIfInvalid("Không thể đọc danh sách kiến nghị");
    List<String> groups = currentUser.groupIds();
    if (!AccessPolicy.cityWide(groups) && !groups.contains(Groups.federation(plan.districtCode()))) {
      // A union's people: their own union's petitions, whatever filter they asked for.
      String own = union != null && groups.contains(unions.group(union)) ? union : null;
      if (own == null) {
        throw new NotFoundException("Không có kiến nghị nào theo " + plan.describe() + " mà bạn được xem.");
      }
      union = own;
    }
    return petitions.page(new PetitionFilter(plan, topic, union, state, department), page, size);
  }

  private static int number(Submission s, Map<String, String> query, String name, int fallback) {
    String text = query.get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      s.violation(name, name + " phải là số nguyên không âm, nhận được '" + Submission.quote(text) + "'.");
      return fallback;
    }
  }
}
