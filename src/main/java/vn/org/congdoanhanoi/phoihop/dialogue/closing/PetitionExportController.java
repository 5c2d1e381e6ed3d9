package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code GET /api/dialogue-conferences/petitions/export?planNumber&issuedOn&unitCode}: every petition of a plan with
 * its answer as XLSX, streamed ({@link PetitionExport}). For the plan's district federation and city-wide users.
 */
@RestController
@RequiredArgsConstructor
class PetitionExportController {

  private final PetitionExport export;
  private final Conferences conferences;
  private final CurrentUser currentUser;

  @GetMapping("/api/dialogue-conferences/petitions/export")
  ResponseEntity<StreamingResponseBody> export(@RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    s.throwIfInvalid("Không thể xuất danh sách kiến nghị");
    // The district's own federation (not its Party committee, which sees its reports) and the city.
    List<String> groups = currentUser.groupIds();
    if (!AccessPolicy.cityWide(groups) && !groups.contains(Groups.federation(plan.districtCode()))) {
      throw new ForbiddenException("Chỉ Liên đoàn Lao động " + plan.districtCode() + " và LĐLĐ Thành phố được xuất"
          + " toàn bộ kiến nghị của " + plan.describe() + ".");
    }
    if (!conferences.plans(plan.planNumber(), plan.year()).contains(plan)) {
      throw new NotFoundException("Không có Hội nghị đối thoại theo " + plan.describe() + ".");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(PetitionExport.fileName(plan), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(PetitionExport.MEDIA_TYPE))
        .body(out -> export.write(plan, out));
  }
}
