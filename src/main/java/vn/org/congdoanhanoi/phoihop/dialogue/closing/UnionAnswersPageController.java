package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.organization.GrassrootsUnion;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;

/**
 * The page a union opens from its answers mail: its petitions of one plan with their states and answers,
 * server-rendered under the report pages ({@code /bao-cao}), whose sign-in (Tasklist session or HTTP Basic) and
 * security headers it shares. For the union's people, its district federation and city-wide users; anyone else, and
 * a plan that does not reach the union, gets 404, so the page does not tell which unions took part.
 */
@Controller
@RequiredArgsConstructor
class UnionAnswersPageController {

  private final UnionAnswers answers;
  private final Conferences conferences;
  private final OrganizationDirectory organization;
  private final ReportAccess access;

  @GetMapping(UnionAnswerMails.PAGE + "/{district}/{union}")
  String page(@PathVariable String district, @PathVariable String union,
              @RequestParam(name = "so", required = false) String planNumber,
              @RequestParam(name = "nam", required = false) String year, Model model) {
    Integer planYear = MatterKey.parseYear(year, "nam");
    ReportScope scope = access.scope();
    GrassrootsUnion grassroots = organization.grassrootsUnit(union)
        .filter(u -> u.districtCode().equals(district))
        .filter(u -> scope.seesGrassrootsUnion(district, u.code()))
        .orElseThrow(() -> notFound(union));
    if (planNumber == null || planNumber.isBlank() || planYear == null) {
      throw new NotFoundException("Hãy cho biết số kế hoạch (so) và năm (nam) của Hội nghị đối thoại.");
    }
    PlanId plan = new PlanId(district, planYear, planNumber);
    if (!conferences.reaches(plan, union)) {
      throw notFound(union);
    }
    model.addAttribute("user", access.userId());
    model.addAttribute("union", grassroots);
    model.addAttribute("plan", plan);
    model.addAttribute("answered", answers.of(plan, union));
    return "dialogue/union-answers";
  }

  private static NotFoundException notFound(String union) {
    return new NotFoundException("Không có kiến nghị nào của công đoàn cơ sở " + union + " mà bạn được xem.");
  }
}
