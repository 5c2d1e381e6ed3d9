package vn.org.congdoanhanoi.phoihop.records.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOutChildren;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;

/**
 * Serves the files every {@link DownloadableFiles} declares: a unit's file to the unit's own people (its federation
 * and Party committee) and the declared city-wide groups, 403 to anyone else; 404 for a name not declared or a file
 * not there. Works with HTTP Basic and, for links in Tasklist forms, with the webapp session. The endpoints are
 * registered at start-up, one pair per declaration.
 */
@Component
class AttachmentDownloads implements SmartInitializingSingleton {

  private final List<DownloadableFiles> declarations;
  private final RequestMappingHandlerMapping mappings;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final AttachmentPolicy policy;
  private final MatterRegistry matters;
  private final FanOutChildren children;

  AttachmentDownloads(List<DownloadableFiles> declarations,
                      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                      HistoryService historyService, IdentityService identityService, CurrentUser currentUser,
                      AttachmentPolicy policy, MatterRegistry matters, FanOutChildren children) {
    this.children = children;
    this.declarations = declarations;
    this.mappings = mappings;
    this.historyService = historyService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.policy = policy;
    this.matters = matters;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Method download = Endpoint.method("download", String.class, String.class, String.class, String.class,
        String.class, String.class);
    Method limits = Endpoint.method("policy");
    for (DownloadableFiles files : declarations) {
      String path = "/api/" + files.collection() + "/attachments";
      Endpoint endpoint = new Endpoint(this, files);
      mappings.registerMapping(get(path), endpoint, download);
      mappings.registerMapping(get(path + "/policy"), endpoint, limits);
    }
  }

  private RequestMappingInfo get(String path) {
    return RequestMappingInfo.paths(path).methods(RequestMethod.GET).options(mappings.getBuilderConfiguration())
        .build();
  }

  ResponseEntity<byte[]> download(DownloadableFiles files, String documentNumber, String unitCode, String name,
                                  String yearText, String issuer, String part) {
    Integer year = MatterKey.parseYear(yearText, "year");
    if (!files.fileVariables().contains(name)) {
      throw new NotFoundException("Không có loại tệp đính kèm '" + name + "'; các loại có: " + files.fileVariables()
          + ".");
    }
    if (!files.allows(currentUser.groupIds(), unitCode)) {
      throw new ForbiddenException("Chỉ đơn vị " + unitCode + " và LĐLĐ Thành phố được tải tệp đính kèm của đơn vị "
          + "này.");
    }
    String unitKey = files.unitBusinessKey().apply(documentNumber, unitCode);
    String businessKey = part == null || part.isBlank() ? unitKey : unitKey + "/" + part.strip();
    String issuerCode = issuer == null || issuer.isBlank() ? files.issuerCode() : issuer.strip();
    FileValue file = matters.find(issuerCode, documentNumber, year).flatMap(matters::holder)
        .map(holder -> file(files, holder, businessKey, name))
        .orElse(null);
    if (file == null) {
      throw new NotFoundException("Đơn vị " + unitCode + " chưa có tệp đính kèm này trong " + files.matterName()
          + " theo văn bản " + documentNumber + ".");
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
  Map<String, Object> policy() {
    return Map.of("maxBytes", policy.maxBytes(), "maxSize", policy.maxSizeText(), "allowed", AttachmentPolicy.ALLOWED);
  }

  /** Read without the caller's authorizations: who may see it was decided before. */
  private FileValue file(DownloadableFiles files, String holderInstanceId, String businessKey, String name) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      HistoricProcessInstance instance = children.latestHistoric(holderInstanceId, files.processDefinitionKey(),
          businessKey).orElse(null);
      if (instance == null) {
        return null;
      }
      HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(name).list().stream().findFirst().orElse(null);
      TypedValue value = variable == null ? null : variable.getTypedValue();
      return value instanceof FileValue file && file.getValue() != null ? file : null;
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  private static MediaType mediaType(String mimeType) {
    try {
      return mimeType == null || mimeType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM
          : MediaType.parseMediaType(mimeType);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  /** The handler of one declaration's two endpoints. */
  public static final class Endpoint {

    private final AttachmentDownloads downloads;
    private final DownloadableFiles files;

    Endpoint(AttachmentDownloads downloads, DownloadableFiles files) {
      this.downloads = downloads;
      this.files = files;
    }

    static Method method(String name, Class<?>... parameters) {
      try {
        return Endpoint.class.getMethod(name, parameters);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    public ResponseEntity<byte[]> download(@RequestParam("documentNumber") String documentNumber,
                                           @RequestParam("unitCode") String unitCode,
                                           @RequestParam("name") String name,
                                           @RequestParam(name = "year", required = false) String year,
                                           @RequestParam(name = "issuer", required = false) String issuer,
                                           @RequestParam(name = "part", required = false) String part) {
      return downloads.download(files, documentNumber, unitCode, name, year, issuer, part);
    }

    public ResponseEntity<Map<String, Object>> policy() {
      return ResponseEntity.ok(downloads.policy());
    }
  }
}
