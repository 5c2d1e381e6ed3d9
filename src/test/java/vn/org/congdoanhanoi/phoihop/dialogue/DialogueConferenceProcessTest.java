package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionFilter;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionPage;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;

/** Every path of dialogue-conference, walked on the dates of plan 477/KH-LĐLĐ (Gia Lâm, 2023). */
@PostgresIntegrationTest
class DialogueConferenceProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  GrassrootsUnions unions;

  @Autowired
  Petitions petitions;

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
  void theDistrictCollectsPetitionsUntilTheDeadlineThenItsFederationConsolidatesThem() {
    String number = "9477/KH-LĐLĐ";
    ProcessInstance conference = DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.plan(number));
    assertThat(conference).isWaitingAt(Elements.PETITION_DEADLINE).hasPassed(Elements.OPEN_COLLECTION);
    assertThat(conference.getBusinessKey()).isEqualTo(number);
    Map<String, Object> variables = engine.getRuntimeService().getVariables(conference.getId());
    List<String> gialam = unions.of(DialogueDriver.DISTRICT).stream().map(GrassrootsUnions.Union::code).toList();
    assertThat(gialam).isNotEmpty();
    assertThat(Vars.GRASSROOTS_UNITS.required(variables)).as("every union of the district by default")
        .containsExactlyElementsOf(gialam);
    assertThat(Vars.PETITIONS_CLOSE_AT.required(variables))
        .isEqualTo(OffsetDateTime.parse("2023-05-11T00:00+07:00"));
    assertThat((String) variables.get(InstanceNames.VARIABLE)).contains(number, "(2023)", "Gia Lâm");

    // A union's petition is stored with the plan, its arrival time by the engine's clock.
    PlanId plan = new PlanId(DialogueDriver.DISTRICT, 2023, number);
    long id = petitions.receive(new IncomingPetition(plan, gialam.get(0), PetitionTopic.LIVING_JOBS_POLICY,
        "Đề nghị hỗ trợ nhà ở cho công nhân khu công nghiệp", PetitionChannel.TASKLIST, "test:" + number + ":1",
        DialogueDriver.FEDERATION_USER, List.of()));
    PetitionPage page = petitions.page(new PetitionFilter(plan, null, null, null, null), 0, 10);
    assertThat(page.total()).isOne();
    assertThat(page.items().get(0).id()).isEqualTo(id);
    assertThat(page.items().get(0).state()).isEqualTo(PetitionState.RECEIVED);
    assertThat(page.items().get(0).receivedAt()).isEqualTo("2023-04-24T09:00");

    // At the end of 10/5/2023 collection closes and the federation consolidates, due 3 working days later.
    DialogueDriver.clockAt("2023-05-11T00:00");
    DialogueDriver.fireTimer(engine, conference, Elements.PETITION_DEADLINE);
    assertThat(conference).isWaitingAt(Elements.CONSOLIDATE);
    Task consolidation = DialogueDriver.task(engine, conference, Elements.CONSOLIDATE);
    assertThat(consolidation.getDueDate()).isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 5, 15)));
    assertThat(engine.getTaskService().getIdentityLinksForTask(consolidation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.federation(DialogueDriver.DISTRICT)));
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER, consolidation, Map.of());
    assertThat(conference).isEnded().hasPassed(Elements.END);
    assertThat(DialogueConference.KEY).isEqualTo(conference.getProcessDefinitionId().split(":")[0]);
  }
}
