package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * {@code ServiceTask_SendAnswersToUnions} (asynchronous, in a loop until every union is done): queues the answers
 * mail of the next batch of unions, one {@code notification-mail} each. The batch and the counter
 * ({@code unionsAnswered}) commit together, so a failed job queues nothing and its retry the same unions again: each
 * union gets its mail exactly once, and a district of 2,000 unions is 20 short jobs, never one that queues 2,000
 * mails. A union that sent no petition gets no mail: it has nothing to read.
 */
@Component
public class SendAnswersToUnionsDelegate implements JavaDelegate {

  private final UnionAnswers answers;
  private final UnionAnswerMails mails;
  private final Notifications notifications;
  private final OrganizationDirectory organization;
  private final int batchSize;

  SendAnswersToUnionsDelegate(UnionAnswers answers, UnionAnswerMails mails, Notifications notifications,
                              OrganizationDirectory organization,
                              @Value("${phoihop.dialogue.answers-batch-size:100}") int batchSize) {
    this.answers = answers;
    this.mails = mails;
    this.notifications = notifications;
    this.organization = organization;
    this.batchSize = Math.max(1, batchSize);
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> unions = Vars.GRASSROOTS_UNITS.required(execution);
    int from = Afterwards.Vars.UNIONS_ANSWERED.optional(execution).orElse(0);
    int to = Math.min(unions.size(), from + batchSize);
    PlanId plan = ConferencePlans.plan(execution);
    Map<String, List<AnsweredPetition>> byUnion = answers.of(plan, unions.subList(from, to));
    byUnion.forEach((code, petitions) -> {
      if (!petitions.isEmpty()) {
        organization.grassrootsUnit(code).ifPresent(union -> notifications.requestMail(
            mails.mail(execution.getProcessInstanceId(), plan, union, petitions)));
      }
    });
    Afterwards.Vars.UNIONS_ANSWERED.set(execution, to);
    Afterwards.Vars.ALL_UNIONS_ANSWERED.set(execution, to >= unions.size());
  }
}
