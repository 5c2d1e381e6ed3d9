package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionFilter;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionPage;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.SeenPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;

/**
 * Every path of dialogue-conference and dialogue-union-petitions, walked on the dates of plan 477/KH-LĐLĐ (Gia Lâm,
 * 2023): the unions invited in batches (4 per job in tests, so the loop goes round), a union sending two petitions
 * in one task, the federation's consolidation (reminders and follow-up of the unions: UnionPetitionsFollowUpProcessTest).
 */
@PostgresIntegrationTest
class DialogueConferenceProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  GrassrootsUnions unions;

  @Autowired
  Petitions petitions;

  @Autowired
  Consolidation consolidator;

  @BeforeEach
  void onThePlansDay() {
    AbstractAssertions.init(engine);
    DialogueDriver.clockAt("2023-04-24T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyUnionGetsOneTaskItsPetitionsAreStoredAndTheFederationConsolidatesAfterTheDeadline() {
    String number = "9477/KH-LĐLĐ";
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.plan(number));
    assertThat(conference.getBusinessKey()).isEqualTo(number);
    assertThat(conference).isWaitingAt(Elements.INVITE_UNIONS).hasPassed(Elements.OPEN_COLLECTION);
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).isWaitingAt(Elements.PETITION_DEADLINE).hasPassed(Elements.ALL_UNIONS_INVITED);

    Map<String, Object> variables = engine.getRuntimeService().getVariables(conference.getId());
    List<String> gialam = unions.of(DialogueDriver.DISTRICT).stream().map(GrassrootsUnions.Union::code).toList();
    assertThat(gialam).as("more unions than one batch").hasSizeGreaterThan(4);
    assertThat(Vars.GRASSROOTS_UNITS.required(variables)).as("every union of the district by default")
        .containsExactlyElementsOf(gialam);
    assertThat(Vars.UNIONS_INVITED.required(variables)).isEqualTo(gialam.size());
    assertThat(Vars.PETITIONS_CLOSE_AT.required(variables)).isEqualTo(OffsetDateTime.parse("2023-05-11T00:00+07:00"));
    assertThat(InstanceNames.VARIABLE.required(variables)).contains(number, "(2023)", "Gia Lâm");

    // One instance and one task per union, for the union's people and the district federation, due 10/5/2023.
    List<ProcessInstance> invited = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY).variableValueEquals(UnionPetitions.Vars.PLAN_NUMBER.name(), number)
        .list();
    assertThat(invited).hasSize(gialam.size());
    ProcessInstance dienluc = union(number, DialogueDriver.UNION_USER_UNION);
    Task send = DialogueDriver.task(engine, dienluc, UnionPetitions.Elements.SEND_PETITIONS);
    assertThat(send.getDueDate()).isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 5, 10)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(send.getId())).extracting(link -> link.getGroupId())
        .contains(Groups.grassrootsUnion(DialogueDriver.UNION_USER_UNION), Groups.federation(DialogueDriver.DISTRICT));

    // An empty list is refused with the reason; two petitions in one task are stored, channel TASKLIST.
    assertThatThrownBy(() -> DialogueDriver.complete(engine, DialogueDriver.UNION_USER, send, sent("[]")))
        .hasMessageContaining("ít nhất 01 kiến nghị");
    assertThatThrownBy(() -> DialogueDriver.complete(engine, DialogueDriver.UNION_USER, send,
        sent("[{\"topic\": \"HOUSING\", \"text\": \"\"}]")))
        .hasMessageContaining("Kiến nghị 1: hãy chọn một nhóm nội dung").hasMessageContaining("hãy nhập nội dung");
    DialogueDriver.clockAt("2023-05-05T14:00");
    DialogueDriver.complete(engine, DialogueDriver.UNION_USER, send, sent("""
        [{"topic": "LIVING_JOBS_POLICY", "text": "Đề nghị hỗ trợ nhà ở xã hội cho công nhân ngành điện"},
         {"topic": "INFRASTRUCTURE_HOUSING_HEALTH", "text": "Đề nghị mở thêm nhóm trẻ gần trạm biến áp Phú Thị"}]"""));
    assertThat(dienluc).isEnded().hasPassed(UnionPetitions.Elements.RECORD_PETITIONS, UnionPetitions.Elements.SENT);
    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
    PetitionPage page = petitions.page(new PetitionFilter(plan, null, DialogueDriver.UNION_USER_UNION, null, null), 0, 10);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).allSatisfy(p -> {
      assertThat(p.channel()).isEqualTo(PetitionChannel.TASKLIST);
      assertThat(p.state()).isEqualTo(PetitionState.RECEIVED);
      assertThat(p.receivedAt()).isEqualTo("2023-05-05T14:00");
    });
    assertThat(page.items().get(0).topic()).isEqualTo(PetitionTopic.LIVING_JOBS_POLICY);

    // At the end of 10/5/2023 the federation consolidates, due 3 working days later; the unions that sent nothing
    // stay open for the federation's follow-up (UnionPetitionsFollowUpProcessTest).
    DialogueDriver.clockAt("2023-05-11T00:00");
    for (ProcessInstance late : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UnionPetitions.KEY).variableValueEquals(UnionPetitions.Vars.PLAN_NUMBER.name(), number)
        .list()) {
      assertThat(late).isWaitingAt(UnionPetitions.Elements.SEND_PETITIONS, UnionPetitions.Elements.DEADLINE_FOLLOW_UP);
    }
    DialogueDriver.fireTimer(engine, conference, Elements.PETITION_DEADLINE);
    assertThat(conference).isWaitingAt(Elements.CONSOLIDATE);
    Task consolidation = DialogueDriver.task(engine, conference, Elements.CONSOLIDATE);
    assertThat(consolidation.getDueDate()).isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 5, 15)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(consolidation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.federation(DialogueDriver.DISTRICT)));
    // Every petition goes to a department first (the consolidation is refused otherwise: DepartmentAnswersProcessTest).
    consolidator.assign(plan, page.items().stream().map(p -> new SeenPetition(p.id(), p.version())).toList(),
        "gl-ldtbxh", DialogueDriver.FEDERATION_USER);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, consolidation, Map.of());
    DialogueDriver.runJobs(engine, conference);
    // The date branch (ConferenceDateProcessTest) still waits for the chairman's answer.
    assertThat(conference).hasPassed(Elements.PREPARE_ANSWER_SHEETS).isWaitingAt(Elements.CONFIRM_DATE);
  }

  ProcessInstance union(String number, String unionCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .processInstanceBusinessKey(UnionPetitions.businessKey(number, unionCode)).singleResult();
  }

  static Map<String, Object> sent(String json) {
    return UnionPetitions.Vars.PETITIONS.putInto(new HashMap<>(), json);
  }
}
