package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;

/**
 * The plan sets one petition deadline for every union: when the federation extends it for the whole plan, every union
 * still open (its task "Gửi kiến nghị" with its reminders and "Đôn đốc") gets the new deadline too. A union that has
 * sent, was excused or ended otherwise has no running instance and stays done; a union whose own deadline the
 * federation already extended beyond the new date keeps its later one. One union's extension moves that union only.
 */
@Component
@RequiredArgsConstructor
class UnionsFollowTheirConference implements DeadlineDependent {

  private final Conferences conferences;

  @Override
  public List<String> followers(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                                RuntimeService runtimeService) {
    if (!DialogueConference.KEY.equals(processDefinitionKey)) {
      return List.of();
    }
    Map<String, Object> conference = runtimeService.getVariables(processInstanceId, List.of(
        UnionPetitions.Vars.PLAN_NUMBER.name(), UnionPetitions.Vars.ISSUED_ON.name(),
        UnionPetitions.Vars.UNIT_CODE.name()));
    LocalDate issuedOn = UnionPetitions.Vars.ISSUED_ON.required(conference);
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnionPetitions.KEY)
        .variableValueEquals(UnionPetitions.Vars.PLAN_NUMBER.name(), UnionPetitions.Vars.PLAN_NUMBER.required(conference))
        .variableValueEquals(UnionPetitions.Vars.UNIT_CODE.name(), UnionPetitions.Vars.UNIT_CODE.required(conference))
        .variableValueEquals(UnionPetitions.Vars.ISSUED_ON.name(), UnionPetitions.Vars.ISSUED_ON.stored(issuedOn))
        .list().stream().map(ProcessInstance::getId)
        .filter(union -> DeadlineFollowUp.Vars.DEADLINE.parse(runtimeService.getVariable(union,
            DeadlineFollowUp.Vars.DEADLINE.name())).isBefore(newDeadline))
        .toList();
  }

  /** A union's {@code petitionsCloseAt} is always its conference's, whichever deadline moved. */
  @Override
  public void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                              RuntimeService runtimeService) {
    if (!UnionPetitions.KEY.equals(processDefinitionKey)) {
      return;
    }
    Map<String, Object> union = runtimeService.getVariables(processInstanceId);
    PlanId plan = UnionPetitions.plan(union);
    conferences.forUnion(plan.planNumber(), plan.year(), UnionPetitions.Vars.GRASSROOTS_UNIT_CODE.required(union))
        .map(Conferences.Conference::processInstanceId)
        .filter(conference -> runtimeService.createProcessInstanceQuery().processInstanceId(conference).count() > 0)
        .map(conference -> runtimeService.getVariable(conference, UnionPetitions.Vars.PETITIONS_CLOSE_AT.name()))
        .ifPresent(closesAt -> runtimeService.setVariable(processInstanceId,
            UnionPetitions.Vars.PETITIONS_CLOSE_AT.name(), closesAt));
  }
}
