package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaigns;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;

/**
 * A unit's attachment in a campaign (the draft regulation, the signed regulation's scan), for the unit's own people
 * (its federation and Party committee), the city office, the city standing committee and administrators; anyone
 * else gets 403. Works with HTTP Basic and, for links in Tasklist forms, with the webapp session.
 *
 * <p>{@code GET /api/signing-campaigns/attachments?documentNumber=222/LĐLĐ&unitCode=gialam&name=draftRegulation}
 * (optional {@code &year=2022} when the number was launched in several years; default the most recent)
 */
@RestController
@RequestMapping("/api/signing-campaigns/attachments")
class SigningAttachmentController {

  private static final List<String> CITY = List.of(Groups.CITY_OFFICE, Groups.CITY_STANDING, Groups.ADMINISTRATORS);

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final AttachmentPolicy attachments;
  private final SigningCampaigns campaigns;

  SigningAttachmentController(HistoryService historyService, IdentityService identityService, CurrentUser currentUser,
                              AttachmentPolicy attachments, SigningCampaigns campaigns) {
    this.campaigns = campaigns;
    this.historyService = historyService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.attachments = attachments;
  }

  @GetMapping
  ResponseEntity<byte[]> download(@RequestParam String documentNumber, @RequestParam String unitCode,
                                  @RequestParam String name,
                                  @RequestParam(name = "year", required = false) String yearText) {
    Integer year = SigningCampaigns.year(yearText);
    ProcessVariable<FileValue> attachment = Vars.ATTACHMENTS.stream().filter(v -> v.name().equals(name)).findFirst()
        .orElseThrow(() -> new NotFoundException("Không có loại tệp đính kèm '" + name + "'; các loại có: "
            + Vars.ATTACHMENTS.stream().map(ProcessVariable::name).toList() + "."));
    List<String> groups = currentUser.groupIds();
    boolean allowed = groups.stream().anyMatch(CITY::contains)
        || groups.contains(Groups.federation(unitCode)) || groups.contains(Groups.partyCommittee(unitCode));
    if (!allowed) {
      throw new ForbiddenException("Chỉ đơn vị " + unitCode + " và LĐLĐ Thành phố được tải tệp đính kèm của đơn vị này.");
    }
    String campaignInstance = campaigns.find(documentNumber, year).flatMap(campaigns::instanceId).orElse(null);
    FileValue file = campaignInstance == null ? null
        : file(campaignInstance, UnitSigning.businessKey(documentNumber, unitCode), attachment);
    if (file == null) {
      throw new NotFoundException("Đơn vị " + unitCode + " chưa có tệp đính kèm này trong đợt ký kết theo văn bản "
          + documentNumber + ".");
    }
    byte[] content;
    try (InputStream in = file.getValue()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(mediaType(file.getMimeType()));
    headers.setContentDisposition(ContentDisposition.attachment()
        .filename(file.getFilename(), StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    return ResponseEntity.ok().headers(headers).body(content);
  }

  /** What the forms may attach, so that they refuse a file before sending it, with the server's own limit. */
  @GetMapping("/policy")
  java.util.Map<String, Object> policy() {
    return java.util.Map.of("maxBytes", attachments.maxBytes(), "maxSize", attachments.maxSizeText(),
        "allowed", AttachmentPolicy.ALLOWED);
  }

  /** Read without the caller's authorizations: who may see it was decided above. */
  private FileValue file(String campaignInstanceId, String businessKey, ProcessVariable<FileValue> attachment) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .superProcessInstanceId(campaignInstanceId).processDefinitionKey(UnitSigning.KEY)
          .processInstanceBusinessKey(businessKey)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
      if (instance == null) {
        return null;
      }
      HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(attachment.name()).list().stream().findFirst()
          .orElse(null);
      FileValue file = variable == null ? null : attachment.parse(variable.getTypedValue());
      return file != null && file.getValue() != null ? file : null;
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  private static MediaType mediaType(String mimeType) {
    try {
      return mimeType == null || mimeType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mimeType);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
