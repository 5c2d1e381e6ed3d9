package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.MailFormats;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.Matter;
import vn.org.congdoanhanoi.phoihop.notification.NotificationSettings;
import vn.org.congdoanhanoi.phoihop.notification.Recipients;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * The reminder and the formal reminder letter of {@code deadline-follow-up}, addressed to the unit: the groups of
 * the tasks open in the watched process (its people and the unit's mailbox), or the unit's federation when none is
 * open; the letter also goes to the Party committee, which leads the unit. Both list the open tasks with links.
 */
@Component
@RequiredArgsConstructor
class LateUnitMails {

  private final Recipients recipients;
  private final NotificationSettings settings;
  private final OrganizationDirectory organization;

  MailRequest reminder(DelegateExecution execution, int workingDaysBefore, LocalDate deadline, int workingDaysLeft) {
    Map<String, Object> model = model(execution, deadline);
    model.put("workingDaysLeft", workingDaysLeft);
    Matter matter = Matter.of(execution, organization);
    String subject = "Nhắc hạn: còn " + workingDaysLeft + " ngày làm việc"
        + (matter.documentNumber() == null ? "" : " (" + matter.documentNumber() + ")") + ", hạn "
        + MailFormats.date(deadline);
    String key = "deadline-reminder." + execution.getProcessInstanceId() + "." + deadline + "." + workingDaysBefore;
    return MailRequest.of("deadline-reminder", key, addresses(execution, false), subject, model);
  }

  MailRequest letter(DelegateExecution execution, LocalDate deadline, LocalDate today, String note) {
    Map<String, Object> model = model(execution, deadline);
    model.put("today", MailFormats.date(today));
    model.put("note", note);
    String unitCode = DeadlineFollowUp.Vars.UNIT_CODE.orNull(execution);
    model.put("partyCommitteeName", unitCode == null ? null
        : organization.unit(unitCode).map(Unit::partyCommitteeName).orElse(null));
    Matter matter = Matter.of(execution, organization);
    String subject = "Công văn đôn đốc: " + (matter.unitName() == null ? "" : matter.unitName() + " ")
        + "chưa hoàn thành đúng hạn " + MailFormats.date(deadline)
        + (matter.documentNumber() == null ? "" : " (" + matter.documentNumber() + ")");
    String key = "follow-up-letter." + execution.getActivityInstanceId().replaceAll("[^A-Za-z0-9._-]", "-");
    return MailRequest.of("follow-up-letter", key, addresses(execution, true), subject, model);
  }

  private Map<String, Object> model(DelegateExecution execution, LocalDate deadline) {
    Matter matter = Matter.of(execution, organization);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("unitName", matter.unitName() == null ? "Đơn vị" : matter.unitName());
    model.put("documentNumber", matter.documentNumber());
    model.put("subject", matter.subject());
    model.put("deadline", MailFormats.date(deadline));
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (Task task : openTasks(execution)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", task.getName());
      item.put("due", MailFormats.date(task.getDueDate()));
      item.put("link", settings.taskLink(task.getId()));
      tasks.add(item);
    }
    model.put("tasks", tasks);
    return model;
  }

  private List<String> addresses(DelegateExecution execution, boolean withPartyCommittee) {
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (Task task : openTasks(execution)) {
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      if (task.getAssignee() != null) {
        users.add(task.getAssignee());
      }
    }
    String unitCode = DeadlineFollowUp.Vars.UNIT_CODE.orNull(execution);
    if (unitCode != null && (groups.isEmpty() || withPartyCommittee)) {
      groups.add(Groups.federation(unitCode));
    }
    if (unitCode != null && withPartyCommittee) {
      groups.add(Groups.partyCommittee(unitCode));
    }
    return recipients.addresses(identity, groups, users);
  }

  /** Open tasks of the watched process (the caller), not of this follow-up itself. */
  private List<Task> openTasks(DelegateExecution execution) {
    ExecutionEntity watch = ((ExecutionEntity) execution).getProcessInstance();
    ExecutionEntity caller = watch.getSuperExecution();
    if (caller == null) {
      return List.of();
    }
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(caller.getProcessInstanceId()).active().orderByTaskCreateTime().asc().list();
  }
}
