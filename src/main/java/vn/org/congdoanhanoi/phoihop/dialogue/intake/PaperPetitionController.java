package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code POST /api/dialogue-conferences/petitions/import} (multipart: {@code file}, {@code planNumber},
 * {@code issuedOn}, {@code unitCode}): the district federation (or the city federation) imports a plan's paper
 * petitions. 200 with the counts; a repeated file answers 200 with {@code received} 0 and every row in
 * {@code receivedBefore}.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/petitions/import")
@RequiredArgsConstructor
class PaperPetitionController {

  private final PaperPetitions paperPetitions;
  private final Conferences conferences;
  private final CurrentUser currentUser;

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> importFile(@RequestParam Map<String, String> form, @RequestPart("file") MultipartFile file) {
    Submission s = Submission.of(form);
    String number = s.requiredText(DialogueConference.Vars.PLAN_NUMBER,
        "số kế hoạch (planNumber, ví dụ \"477/KH-LĐLĐ\")",
        DialogueTextRules.RULES.maxLength(DialogueConference.Vars.PLAN_NUMBER));
    LocalDate issuedOn = s.requiredDate(DialogueConference.Vars.ISSUED_ON, "ngày ban hành kế hoạch (issuedOn)");
    String district = s.requiredText(DialogueConference.Vars.UNIT_CODE, "mã LĐLĐ quận, huyện (unitCode)",
        DialogueTextRules.RULES.maxLength(DialogueConference.Vars.UNIT_CODE));
    s.throwIfInvalid("Không thể nhập kiến nghị");
    if (!AccessPolicy.cityWide(currentUser.groupIds())
        && !currentUser.groupIds().contains(Groups.federation(district))) {
      throw new ForbiddenException("Chỉ LĐLĐ '" + district + "' hoặc LĐLĐ Thành phố được nhập kiến nghị theo kế hoạch "
          + "của LĐLĐ này.");
    }
    PlanId plan = new PlanId(district, issuedOn.getYear(), number);
    if (!conferences.plans(number, issuedOn.getYear()).contains(plan)) {
      s.violation(DialogueConference.Vars.PLAN_NUMBER, "Không có hội nghị đối thoại theo " + plan.describe() + ".");
      s.throwIfInvalid("Không thể nhập kiến nghị");
    }
    PaperPetitions.Result result;
    try {
      result = paperPetitions.receive(plan, file.getOriginalFilename(), file.getBytes(), currentUser.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("message", "Đã nhập " + result.received() + " kiến nghị theo " + plan.describe()
        + (result.receivedBefore() == 0 ? "." : "; " + result.receivedBefore()
            + " dòng đã được nhập từ chính tệp này trước đó, không lưu lần thứ hai."));
    answer.put("received", result.received());
    answer.put("receivedBefore", result.receivedBefore());
    answer.put("ids", result.petitionIds());
    return answer;
  }
}
