package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.SeenPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/**
 * Brings a plan of Gia Lâm (dates of 477/KH-LĐLĐ) to the departments' answers: two unions, three petitions (the
 * third a duplicate merged into the first), the first two assigned to the Phòng Lao động – Thương binh và Xã hội,
 * the consolidation completed on 11/5/2023; then answers over REST as the department's people do.
 */
public final class AnswersDriver {

  public static final String DEPARTMENT = "gl-ldtbxh";
  public static final String DEPARTMENT_USER = "gialam.ldtbxh";
  /** The chairman's office of Gia Lâm (gl-vanphong, chairmansOffice) reviews. */
  public static final String REVIEWER = "gialam.vanphong";
  public static final String ANSWERS = "/api/dialogue-conferences/answers/";
  public static final String SAVE = ANSWERS + "save";
  public static final String MAYPHUTHI = "gl-mayphuthi";

  /** A plan whose consolidation is done: its conference, the petitions on the sheet, and the merged duplicate. */
  public record Sheet(String number, PlanId plan, ProcessInstance conference, List<Long> petitionIds, long merged) {}

  private AnswersDriver() {}

  /** Starts the plan, collects the petitions, consolidates them and lets the conference open the answer sheets. */
  public static Sheet openSheet(ProcessEngine engine, int port, Consolidation consolidation, String number) {
    ProcessInstance conference = collect(engine, port, number);
    List<Long> ids = new ArrayList<>();
    ids.add(petition(port, number, DialogueDriver.UNION_USER_UNION, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị hỗ trợ nhà ở xã hội cho công nhân ngành điện"));
    ids.add(petition(port, number, MAYPHUTHI, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị kiểm tra việc trả lương làm thêm giờ tại doanh nghiệp may"));
    long duplicate = petition(port, number, MAYPHUTHI, PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị có chính sách nhà ở xã hội cho công nhân");
    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
    DialogueDriver.clockAt("2023-05-11T08:00");
    DialogueDriver.fireTimer(engine, conference, DialogueConference.Elements.PETITION_DEADLINE);
    consolidation.merge(plan, new SeenPetition(ids.get(0), 0), List.of(new SeenPetition(duplicate, 0)),
        DialogueDriver.FEDERATION_USER);
    consolidation.assign(plan, List.of(new SeenPetition(ids.get(0), 1), new SeenPetition(ids.get(1), 0)), DEPARTMENT,
        DialogueDriver.FEDERATION_USER);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, DialogueConference.Elements.CONSOLIDATE), Map.of());
    DialogueDriver.runJobs(engine, conference);
    return new Sheet(number, plan, conference, ids, duplicate);
  }

  /** The plan started for two unions on 24/4/2023; the clock on 2/5/2023, while petitions come in. */
  public static ProcessInstance collect(ProcessEngine engine, int port, String number) {
    DialogueDriver.clockAt("2023-04-24T09:00");
    Map<String, Object> values = DialogueDriver.plan(number);
    DialogueConference.Vars.GRASSROOTS_UNITS.putInto(values, List.of(DialogueDriver.UNION_USER_UNION, MAYPHUTHI));
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, values);
    DialogueDriver.runJobs(engine, conference);
    DialogueDriver.clockAt("2023-05-02T10:00");
    return conference;
  }

  /** A petition sent over REST by the district federation for the union; its id. */
  public static long petition(int port, String number, String union, PetitionTopic topic, String text) {
    RestCaller.Response sent = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(DialogueDriver.PETITIONS,
        DialogueDriver.petition(number, union, topic.name(), text));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json().get("id").asLong();
  }

  /** The department's answer-sheet instance of the plan. */
  public static ProcessInstance sheetOf(ProcessEngine engine, Sheet sheet, String department) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DepartmentAnswers.KEY)
        .superProcessInstanceId(sheet.conference().getId())
        .processInstanceBusinessKey(sheet.number() + "/" + department).singleResult();
  }

  /** The body of a save: the plan, the department, the petitions with the versions seen, a text and a template. */
  public static Map<String, Object> save(String number, String department, Map<Long, Integer> seen, String text,
                                  String templateCode) {
    Map<String, Object> body = sheetFields(number, department);
    List<Map<String, Object>> selected = new ArrayList<>();
    seen.forEach((id, version) -> selected.add(Map.of("id", id, "version", version)));
    body.put("selected", selected);
    if (text != null) {
      body.put("text", text);
    }
    if (templateCode != null) {
      body.put("templateCode", templateCode);
    }
    return body;
  }

  public static Map<String, Object> sheetFields(String number, String department) {
    Map<String, Object> body = new LinkedHashMap<>();
    DialogueConference.Vars.PLAN_NUMBER.putInto(body, number);
    body.put(DialogueConference.Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    DialogueConference.Vars.UNIT_CODE.putInto(body, DialogueDriver.DISTRICT);
    DialogueConference.Vars.DEPARTMENT_CODE.putInto(body, department);
    return body;
  }

  /** The sheet's page as the form reads it, with these extra query parameters. */
  public static String page(String number, String department, String extraQuery) {
    return ANSWERS + "petitions?planNumber=" + DialogueDriver.encode(number) + "&issuedOn=" + DialogueDriver.ISSUED_ON
        + "&unitCode=" + DialogueDriver.DISTRICT + "&departmentCode=" + department
        + (extraQuery.isEmpty() ? "" : "&" + extraQuery);
  }

  /** Saves as the department's person and checks it was accepted. */
  public static void answer(int port, String number, Map<Long, Integer> seen, String text) {
    RestCaller.Response saved = RestCaller.demo(port, DEPARTMENT_USER).post(SAVE,
        save(number, DEPARTMENT, seen, text, null));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }
}
