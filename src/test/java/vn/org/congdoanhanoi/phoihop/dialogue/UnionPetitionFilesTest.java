package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;

/**
 * A union's petitions carry files in its task "Gửi kiến nghị" (Tasklist's REST completion, as the form sends it):
 * stored with the petition, named by the list ({@code attachments}), downloaded by those who read the petition. A
 * dangerous, empty or oversized file is refused per field and nothing is stored; the submission guard still admits
 * only the form's one variable.
 */
@PostgresIntegrationTest
class UnionPetitionFilesTest {

  static final String NUMBER = "9735/KH-LĐLĐ";
  static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] SCAN = "%PDF-1.4 bien ban hop to cong doan".getBytes();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void onThePlansDay() {
    DialogueDriver.clockAt("2023-04-24T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aUnionSendsAPetitionWithAFileWhichThoseWhoReadThePetitionDownload() throws Exception {
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
        DialogueConference.Vars.GRASSROOTS_UNITS.putInto(DialogueDriver.plan(NUMBER),
            List.of(DialogueDriver.UNION_USER_UNION)));
    DialogueDriver.runJobs(engine, conference);
    ProcessInstance union = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(NUMBER, DialogueDriver.UNION_USER_UNION))
        .singleResult();
    Task send = DialogueDriver.task(engine, union, UnionPetitions.Elements.SEND_PETITIONS);
    RestCaller unionPeople = RestCaller.demo(port, DialogueDriver.UNION_USER);
    String complete = "/engine-rest/task/" + send.getId() + "/complete";

    // The form's limits, from the server.
    JsonNode policy = unionPeople.get(DialogueDriver.PETITIONS + "/attachment-policy").json();
    assertThat(policy.get("maxFiles").asInt()).isEqualTo(20);
    assertThat(policy.get("refusedExtensions").toString()).contains("\"exe\"", "\"docm\"");

    // Refused, per field, nothing stored: a program (by name, and by content under another name), an empty file,
    // a file larger than the intake takes, something else than the form's one variable.
    for (Map<String, Object> bad : List.of(file("cai-dat.exe", "application/pdf", SCAN),
        file("bien-ban.pdf", "application/pdf", new byte[] {'M', 'Z', 1, 2}),
        file("rong.pdf", "application/pdf", new byte[0]),
        file("qua-lon.pdf", "application/pdf", large()))) {
      RestCaller.Response refused = unionPeople.post(complete, petitions(bad));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains(UnionPetitions.Vars.PETITIONS.name(), "Kiến nghị 1: tệp");
    }
    Map<String, Object> undeclared = petitions(file("bien-ban.pdf", "application/pdf", SCAN));
    ((Map<String, Object>) undeclared.get("variables")).put(UnionPetitions.Vars.PETITION_IDS.name(),
        Map.of("value", "[\"1\"]", "type", "Json"));
    assertThat(unionPeople.post(complete, undeclared).status()).isEqualTo(400);
    assertThat(list(unionPeople).get("total").asInt()).isZero();

    RestCaller.Response sent = unionPeople.post(complete, petitions(file("Biên bản họp tổ công đoàn.pdf",
        "application/pdf", SCAN)));
    assertThat(sent.status()).as(sent.body()).isEqualTo(204);

    JsonNode petition = list(unionPeople).findParent("attachments");
    JsonNode attachment = petition.get("attachments").get(0);
    assertThat(attachment.get("fileName").asText()).isEqualTo("Biên bản họp tổ công đoàn.pdf");
    assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attachment.get("size").asLong()).isEqualTo(SCAN.length);
    String download = DialogueDriver.PETITIONS + "/" + petition.get("id").asLong() + "/attachments/"
        + attachment.get("id").asLong() + DialogueDriver.petitionsOf(NUMBER, "").substring(
        DialogueDriver.PETITIONS.length());
    for (RestCaller reader : List.of(unionPeople, RestCaller.demo(port, DialogueDriver.FEDERATION_USER),
        RestCaller.demo(port, "vanphong"))) {
      RestCaller.Download file = reader.download(download);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(SCAN);
      assertThat(file.disposition()).startsWith("attachment");
    }
    assertThat(RestCaller.demo(port, "donganh.ldld").download(download).status()).isEqualTo(404);
    assertThat(unionPeople.download(download.replace("/attachments/" + attachment.get("id").asLong(),
        "/attachments/999999")).status()).isEqualTo(404);
    engine.getRuntimeService().deleteProcessInstance(conference.getId(), "test finished");
  }

  JsonNode list(RestCaller caller) {
    return caller.get(DialogueDriver.petitionsOf(NUMBER, "grassrootsUnitCode=" + DialogueDriver.UNION_USER_UNION))
        .json();
  }

  static Map<String, Object> file(String name, String type, byte[] content) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("name", name);
    file.put("type", type);
    file.put("content", Base64.getEncoder().encodeToString(content));
    return file;
  }

  /** The form's completion: one Json variable, one petition with this file. */
  static Map<String, Object> petitions(Map<String, Object> file) throws Exception {
    String list = JSON.writeValueAsString(List.of(Map.of("topic", "LIVING_JOBS_POLICY",
        "text", "Đề nghị hỗ trợ nhà ở xã hội cho công nhân", "files", List.of(file))));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(UnionPetitions.Vars.PETITIONS.name(), Map.of("value", list, "type", "Json"));
    return new LinkedHashMap<>(Map.of("variables", variables));
  }

  /** A PDF one byte over the intake's 10 MB. */
  static byte[] large() {
    byte[] content = Arrays.copyOf(SCAN, 10 * 1024 * 1024 + 1);
    Arrays.fill(content, SCAN.length, content.length, (byte) ' ');
    return content;
  }
}
