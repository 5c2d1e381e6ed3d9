package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.CHANGED;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.DEPARTMENT;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.DUPLICATES;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.ID;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.INTO;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.SELECTED;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.PARTS;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.TEXT;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.TOPIC;
import static vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields.VERSION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionReaders;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The district federation consolidates its plan's petitions over REST: merge, split, edit, assign (in bulk). Every
 * request names the plan ({@code planNumber}, {@code issuedOn}, {@code unitCode}) and each petition as the official
 * saw it ({@code id} and {@code version} from the list); every answer lists the changed petitions ({@code changed}) with their new
 * versions. The trail of a petition is readable by whoever may read the petition.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/petitions")
@RequiredArgsConstructor
class ConsolidationController {

  private final Consolidation consolidation;
  private final Conferences conferences;
  private final Petitions petitions;
  private final PetitionReaders readers;
  private final GrassrootsUnions unions;
  private final OrganizationDirectory organization;
  private final CurrentUser currentUser;

  /** {@code {plan…, "into": {"id", "version"}, "duplicates": [{"id", "version"}, …]}}. */
  @PostMapping("/merge")
  Map<String, List<Petition>> merge(@RequestBody Map<String, Object> body) {
    Submission s = Submission.of(body);
    PlanId plan = consolidatedBy(s);
    SeenPetition into = seen(s, INTO, body.get(INTO), "kiến nghị được giữ lại để trả lời (into)");
    List<SeenPetition> duplicates = seenList(s, DUPLICATES, body.get(DUPLICATES), "các kiến nghị trùng (duplicates)");
    if (into != null && duplicates.stream().anyMatch(d -> d.id() == into.id())) {
      s.violation(DUPLICATES, "Kiến nghị số " + into.id() + " không thể gộp vào chính nó.");
    }
    s.throwIfInvalid("Không thể gộp kiến nghị");
    consolidation.merge(plan, into, duplicates, currentUser.id());
    List<SeenPetition> changed = new ArrayList<>(duplicates);
    changed.add(0, into);
    return answer(plan, changed.stream().map(SeenPetition::id).toList());
  }

  /** {@code {plan…, "id", "version", "parts": [{"text", "topic"?}, {"text", "topic"?}]}}; topic default: kept. */
  @PostMapping("/split")
  Map<String, List<Petition>> split(@RequestBody Map<String, Object> body) {
    Submission s = Submission.of(body);
    PlanId plan = consolidatedBy(s);
    SeenPetition petition = seen(s, ID, body, "kiến nghị cần tách");
    List<Consolidation.Part> parts = new ArrayList<>();
    if (!(body.get(PARTS) instanceof List<?> list) || list.size() != 2) {
      s.violation(PARTS, "Hãy cho đúng hai phần (parts), mỗi phần một nội dung (text) và nhóm nội dung (topic) nếu "
          + "khác nhóm của kiến nghị.");
    } else {
      for (int i = 0; i < list.size(); i++) {
        Map<?, ?> fields = list.get(i) instanceof Map<?, ?> map ? map : Map.of();
        Submission part = Submission.of(name -> fields.get(name));
        parts.add(part(part));
        int number = i + 1;
        part.violations().forEach(v -> s.violation(PARTS, "Phần " + number + ": " + v.message()));
      }
    }
    s.throwIfInvalid("Không thể tách kiến nghị");
    long created = consolidation.split(plan, petition, parts.get(0), parts.get(1), currentUser.id());
    return answer(plan, List.of(petition.id(), created));
  }

  /** {@code {plan…, "id", "version", "text", "topic"?}}: the text as it arrived is kept. */
  @PostMapping("/edit")
  Map<String, List<Petition>> edit(@RequestBody Map<String, Object> body) {
    Submission s = Submission.of(body);
    PlanId plan = consolidatedBy(s);
    SeenPetition petition = seen(s, ID, body, "kiến nghị cần sửa");
    Consolidation.Part changed = part(s);
    s.throwIfInvalid("Không thể sửa kiến nghị");
    consolidation.edit(plan, petition, changed, currentUser.id());
    return answer(plan, List.of(petition.id()));
  }

  /** {@code {plan…, "selected": [{"id", "version"}, …], "departmentCode"?}}: all or none. */
  @PostMapping("/assign")
  Map<String, List<Petition>> assign(@RequestBody Map<String, Object> body) {
    Submission s = Submission.of(body);
    PlanId plan = consolidatedBy(s);
    List<SeenPetition> selected = seenList(s, SELECTED, body.get(SELECTED), "các kiến nghị cần giao (selected)");
    String department = s.optionalText(DEPARTMENT, "mã phòng, ban (departmentCode)", 64);
    s.throwIfInvalid("Không thể giao kiến nghị");
    consolidation.assign(plan, selected, department, currentUser.id());
    return answer(plan, selected.stream().map(SeenPetition::id).toList());
  }

