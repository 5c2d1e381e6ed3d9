package vn.org.congdoanhanoi.phoihop.records.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportAccess;
import vn.org.congdoanhanoi.phoihop.kernel.api.Downloads;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;

/**
 * The outgoing-document register over the API, for the city only (it lists every document the federation
 * issues). Taking a number by hand is for documents drafted outside the system, by the office and the standing
 * committee. {@code GET ?sourceKind=signing-campaign&sourceReference=222/LĐLĐ&sourceYear=2025} lists what was issued
 * for one year's letter ({@code year} is the register's own year, that of the entries' numbers).
 */
@RestController
@RequestMapping("/api/outgoing-documents")
@RequiredArgsConstructor
class RegisterController {

  private final OutgoingRegister register;
  private final ReportAccess access;
  private final ReportingProperties properties;
  private final EngineClock clock;

  @GetMapping
  List<OutgoingDocument> search(@RequestParam(required = false) String register,
                                @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) String sourceKind,
                                @RequestParam(required = false) String sourceReference,
                                @RequestParam(required = false) String sourceYear) {
    access.requireCityWide();
    return this.register.search(register, year, type(type), sourceKind, sourceReference,
        MatterKey.parseYear(sourceYear, "sourceYear"));
  }

  @GetMapping("/registers")
  List<Register> registers() {
    access.requireCityWide();
    return register.registers();
  }

  @GetMapping("/types")
  List<Map<String, String>> types() {
    return Arrays.stream(DocumentType.values()).map(t -> {
      Map<String, String> type = new LinkedHashMap<>();
      type.put("code", t.name());
      type.put("label", t.label());
      type.put("abbreviation", t.abbreviation());
      return type;
    }).toList();
  }

  @GetMapping("/{id}")
  OutgoingDocument find(@PathVariable String id) {
    access.requireCityWide();
    return register.find(id).orElseThrow(() -> new NotFoundException("Không có văn bản đi mã " + id + "."));
  }

  @GetMapping("/{id}/file")
  org.springframework.http.ResponseEntity<byte[]> file(@PathVariable String id) {
    access.requireCityWide();
    StoredFile file = register.file(id)
        .orElseThrow(() -> new NotFoundException("Văn bản đi mã " + id + " chưa có tệp lưu kèm."));
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  /**
   * Takes the next number for a document drafted outside the system.
   *
   * @param request {"type": "BAO_CAO", "subject": "…", "issuedOn": "2022-06-30" (default today),
   *     "register": "LDLD" (default), "draftingUnit": "VP" (optional)}
   */
  @PostMapping
  ResponseEntity<OutgoingDocument> issue(@RequestBody Map<String, String> request) {
    access.requireIssuer();
    LocalDate issuedOn;
    try {
      issuedOn = request.get("issuedOn") == null ? clock.today() : LocalDate.parse(request.get("issuedOn"));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRequestException("Ngày ban hành (issuedOn) phải có dạng năm-tháng-ngày, ví dụ 2022-06-30.");
    }
    String registerCode = request.getOrDefault("register", properties.document().register());
    OutgoingDocument issued = register.issue(new IssueRequest(registerCode, type(request.get("type")),
        request.get("subject"), issuedOn, request.get("draftingUnit"), null, null, null, access.userId()));
    return ResponseEntity.status(HttpStatus.CREATED).body(issued);
  }

  private static DocumentType type(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return DocumentType.valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Thể loại văn bản \"" + code + "\" không có; dùng một trong: "
          + Arrays.toString(DocumentType.values()) + ".");
    }
  }
}
