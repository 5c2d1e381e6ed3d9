package vn.org.congdoanhanoi.phoihop.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;

/**
 * The city office changes a running programme: {@code PUT /api/coordination-programmes/{instanceId}/agreement} with
 * {@code {"termEnd": 2028, "reason": "…"}} (and/or {@code partyA}, {@code partyB}). See {@link ProgrammeChanges}.
 */
@RestController
@RequestMapping("/api/coordination-programmes")
@RequiredArgsConstructor
class ProgrammeController {

  private final ProgrammeChanges changes;
  private final CurrentUser currentUser;

  @PutMapping("/{processInstanceId}/agreement")
  Map<String, Object> change(@PathVariable String processInstanceId, @RequestBody ProgrammeChanges.Change body) {
    if (!currentUser.groupIds().contains(Groups.CITY_OFFICE) && !currentUser.isAdministrator()) {
      throw new ForbiddenException("Chỉ Văn phòng LĐLĐ Thành phố (nhóm " + Groups.CITY_OFFICE
          + ") được thay đổi Chương trình phối hợp.");
    }
    ProgrammeChanges.Agreement agreement = changes.change(processInstanceId,
        body == null ? new ProgrammeChanges.Change(null, null, null, null) : body, currentUser.id());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("message", "Đã thay đổi Chương trình: giai đoạn " + agreement.termStart() + " - " + agreement.termEnd()
        + ", hai bên " + agreement.partyA() + " và " + agreement.partyB() + "; áp dụng cho các Hội nghị từ năm "
        + agreement.reviewYear() + " (năm đang thực hiện giữ nguyên hai bên của năm đó).");
    answer.put(CoordinationProgramme.Vars.TERM_START.name(), agreement.termStart());
    answer.put(CoordinationProgramme.Vars.TERM_END.name(), agreement.termEnd());
    answer.put(CoordinationProgramme.Vars.PARTY_A.name(), agreement.partyA());
    answer.put(CoordinationProgramme.Vars.PARTY_B.name(), agreement.partyB());
    answer.put(CoordinationProgramme.Vars.REVIEW_YEAR.name(), agreement.reviewYear());
    return answer;
  }
}