  /** A department the petitions may go to, with the topics it answers by default. */
  record DepartmentChoice(String code, String name, List<String> topics) {}

  /** A union whose petitions the page filters by. */
  record UnionChoice(String code, String name) {}

  /** A code with its Vietnamese label (a topic, a state). */
  record Labelled(String code, String label) {}

  /** What the consolidation page offers: topics, states, the district's departments (default per topic), unions. */
  record Choices(List<Labelled> topics, List<Labelled> states, List<DepartmentChoice> departments,
                 List<UnionChoice> unions) {}

  /** {@code GET …/petitions/consolidation-choices?planNumber=…&issuedOn=…&unitCode=…}, for the district federation. */
  @GetMapping("/consolidation-choices")
  Choices choices(@RequestParam Map<String, String> query) {
    PlanId plan = consolidatedBy(Submission.of(query));
    return new Choices(Arrays.stream(PetitionTopic.values()).map(t -> new Labelled(t.name(), t.label())).toList(),
        Arrays.stream(PetitionState.values()).map(t -> new Labelled(t.name(), t.label())).toList(),
        organization.departments(plan.districtCode()).stream()
        .map(d -> new DepartmentChoice(d.code(), d.name(), d.topics())).toList(),
        unions.of(plan.districtCode()).stream().map(u -> new UnionChoice(u.code(), u.name())).toList());
  }

  /** The petition's trail: who changed it, when and how; for whoever may read the petition. */
  @GetMapping("/{id}/changes")
  List<PetitionChange> changes(@PathVariable String id, @RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    s.throwIfInvalid("Không thể đọc lịch sử kiến nghị");
    Petition petition = readers.readable(plan, id, currentUser.groupIds());
    return consolidation.trail(petition.id());
  }

  /** The plan the request names, once its district federation is the caller and the plan exists. */
  private PlanId consolidatedBy(Submission s) {
    PlanId plan = PlanId.read(s);
    s.throwIfInvalid("Không thể tổng hợp kiến nghị");
    if (!currentUser.groupIds().contains(Groups.federation(plan.districtCode()))) {
      throw new ForbiddenException("Chỉ LĐLĐ '" + plan.districtCode() + "' tổng hợp kiến nghị theo "
          + plan.describe() + ".");
    }
    if (!conferences.plans(plan.planNumber(), plan.year()).contains(plan)) {
      throw new NotFoundException("Không có Hội nghị đối thoại theo " + plan.describe() + ".");
    }
    return plan;
  }

  private static Consolidation.Part part(Submission s) {
    PetitionTopic topic = s.optionalChoice(TOPIC, "nhóm nội dung (topic)", PetitionTopic.class);
    String text = s.requiredText(TEXT, "nội dung kiến nghị (text)", DialogueTextRules.PETITION_TEXT);
    return new Consolidation.Part(topic, text);
  }

  /** {@code {"id": 12, "version": 0}} as the list showed it; null (and a field error) otherwise. */
  private static SeenPetition seen(Submission s, String field, Object raw, String label) {
    if (!(raw instanceof Map<?, ?> map) || map.get(ID) == null || map.get(VERSION) == null) {
      s.violation(field, "Hãy cho " + label + " dạng {\"id\": số kiến nghị, \"version\": phiên bản} như danh sách "
          + "kiến nghị cho biết.");
      return null;
    }
    Object id = map.get(ID);
    Object version = map.get(VERSION);
    if (!(id instanceof Integer || id instanceof Long) || ((Number) id).longValue() < 1
        || !(version instanceof Integer v) || v < 0) {
      s.violation(field, label + ": số kiến nghị (id) và phiên bản (version) phải là số nguyên không âm, nhận được "
          + Submission.quote(id) + " và " + Submission.quote(version) + ".");
      return null;
    }
    return new SeenPetition(((Number) id).longValue(), (Integer) version);
  }

  private static List<SeenPetition> seenList(Submission s, String field, Object raw, String label) {
    if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > Petitions.MAX_PAGE_SIZE) {
      s.violation(field, "Hãy cho " + label + ": từ 1 đến " + Petitions.MAX_PAGE_SIZE + " kiến nghị, mỗi kiến nghị "
          + "dạng {\"id\", \"version\"}.");
      return List.of();
    }
    List<SeenPetition> seen = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (Object item : list) {
      SeenPetition petition = seen(s, field, item, label);
      if (petition != null && !ids.add(petition.id())) {
        s.violation(field, "Kiến nghị số " + petition.id() + " có hai lần trong " + label + ".");
      } else if (petition != null) {
        seen.add(petition);
      }
    }
    return seen;
  }

  private Map<String, List<Petition>> answer(PlanId plan, List<Long> ids) {
    return Map.of(CHANGED, ids.stream().map(id -> petitions.find(plan, id).orElseThrow()).toList());
  }
}
