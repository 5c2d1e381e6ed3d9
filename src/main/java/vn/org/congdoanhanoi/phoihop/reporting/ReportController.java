package vn.org.congdoanhanoi.phoihop.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.api.Downloads;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingDocument;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;
import vn.org.congdoanhanoi.phoihop.records.register.StoredFile;

/**
 * Reports over the API (HTTP Basic, like all of /api). Document numbers contain a slash ("222/LĐLĐ"), so they
 * travel as the query parameter {@code documentNumber}, URL-encoded, never in the path. Numbers restart every
 * year, so every endpoint with a number takes an optional {@code year} (of the letter): without it, the most recent
 * year that number was launched in, as {@code /api/signing-campaigns} does.
 *
 * <ul>
 *   <li>{@code GET /api/reports}: the kinds of campaign with a matrix (signing-campaign, …)
 *   <li>{@code GET /api/reports/{kind}/campaigns[?year=…]}: the campaigns the user's unit takes part in (all for
 *       the city), of every year or of one
 *   <li>{@code GET /api/reports/{kind}/matrix?documentNumber=…[&year=…][&unit=…][&page=…&size=…]}: the compliance
 *       matrix (JSON); with {@code page} (from 0) and {@code size} (1 to {@value #MAX_PAGE_SIZE}) one page of its
 *       rows, the totals still of every row
 *   <li>{@code GET /api/reports/{kind}/matrix.xlsx?documentNumber=…[&year=…][&unit=…]}: the same as an Excel file
 *   <li>{@code GET /api/reports/{kind}/documents?documentNumber=…[&year=…]}: the consolidated reports issued (city only)
 *   <li>{@code POST /api/reports/{kind}/documents?documentNumber=…[&year=…]}: issue one now (city office and standing)
 *   <li>{@code GET /api/reports/{kind}/documents/latest.docx?documentNumber=…[&year=…]}: the latest one's file (city only)
 * </ul>
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  /** Rows per page at most: a page of a 10,000-unit campaign stays a small answer. */
  static final int MAX_PAGE_SIZE = 500;

  private final ComplianceMatrixService matrices;
  private final ComplianceXlsx xlsx;
  private final ReportAccess access;
  private final OutgoingRegister register;
  private final Map<String, ConsolidatedReportIssuer> issuers;

  ReportController(ComplianceMatrixService matrices, ComplianceXlsx xlsx, ReportAccess access,
                   OutgoingRegister register, List<ConsolidatedReportIssuer> issuers) {
    this.matrices = matrices;
    this.xlsx = xlsx;
    this.access = access;
    this.register = register;
    this.issuers = issuers.stream().collect(Collectors.toMap(ConsolidatedReportIssuer::kind, Function.identity()));
  }

  @GetMapping
  List<Map<String, Object>> kinds() {
    return matrices.sources().stream().map(s -> {
      Map<String, Object> kind = new LinkedHashMap<>();
      kind.put("kind", s.kind());
      kind.put("title", s.title());
      kind.put("page", "/bao-cao/" + s.slug());
      kind.put("milestones", s.milestones());
      return kind;
    }).toList();
  }

  @GetMapping("/{kind}/campaigns")
  List<CampaignSummary> campaigns(@PathVariable String kind, @RequestParam(required = false) String year) {
    Integer asked = year(year);
    // Without a year every year's campaigns: a list has no "most recent letter" to default to.
    return matrices.campaigns(kind).stream().filter(c -> asked == null || c.year() == asked).toList();
  }

  @GetMapping("/{kind}/matrix")
  ComplianceMatrix matrix(@PathVariable String kind, @RequestParam(required = false) String documentNumber,
                          @RequestParam(required = false) String year,
                          @RequestParam(required = false) String unit,
                          @RequestParam(required = false) String page,
                          @RequestParam(required = false) String size) {
    if (page == null && size == null) {
      return matrices.matrix(kind, documentNumber, year(year), unit);
    }
    List<Map<String, String>> errors = new ArrayList<>();
    int pageNumber = number(page, "0", "page", 0, Integer.MAX_VALUE, "Số trang là số nguyên, bắt đầu từ 0.", errors);
    int pageSize = number(size, "100", "size", 1, MAX_PAGE_SIZE,
        "Mỗi trang có từ 1 đến " + MAX_PAGE_SIZE + " dòng.", errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Tham số phân trang không hợp lệ: hãy sửa các trường được nêu.", errors);
    }
    return matrices.matrix(kind, documentNumber, year(year), unit).page(pageNumber, pageSize);
  }

  /** A whole number within bounds, or the default when absent; else a field error and 0. */
  private static int number(String text, String absent, String field, int min, int max, String message,
                            List<Map<String, String>> errors) {
    try {
      int value = Integer.parseInt((text == null ? absent : text).trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below like a value out of bounds
    }
    errors.add(Map.of("field", field, "message", message));
    return 0;
  }

  @GetMapping("/{kind}/matrix.xlsx")
  ResponseEntity<byte[]> matrixXlsx(@PathVariable String kind,
                                    @RequestParam(required = false) String documentNumber,
                                    @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String unit) {
    ComplianceMatrix matrix = matrices.matrix(kind, documentNumber, year(year), unit);
    return Downloads.file(matrix.fileName(), ComplianceXlsx.MEDIA_TYPE, xlsx.write(matrix));
  }

  @GetMapping("/{kind}/documents")
  List<OutgoingDocument> documents(@PathVariable String kind, @RequestParam(required = false) String documentNumber,
                                   @RequestParam(required = false) String year) {
    matrices.source(kind);
    requireNumber(documentNumber);
    Integer asked = year(year);
    access.requireCityWide();
    return register.search(null, null, null, kind, documentNumber, matrices.year(kind, documentNumber, asked));
  }

  @PostMapping("/{kind}/documents")
  ResponseEntity<OutgoingDocument> issue(@PathVariable String kind,
                                         @RequestParam(required = false) String documentNumber,
                                         @RequestParam(required = false) String year) {
    ConsolidatedReportIssuer issuer = issuers.get(kind);
    if (issuer == null) {
      throw new NotFoundException("Loại báo cáo \"" + kind + "\" chưa có báo cáo tổng hợp.");
    }
    access.requireIssuer();
    requireNumber(documentNumber);
    Integer asked = year(year);
    String user = access.userId();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(access.unrestricted(() -> issuer.issue(documentNumber, asked, user)));
  }

  @GetMapping("/{kind}/documents/latest.docx")
  ResponseEntity<byte[]> latest(@PathVariable String kind, @RequestParam(required = false) String documentNumber,
                                @RequestParam(required = false) String year) {
    matrices.source(kind);
    access.requireCityWide();
    requireNumber(documentNumber);
    StoredFile file = matrices.latestReport(kind, documentNumber, year(year));
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  private static Integer year(String text) {
    return MatterKey.parseYear(text, "year");
  }

  /** A missing parameter is the caller's mistake (400 with what to send), not a system error. */
  static void requireNumber(String documentNumber) {
    if (documentNumber == null || documentNumber.isBlank()) {
      throw new InvalidRequestException("Hãy cho biết số văn bản phát động (documentNumber), ví dụ 222/LĐLĐ.");
    }
  }
}
