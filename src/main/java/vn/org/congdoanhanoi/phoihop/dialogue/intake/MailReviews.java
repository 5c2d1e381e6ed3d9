package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail;
import vn.org.congdoanhanoi.phoihop.records.inbox.Outcome;

/** Opens a {@link MailReview} for a mail the intake cannot place, in the intake's transaction. */
@Component
@RequiredArgsConstructor
class MailReviews {

  /** Camunda keeps a String variable of at most 4,000 characters. */
  private static final int SHORT_TEXT = 4000;

  /** Working days a federation has to review a mail. */
  static final int REVIEW_WORKING_DAYS = 2;

  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;

  /**
   * @param district the district whose federation reviews, or {@code null} for the city office
   * @param reason why the mail needs a person, in Vietnamese
   */
  Outcome open(IncomingMail mail, String district, String reason) {
    MailContent content = MailContent.of(mail);
    Map<String, Object> vars = new HashMap<>();
    MailReview.Vars.MESSAGE_ID.putInto(vars, mail.messageId());
    MailReview.Vars.SENDER.putInto(vars, mail.sender() == null ? "(không rõ)" : mail.sender());
    MailReview.Vars.SUBJECT.putInto(vars, mail.subject() == null ? "" : mail.subject());
    MailReview.Vars.TEXT.putInto(vars, content.text());
    MailReview.Vars.REASON.putInto(vars, cut(reason));
    MailReview.Vars.REVIEW_GROUP.putInto(vars, district == null ? Groups.CITY_OFFICE : Groups.federation(district));
    if (district != null) {
      MailReview.Vars.REVIEW_DISTRICT.putInto(vars, district);
    }
    MailReview.Vars.TOPIC.putInto(vars, MailTopics.of(mail.subject(), mail.text()));
    LocalDate arrived = mail.receivedAt().atZone(ProcessVariables.ZONE).toLocalDate();
    MailReview.Vars.DUE_AT.putInto(vars, TaskDeadlines.endOf(calendar.plusWorkingDays(arrived, REVIEW_WORKING_DAYS))
        .toInstant().atZone(ProcessVariables.ZONE).toOffsetDateTime());
    if (!content.files().isEmpty()) {
      MailReview.Vars.FILES.putInto(vars, Variables.fileValue("tep-dinh-kem.zip")
          .file(MailContent.archive(content.files())).mimeType("application/zip").create());
      MailReview.Vars.FILE_TYPES.putInto(vars, content.files().stream()
          .map(file -> file.contentType()).toList());
    }
    ProcessInstance review = runtime.startProcessInstanceByKey(MailReview.KEY, mail.messageId(), vars);
    return Outcome.needsReview(reason, "xem xét thư " + review.getId());
  }

  private static String cut(String text) {
    return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
  }
}
