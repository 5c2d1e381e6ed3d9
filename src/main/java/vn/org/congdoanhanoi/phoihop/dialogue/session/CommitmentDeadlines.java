package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;

/** A commitment's deadline extended by the federation in its follow-up: the read model shows the new one. */
@Component
@RequiredArgsConstructor
class CommitmentDeadlines implements DeadlineDependent {

  private final ConferenceRecords records;

  @Override
  public void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                              RuntimeService runtimeService) {
    if (Commitment.KEY.equals(processDefinitionKey)) {
      Map<String, Object> variables = runtimeService.getVariables(processInstanceId);
      records.deadlineMoved(Long.parseLong(Commitment.Vars.COMMITMENT_ID.required(variables)), newDeadline);
    }
  }
}
