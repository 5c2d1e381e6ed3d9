package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences.Conference;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.TaskSubmissionValidator;
import vn.org.congdoanhanoi.phoihop.validation.ValidatesTask;

/**
 * {@code Task_ReviewMail} "Xem xét thư kiến nghị": receiving needs a union and a plan that reaches it (of the reviewing
 * district when a district federation reviews) and a topic; rejecting needs a reason.
 */
@Component
@RequiredArgsConstructor
@ValidatesTask(process = MailReview.KEY, task = MailReview.Elements.REVIEW)
class ReviewMailValidator extends TaskSubmissionValidator {

  private final Conferences conferences;

  @Override
  protected void check(Submission s, List<String> userGroups) {
    MailReview.Decision decision = s.requiredChoice(MailReview.Vars.DECISION, "quyết định (nhận hoặc không nhận thư)",
        MailReview.Decision.class);
    if (decision == MailReview.Decision.REJECT) {
      s.requiredText(MailReview.Vars.REJECTION_REASON, "lý do không nhận thư",
          DialogueTextRules.RULES.maxLength(MailReview.Vars.REJECTION_REASON));
    } else if (decision == MailReview.Decision.RECEIVE) {
      plan(s);
    }
  }

  /** The conference the reviewer named, or null with the fields' violations added. */
  Conference plan(Submission s) {
    String union = s.requiredText(MailReview.Vars.UNION, "mã công đoàn cơ sở",
        DialogueTextRules.RULES.maxLength(MailReview.Vars.UNION));
    String number = s.requiredText(MailReview.Vars.PLAN_NUMBER, "số kế hoạch (ví dụ \"477/KH-LĐLĐ\")",
        DialogueTextRules.RULES.maxLength(MailReview.Vars.PLAN_NUMBER));
    LocalDate issuedOn = s.requiredDate(MailReview.Vars.ISSUED_ON, "ngày ban hành kế hoạch");
    s.requiredChoice(MailReview.Vars.TOPIC, "nhóm nội dung kiến nghị", PetitionTopic.class);
    if (union == null || number == null || issuedOn == null) {
      return null;
    }
    Conference conference = conferences.forUnion(number, issuedOn.getYear(), union).orElse(null);
    String district = s.raw(MailReview.Vars.REVIEW_DISTRICT) instanceof String d ? d : null;
    if (conference == null) {
      s.violation(MailReview.Vars.UNION, "Kế hoạch số " + Submission.quote(number) + " năm " + issuedOn.getYear()
          + " không gửi tới công đoàn cơ sở '" + Submission.quote(union) + "'; hãy kiểm tra số kế hoạch, ngày ban "
          + "hành và mã công đoàn cơ sở.");
    } else if (district != null && !district.equals(conference.plan().districtCode())) {
      s.violation(MailReview.Vars.PLAN_NUMBER, "Kế hoạch này không phải của LĐLĐ '" + district + "', đơn vị xem "
          + "xét thư.");
      return null;
    }
    return conference;
  }
}
