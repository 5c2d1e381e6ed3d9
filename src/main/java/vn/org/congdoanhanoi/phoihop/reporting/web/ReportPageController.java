package vn.org.congdoanhanoi.phoihop.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.api.Downloads;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;
import vn.org.congdoanhanoi.phoihop.reporting.CampaignSummary;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrix;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceMatrixService;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceSource;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceXlsx;

/**
 * The read-only report pages in Vietnamese, rendered on the server (Thymeleaf), with the same access rules as the
 * API: the city sees every unit, a district only its own row. Opened from the link on Camunda's Welcome page.
 *
 * <ul>
 *   <li>/bao-cao: the kinds of report and their campaigns
 *   <li>/bao-cao/ky-ket?so=222/LĐLĐ&amp;nam=2025: the compliance matrix of that year's letter (without {@code nam}
 *       the most recent one); …/ma-tran.xlsx and …/bao-cao.docx download it
 *   <li>/bao-cao/so-van-ban-di?nam=2022: the outgoing-document register (city only)
 * </ul>
 */
@Controller
@RequestMapping(ReportPageController.ROOT)
@RequiredArgsConstructor
class ReportPageController {

  static final String ROOT = "/bao-cao";
  static final String REGISTER = "so-van-ban-di";

  private final ComplianceMatrixService matrices;
  private final ComplianceXlsx xlsx;
  private final ReportAccess access;
  private final OutgoingRegister register;
  private final EngineClock clock;

  @GetMapping
  String index(Model model) {
    Map<ComplianceSource, List<CampaignSummary>> campaigns = new LinkedHashMap<>();
    for (ComplianceSource source : matrices.sources()) {
      campaigns.put(source, matrices.campaigns(source.kind()));
    }
    model.addAttribute("campaigns", campaigns);
    model.addAttribute("cityWide", access.scope().cityWide());
    model.addAttribute("user", access.userId());
    return "reporting/index";
  }

  @GetMapping("/" + REGISTER)
  String register(@RequestParam(name = "nam", required = false) Integer year, Model model) {
    access.requireCityWide();
    int shown = year == null ? clock.today().getYear() : year;
    model.addAttribute("year", shown);
    model.addAttribute("documents", register.search(null, shown, null, null, null));
    model.addAttribute("user", access.userId());
    return "reporting/register";
  }

  @GetMapping("/" + REGISTER + "/{id}/tep")
  ResponseEntity<byte[]> registerFile(@PathVariable String id) {
    access.requireCityWide();
    StoredFile file = register.file(id)
        .orElseThrow(() -> new NotFoundException("Văn bản này chưa có tệp lưu kèm."));
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  @GetMapping("/{slug}")
  String matrix(@PathVariable String slug, @RequestParam(name = "so", required = false) String documentNumber,
                @RequestParam(name = "nam", required = false) String year, Model model) {
    ComplianceSource source = matrices.sourceBySlug(slug);
    model.addAttribute("source", source);
    model.addAttribute("user", access.userId());
    if (documentNumber == null || documentNumber.isBlank()) {
      model.addAttribute("campaigns", Map.of(source, matrices.campaigns(source.kind())));
      model.addAttribute("cityWide", access.scope().cityWide());
      return "reporting/index";
    }
    ComplianceMatrix matrix = matrices.matrix(source.kind(), documentNumber, year(year), null);
    model.addAttribute("matrix", matrix);
    model.addAttribute("documents", matrix.cityWide()
        ? register.search(null, null, null, source.kind(), matrix.documentNumber(), matrix.year())
        : List.<OutgoingDocument>of());
    return "reporting/matrix";
  }

  @GetMapping("/{slug}/ma-tran.xlsx")
  ResponseEntity<byte[]> matrixXlsx(@PathVariable String slug,
                                    @RequestParam(name = "so", required = false) String documentNumber,
                                    @RequestParam(name = "nam", required = false) String year) {
    ComplianceMatrix matrix = matrices.matrix(matrices.sourceBySlug(slug).kind(), documentNumber, year(year), null);
    return Downloads.file(matrix.fileName(), ComplianceXlsx.MEDIA_TYPE, xlsx.write(matrix));
  }

  @GetMapping("/{slug}/bao-cao.docx")
  ResponseEntity<byte[]> latestReport(@PathVariable String slug,
                                      @RequestParam(name = "so", required = false) String documentNumber,
                                      @RequestParam(name = "nam", required = false) String year) {
    ComplianceSource source = matrices.sourceBySlug(slug);
    access.requireCityWide();
    if (documentNumber == null || documentNumber.isBlank()) {
      throw new InvalidRequestException("Hãy cho biết số văn bản phát động (so), ví dụ 222/LĐLĐ.");
    }
    StoredFile file = matrices.latestReport(source.kind(), documentNumber, year(year));
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  /** The pages name their parameters in Vietnamese ({@code so}, {@code nam}), as the register page does. */
  private static Integer year(String text) {
    return MatterKey.parseYear(text, "nam");
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
    return problem(HttpServletResponse.SC_FORBIDDEN, "Không có quyền", e.getMessage(), response);
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
    return problem(HttpServletResponse.SC_NOT_FOUND, "Không tìm thấy", e.getMessage(), response);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ModelAndView invalid(InvalidRequestException e, HttpServletResponse response) {
    return problem(HttpServletResponse.SC_BAD_REQUEST, "Yêu cầu không hợp lệ", e.getMessage(), response);
  }

  private static ModelAndView problem(int status, String title, String message, HttpServletResponse response) {
    response.setStatus(status);
    ModelAndView page = new ModelAndView("reporting/problem");
    page.addObject("title", title);
    page.addObject("message", message);
    return page;
  }
}
