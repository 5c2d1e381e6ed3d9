package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A {@code deadline-follow-up} watches the deadline of the instance that called it: whatever process it watches,
 * it follows that instance's deadline, so its reminders and its "Đôn đốc" move with it.
 */
@Component
class WatchFollowsWatched implements DeadlineDependent {

  @Override
  public List<String> followers(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                                RuntimeService runtimeService) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DeadlineFollowUp.KEY)
        .superProcessInstanceId(processInstanceId).list().stream().map(ProcessInstance::getId).toList();
  }
}
