package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;

/**
 * The commitments' read model over REST on PostgreSQL: the district federation and city-wide users see every
 * commitment of the plan, a department its own only; a union's people and another district's federation get 404; a
 * plan named badly 400; nobody anonymous. The record form's lists (the fixed agenda, the district's departments).
 */
@PostgresIntegrationTest
class CommitmentRestTest {

  static final String NUMBER = "9795/KH-LĐLĐ";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ConferenceRecords records;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachSeesTheCommitmentsItMayAndNoOneElse() {
    CommitmentDriver.recorded(engine, records, NUMBER, "2023-06-23");
    String path = "/api/dialogue-conferences/commitments?planNumber=" + DialogueDriver.encode(NUMBER)
        + "&issuedOn=" + DialogueDriver.ISSUED_ON + "&unitCode=" + DialogueDriver.DISTRICT;

    RestCaller.Response federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(path);
    assertThat(federation.status()).as("%s", federation).isEqualTo(200);
    assertThat(departments(federation)).containsExactly(SessionDriver.LDTBXH, SessionDriver.BHXH);
    JsonNode first = federation.json().get("commitments").get(0);
    assertThat(first.get("state").asText()).isEqualTo(CommitmentState.OPEN.name());
    assertThat(first.get("stateLabel").asText()).isEqualTo("Chưa báo cáo");
    assertThat(first.get(DeadlineFollowUp.Vars.DEADLINE.name()).asText()).isEqualTo(CommitmentDriver.DEADLINE);
    assertThat(first.get("text").asText()).isEqualTo("Phòng Lao động rà soát việc trả lương làm thêm giờ");

    assertThat(departments(RestCaller.demo(port, "vanphong").get(path)))
        .containsExactly(SessionDriver.LDTBXH, SessionDriver.BHXH);
    assertThat(departments(RestCaller.demo(port, SessionDriver.DEPARTMENT_USER).get(path)))
        .as("a department sees its own commitments only").containsExactly(SessionDriver.LDTBXH);

    RestCaller.Response union = RestCaller.demo(port, DialogueDriver.UNION_USER).get(path);
    assertThat(union.status()).as("%s", union).isEqualTo(404);
    assertThat(union.body()).contains("Không có kết luận nào theo");
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get(path).status()).isEqualTo(404);
    assertThat(RestCaller.anonymous(port).get(path).status()).isEqualTo(401);

    RestCaller.Response noPlan = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get("/api/dialogue-conferences/commitments?issuedOn=24-04-2023&unitCode=gialam");
    assertThat(noPlan.status()).as("%s", noPlan).isEqualTo(400);
    assertThat(noPlan.body()).contains(DialogueConference.Vars.PLAN_NUMBER.name(),
        DialogueConference.Vars.ISSUED_ON.name());
  }

  @Test
  void aRecordOverRestSetsOnlyItsFormsVariablesAndIsCheckedLikeTheForm() {
    String number = "9796/KH-LĐLĐ";
    ProcessInstance conference = SessionDriver.atConferenceDay(engine, number, "2023-06-28");
    String complete = "/engine-rest/task/" + DialogueDriver.task(engine, conference,
        DialogueConference.Elements.RECORD_CONFERENCE).getId() + "/complete";
    RestCaller federation = RestCaller.demo(port, DialogueDriver.FEDERATION_USER);
    String conclusions = SessionDriver.list(SessionDriver.conclusion("Rà soát nhà trọ công nhân",
        SessionDriver.LDTBXH, "2023-07-28"));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put(ConferenceSession.Vars.AGENDA_HELD.name(), typed("[\"OPENING\", \"CLOSING\"]", "Json"));
    record.put(ConferenceSession.Vars.ATTENDANCE_PRESENT.name(), typed(190, "Integer"));
    record.put(ConferenceSession.Vars.WORKER_REPRESENTATIVES.name(), typed(170, "Integer"));
    record.put(ConferenceSession.Vars.MINUTES.name(), typed("Biên bản tóm tắt", "String"));
    record.put(ConferenceSession.Vars.CONCLUSIONS.name(), typed(conclusions, "Json"));
    record.put(ConferenceSession.Vars.ORAL_ANSWERS.name(), typed("[]", "Json"));

    // A completion that also sets the commitments itself is refused whole.
    Map<String, Object> forged = new LinkedHashMap<>(record);
    forged.put(DialogueConference.Vars.COMMITMENT_IDS.name(), typed("[\"1\", \"2\"]", "Json"));
    RestCaller.Response refused = federation.post(complete, Map.of("variables", forged));
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body()).contains(DialogueConference.Vars.COMMITMENT_IDS.name());
    assertThat(records.of(SessionDriver.plan(number))).isEmpty();

    Map<String, Object> late = new LinkedHashMap<>(record);
    late.put(ConferenceSession.Vars.CONCLUSIONS.name(), typed(SessionDriver.list(SessionDriver.conclusion(
        "Rà soát nhà trọ công nhân", SessionDriver.LDTBXH, "2023-06-28")), "Json"));
    RestCaller.Response tooEarly = federation.post(complete, Map.of("variables", late));
    assertThat(tooEarly.status()).as("%s", tooEarly).isEqualTo(400);
    assertThat(tooEarly.body()).contains("Kết luận 1: thời hạn 28/06/2023 phải sau ngày 28/06/2023");

    RestCaller.Response recorded = federation.post(complete, Map.of("variables", record));
    assertThat(recorded.status()).as("%s", recorded).isEqualTo(204);
    assertThat(records.commitments(SessionDriver.plan(number), null)).singleElement()
        .satisfies(c -> assertThat(c.departmentCode()).isEqualTo(SessionDriver.LDTBXH));
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  @Test
  void theRecordFormListsTheFixedAgendaAndTheDistrictsDepartments() {
    RestCaller.Response agenda = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get("/api/dialogue-conferences/record/agenda");
    assertThat(agenda.status()).isEqualTo(200);
    assertThat(agenda.json()).hasSize(AgendaItem.values().length);
    assertThat(agenda.json().get(0).get("label").asText()).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
    RestCaller.Response departments = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get("/api/dialogue-conferences/record/departments?unitCode=gialam");
    assertThat(departments.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    departments.json().forEach(d -> codes.add(d.get("code").asText()));
    assertThat(codes).contains(SessionDriver.LDTBXH, SessionDriver.BHXH);
  }

  static List<String> departments(RestCaller.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().get("commitments").forEach(c -> codes.add(c.get(DialogueConference.Vars.DEPARTMENT_CODE.name()).asText()));
    return codes;
  }
}
