package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The conference's read model over REST: where each commitment stands, for the district federation, city-wide users
 * and the department concerned (its own commitments only); and what the record form lists (the fixed agenda, the
 * district's departments).
 */
@RestController
@RequestMapping("/api/dialogue-conferences")
@RequiredArgsConstructor
class CommitmentController {

  private final ConferenceRecords records;
  private final OrganizationDirectory organization;
  private final CurrentUser currentUser;

  /**
   * {@code GET /api/dialogue-conferences/commitments?planNumber=…&issuedOn=…&unitCode=…} → {@code {"planNumber",
   * "year", "unitCode", "commitments": [commitment, …]}}, in the order of the conclusions.
   */
  @GetMapping("/commitments")
  Map<String, Object> commitments(@RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    s.throwIfInvalid("Không thể đọc các kết luận của Hội nghị");
    List<String> groups = currentUser.groupIds();
    String department = null;
    if (!AccessPolicy.cityWide(groups) && !groups.contains(Groups.federation(plan.districtCode()))) {
      Set<String> own = organization.departments(plan.districtCode()).stream().map(Department::code)
          .filter(code -> groups.contains(Groups.department(code))).collect(Collectors.toSet());
      if (own.size() != 1) {
        throw new NotFoundException("Không có kết luận nào theo " + plan.describe() + " mà bạn được xem.");
      }
      department = own.iterator().next();
    }
    List<Conclusion> items = records.commitments(plan, department);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(DialogueConference.Vars.PLAN_NUMBER.name(), plan.planNumber());
    answer.put("year", plan.year());
    answer.put(DialogueConference.Vars.UNIT_CODE.name(), plan.districtCode());
    answer.put("commitments", items);
    return answer;
  }

  /** The fixed agenda, in its order: {@code [{"code", "label"}, …]}. */
  @GetMapping("/record/agenda")
  List<Map<String, String>> agenda() {
    return Arrays.stream(AgendaItem.values()).map(item -> Map.of("code", item.name(), "label", item.label())).toList();
  }

  /** The district's departments a conclusion may name: {@code [{"code", "name"}, …]}. */
  @GetMapping("/record/departments")
  List<Map<String, String>> departments(@RequestParam Map<String, String> query) {
    String district = query.getOrDefault(DialogueConference.Vars.UNIT_CODE.name(), "").strip();
    return organization.departments(district).stream()
        .map(d -> Map.of("code", d.code(), "name", d.name())).toList();
  }
}
