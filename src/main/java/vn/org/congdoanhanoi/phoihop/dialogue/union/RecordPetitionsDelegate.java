package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code ServiceTask_RecordPetitions}: stores what the union sent in its task with its files, channel TASKLIST, each petition known
 * by the instance and its place in the list, so a retried job stores nothing twice.
 */
@Component
@RequiredArgsConstructor
public class RecordPetitionsDelegate implements JavaDelegate {

  private final Petitions petitions;
  private final SentPetitions sentPetitions;

  @Override
  public void execute(DelegateExecution execution) {
    PlanId plan = UnionPetitions.plan(execution);
    Submission submission = Submission.of(execution.getVariables());
    List<SentPetitions.Sent> sent = sentPetitions.read(submission);
    submission.throwIfInvalid("Không thể lưu kiến nghị");
    String union = Vars.GRASSROOTS_UNIT_CODE.required(execution);
    // The user completing the task, in the same command; null when the engine stores them on a retry.
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String sender = user == null ? null : user.getUserId();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      ids.add(String.valueOf(petitions.receive(new IncomingPetition(plan, union, sent.get(i).topic(),
          sent.get(i).text(), PetitionChannel.TASKLIST, execution.getProcessInstanceId() + ":" + (i + 1), sender,
          sent.get(i).files()))));
    }
    Vars.PETITION_IDS.set(execution, ids);
  }
}
