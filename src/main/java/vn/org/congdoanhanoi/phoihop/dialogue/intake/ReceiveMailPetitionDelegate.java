package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences.Conference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;

/** {@code ServiceTask_ReceiveMailPetition}: the reviewed mail becomes the named union's petition of the named plan. */
@Component
@RequiredArgsConstructor
class ReceiveMailPetitionDelegate implements JavaDelegate {

  private final Conferences conferences;
  private final OncePerSource petitions;

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String union = MailReview.Vars.UNION.required(execution);
    String number = MailReview.Vars.PLAN_NUMBER.required(execution);
    int year = MailReview.Vars.ISSUED_ON.required(execution).getYear();
    // The validator checked it when the task was completed, in this same transaction.
    Conference conference = conferences.forUnion(number, year, union).orElseThrow(() -> new NotFoundException(
        "Kế hoạch số " + number + " năm " + year + " không gửi tới công đoàn cơ sở '" + union + "'."));
    // Read typed: the untyped value of a file variable is its content as a stream, not the file.
    FileValue archive = execution.getVariableTyped(MailReview.Vars.FILES.name());
    List<IncomingPetition.Attachment> files = archive == null ? List.of()
        : MailContent.unarchive(archive.getValue(), MailReview.Vars.FILE_TYPES.required(execution));
    long id = petitions.store(new IncomingPetition(conference.plan(), union, MailReview.Vars.TOPIC.required(execution),
        MailReview.Vars.TEXT.required(execution), PetitionChannel.EMAIL, MailReview.Vars.MESSAGE_ID.required(execution),
        null, files)).id();
    MailReview.Vars.PETITION.set(execution, PetitionMailHandler.reference(id));
  }
}
