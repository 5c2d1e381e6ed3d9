package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Files attached to a proposal over Camunda's REST API: only PDF, DOCX, JPEG and PNG up to the size limit, with
 * name, declared type and content agreeing; refused with 400 and the reason otherwise. Downloaded by the unit's own
 * people and the city only.
 */
@PostgresIntegrationTest
class AttachmentRestTest {

  static final String NUMBER = "9503/LĐLĐ";
  static final String DOWNLOAD = "/api/signing-campaigns/attachments?documentNumber=9503/L%C4%90L%C4%90&unitCode=";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  static Map<String, Object> file(String name, String mimeType, byte[] content) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
        "valueInfo", Map.of("filename", name, "mimeType", mimeType));
  }

  Map<String, Object> proposalWith(Map<String, Object> draft) {
    Map<String, Object> variables = new HashMap<>(SigningDriver.restVariables(SigningDriver.proposal("LOCALITY")));
    variables.put(UnitSigning.Vars.DRAFT_REGULATION.name(), draft);
    return Map.of("variables", variables);
  }

  @Test
  void aProposalTakesADraftOfAnAllowedKindAndSizeAndOnlyTheUnitAndTheCityDownloadIt() {
    Map<String, Object> campaign = SigningDriver.campaign(NUMBER, List.of("phuxuyen", "thuongtin"));
    CampaignStarter.start(engine, campaign);
    SigningDriver d = new SigningDriver(engine, NUMBER);
    ProcessInstance phuxuyen = d.unit("phuxuyen");
    String taskId = d.task(phuxuyen, UnitSigning.Elements.PROPOSAL).getId();
    RestCaller unit = RestCaller.demo(port, "phuxuyen.ldld");
    String complete = "/engine-rest/task/" + taskId + "/complete";

    RestCaller.Response spreadsheet = unit.post(complete, proposalWith(file("bang-tinh.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4, 1})));
    assertThat(spreadsheet.status()).as(spreadsheet.body()).isEqualTo(400);
    assertThat(spreadsheet.json().get("errors").get(0).get("field").asText()).isEqualTo(UnitSigning.Vars.DRAFT_REGULATION.name());
    assertThat(spreadsheet.body()).contains("chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG");

    RestCaller.Response renamed = unit.post(complete, proposalWith(file("du-thao.pdf", "application/pdf",
        "MZ\u0090\u0000 chương trình".getBytes(StandardCharsets.UTF_8))));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(400);
    assertThat(renamed.body()).contains("không phải là tệp PDF hợp lệ");

    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy("%PDF".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 4);
    RestCaller.Response large = unit.post(complete, proposalWith(file("du-thao.pdf", "application/pdf", tooLarge)));
    assertThat(large.status()).as(large.body()).isEqualTo(400);
    assertThat(large.body()).contains("vượt quá giới hạn 10 MB");

    RestCaller.Response empty = unit.post(complete, proposalWith(Map.of("type", "File", "value", "",
        "valueInfo", Map.of("filename", ""))));
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body()).contains("chưa chọn tệp");

    // The engine checks the same when the Java API is used.
    assertThatThrownBy(() -> d.complete("phuxuyen.ldld", phuxuyen, UnitSigning.Elements.PROPOSAL,
        withDraft(Variables.fileValue("anh.png").file("GIF89a".getBytes(StandardCharsets.US_ASCII))
            .mimeType("image/png").create())))
        .hasMessageContaining("không phải là tệp PNG hợp lệ");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    String docx = "PK\u0003\u0004 word/document.xml Dự thảo Quy chế phối hợp";
    RestCaller.Response accepted = unit.post(complete, proposalWith(file("Dự thảo Quy chế Phú Xuyên.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.getBytes(StandardCharsets.UTF_8))));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);

    for (String allowed : List.of("phuxuyen.ldld", "phuxuyen.capuy", "vanphong", "thuongtruc", "truongban")) {
      RestCaller.Response download = RestCaller.demo(port, allowed).get(DOWNLOAD + "phuxuyen&name=draftRegulation");
      assertThat(download.status()).as("%s: %s", allowed, download).isEqualTo(200);
      assertThat(download.body()).isEqualTo(docx);
      assertThat(download.contentType()).startsWith(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    assertThat(RestCaller.admin(port).get(DOWNLOAD + "phuxuyen&name=draftRegulation").status()).isEqualTo(200);
    for (String other : List.of("thuongtin.ldld", "thuongtin.capuy", "gialam.ldld")) {
      assertThat(RestCaller.demo(port, other).get(DOWNLOAD + "phuxuyen&name=draftRegulation").status())
          .as(other).isEqualTo(403);
    }
    RestCaller office = RestCaller.demo(port, "vanphong");
    assertThat(office.get(DOWNLOAD + "phuxuyen&name=signedRegulationScan").status()).isEqualTo(404);
    assertThat(office.get(DOWNLOAD + "thuongtin&name=draftRegulation").status()).isEqualTo(404);
    assertThat(office.get(DOWNLOAD + "phuxuyen&name=attendees").status()).isEqualTo(404);
    assertThat(RestCaller.anonymous(port).get(DOWNLOAD + "phuxuyen&name=draftRegulation").status()).isEqualTo(401);

    RestCaller.Response policy = unit.get("/api/signing-campaigns/attachments/policy");
    assertThat(policy.json().get("maxBytes").asLong()).isEqualTo(10 * 1024 * 1024);
    assertThat(policy.json().get("maxSize").asText()).isEqualTo("10 MB");
  }

  private static Map<String, Object> withDraft(Object draft) {
    Map<String, Object> values = new HashMap<>(SigningDriver.proposal("LOCALITY"));
    values.put(UnitSigning.Vars.DRAFT_REGULATION.name(), draft);
    return values;
  }

  /** Starts a campaign as the city office, as SigningCampaignProcessTest does. */
  static final class CampaignStarter {
    static void start(ProcessEngine engine, Map<String, Object> variables) {
      engine.getIdentityService().setAuthentication("vanphong", engine.getIdentityService().createGroupQuery()
          .groupMember("vanphong").list().stream().map(g -> g.getId()).toList());
      ProcessInstance campaign;
      try {
        campaign = engine.getRuntimeService().startProcessInstanceByKey(SigningCampaign.KEY, variables);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      SigningDriver.startChildren(engine, campaign.getId());
    }
  }
}
