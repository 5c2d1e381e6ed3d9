package vn.org.congdoanhanoi.phoihop.organization;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;

/** Reading the organisation (any signed-in user) and replacing it with a new file (administrators only). */
@RestController
@RequestMapping("/api/organization")
@RequiredArgsConstructor
class OrganizationController {

  private final OrganizationService organizationService;
  private final CurrentUser currentUser;

  /** Units and clusters; people only for administrators (names, mailboxes and phones are personal data). */
  @GetMapping
  Map<String, Object> organization() {
    Organization organization = organizationService.current();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("units", organization.units());
    result.put("clusters", organization.clusters());
    if (currentUser.isAdministrator()) {
      result.put("people", organization.people().stream().map(OrganizationController::withoutPassword).toList());
    }
    return result;
  }

  /**
   * The body is the whole organisation file (YAML, UTF-8). It replaces everything or nothing. Not text/plain: a form
   * on another site can send that without the browser asking us first.
   */
  @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
  Map<String, Object> replace(@RequestBody byte[] file) {
    currentUser.requireAdministrator();
    Organization imported = organizationService.importFile(utf8(file));
    return Map.of(
        "message", "Đã nhập dữ liệu tổ chức: " + imported.units().size() + " đơn vị, " + imported.clusters().size()
            + " cụm thi đua, " + imported.people().size() + " người.",
        "units", imported.units().size(),
        "clusters", imported.clusters().size(),
        "people", imported.people().size());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException("Tệp dữ liệu tổ chức phải được lưu với mã UTF-8.");
    }
  }

  private static Map<String, Object> withoutPassword(Person p) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("username", p.username());
    person.put("fullName", p.fullName());
    person.put("title", p.title());
    person.put("email", p.email());
    person.put("phone", p.phone());
    person.put("unitCode", p.unitCode());
    person.put("bodyCode", p.bodyCode());
    person.put("roles", List.copyOf(p.roles()));
    person.put("demoAccount", p.demoAccount());
    return person;
  }
}
