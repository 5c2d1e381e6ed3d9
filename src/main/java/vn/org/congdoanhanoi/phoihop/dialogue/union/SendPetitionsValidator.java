package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/** {@code Task_SendPetitions} "Gửi kiến nghị": at least one petition, each with one of the five topics, a text and
 * files within the intake's limits. */
@Component
@ValidatesTask(process = UnionPetitions.KEY, task = UnionPetitions.Elements.SEND_PETITIONS)
@RequiredArgsConstructor
class SendPetitionsValidator extends TaskSubmissionValidator {

  private final SentPetitions sentPetitions;

  @Override
  protected void check(Submission submission, List<String> userGroups) {
    sentPetitions.read(submission);
  }
}
