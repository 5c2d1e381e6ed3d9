package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_SendPetitions} "Gửi kiến nghị": at least one petition, each with one of the five topics and a text. */
@Component
@ValidatesTask(process = UnionPetitions.KEY, task = UnionPetitions.Elements.SEND_PETITIONS)
class SendPetitionsValidator extends TaskSubmissionValidator {

  @Override
  protected void check(Submission submission, List<String> userGroups) {
    SentPetitions.read(submission);
  }
}
