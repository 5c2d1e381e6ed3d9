package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineDependent;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;

/**
 * A conference's deadline is its {@code petitionDeadline}: when the federation moves it for every union, what the
 * conference computed from it moves too, in the same transaction: {@code petitionsCloseAt} (the timer that ends the
 * collection reads it), {@code consolidationDueAt}, the {@code dialogue_conference} row every channel reads, and the
 * due date of the conference's own tasks that were due when collection closed ("Xác nhận thời gian"): now the end
 * of the new deadline day.
 */
@Component
class ConferenceFollowsPetitionDeadline implements DeadlineDependent {

  private final OpenPetitionCollectionDelegate collection;
  private final Conferences conferences;
  private final TaskService taskService;
  private final TaskDeadlines taskDeadlines;

  ConferenceFollowsPetitionDeadline(OpenPetitionCollectionDelegate collection, Conferences conferences,
                                    @Lazy TaskService taskService, TaskDeadlines taskDeadlines) {
    this.collection = collection;
    this.conferences = conferences;
    this.taskService = taskService;
    this.taskDeadlines = taskDeadlines;
  }

  @Override
  public void deadlineChanged(String processDefinitionKey, String processInstanceId, LocalDate newDeadline,
                              RuntimeService runtimeService) {
    if (!DialogueConference.KEY.equals(processDefinitionKey)) {
      return;
    }
    Map<String, Object> before = runtimeService.getVariables(processInstanceId);
    Date closedAt = Vars.PETITIONS_CLOSE_AT.optional(before).map(at -> Date.from(at.toInstant())).orElse(null);
    runtimeService.setVariables(processInstanceId, collection.collectionDates(newDeadline));
    conferences.moveDeadline(ValidateConferenceStartListener.plan(before), newDeadline);
    // The end of the new deadline day, as DeadlineChanges dates every task due at a deadline.
    Date due = TaskDeadlines.endOf(newDeadline);
    if (closedAt == null) {
      return;
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).dueDate(closedAt).list()) {
      task.setDueDate(due);
      task.setFollowUpDate(taskDeadlines.followUpFor(due, taskDeadlines.today()));
      taskService.saveTask(task);
    }
  }
}
