package vn.org.congdoanhanoi.phoihop.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.followup.NotificationEnginePlugin;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.notification.MailFormats;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.Matter;
import vn.org.congdoanhanoi.phoihop.notification.NotificationSettings;
import vn.org.congdoanhanoi.phoihop.notification.NotificationWorker;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.notification.Recipients;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * Added to every user task of every process by {@link NotificationEnginePlugin} ("create" event): gives the task
 * its default due and follow-up dates ({@link TaskDeadlines}), then asks for a mail to the unit's mailbox and the
 * members of the candidate groups (and candidate users, assignee) with the task, the matter, the due date and a
 * link that opens the task in Tasklist. The mail itself is sent later by {@link NotificationWorker}.
 */
@Component
@RequiredArgsConstructor
public class TaskCreatedNotifier implements TaskListener {

  static final String TEMPLATE = "task-created";

  private final TaskDeadlines deadlines;
  private final Recipients recipients;
  private final Notifications notifications;
  private final NotificationSettings settings;
  private final OrganizationDirectory organization;

  /** The idempotency key (and Message-ID) of a task's mail. */
  public static String idempotencyKey(String taskId) {
    return "task-created." + taskId;
  }

  @Override
  public void notify(DelegateTask task) {
    deadlines.applyDefaults(task);
    Context.getCommandContext().runWithoutAuthorization(() -> {
      notifications.requestMail(mailFor(task));
      return null;
    });
  }

  MailRequest mailFor(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    Matter matter = Matter.of(task, organization);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("addressees", groups.stream().map(g -> recipients.groupName(identity, g)).toList());
    model.put("taskName", task.getName());
    model.put("description", task.getDescription());
    model.put("processName", ((ExecutionEntity) task.getExecution()).getProcessDefinition().getName());
    model.put("documentNumber", matter.documentNumber());
    model.put("subject", matter.subject());
    model.put("unitName", matter.unitName());
    model.put("dueDate", MailFormats.date(task.getDueDate()));
    model.put("followUpDate", MailFormats.date(task.getFollowUpDate()));
    model.put("taskLink", settings.taskLink(task.getId()));
    String subject = "Công việc mới: " + task.getName()
        + (matter.documentNumber() == null ? "" : " (" + matter.documentNumber() + ")");
    return MailRequest.of(TEMPLATE, idempotencyKey(task.getId()), recipients.addresses(identity, groups, users),
        subject, model);
  }
}
