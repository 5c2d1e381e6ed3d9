package vn.org.congdoanhanoi.phoihop.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.org.congdoanhanoi.phoihop.EngineActions;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;

/**
 * The test driver of the directive family: acts as the recipients' and the issuer's demo users (their groups, so
 * authorizations apply) and plays the job executor one job at a time; timers are fired, never slept through.
 */
public final class DirectiveDriver {

  private final ProcessEngine engine;
  private final String documentNumber;

  public DirectiveDriver(ProcessEngine engine, String documentNumber) {
    this.engine = engine;
    this.documentNumber = documentNumber;
  }

  /** One item of a directive's {@code items} (REST contract). */
  public static Map<String, Object> item(String code, String title, String deadline, List<String> recipients) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("code", code);
    item.put("title", title);
    item.put(DirectiveDuty.Vars.DEADLINE.name(), deadline);
    item.put("recipients", recipients);
    return item;
  }

  /** The items as the JSON text of the REST contract. */
  @SafeVarargs
  public static String items(Map<String, Object>... items) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(items));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A directive's start values as other systems send them; items as JSON text. */
  public static Map<String, Object> letter(String number, String issuedOn, String issuer, String itemsJson) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(Directive.Vars.DOCUMENT_NUMBER.name(), number);
    vars.put(Directive.Vars.ISSUED_ON.name(), issuedOn);
    vars.put(Directive.Vars.ISSUER.name(), issuer);
    vars.put(Directive.Vars.SUBJECT.name(), "Tăng cường lãnh đạo, chỉ đạo hoạt động của tổ chức Công đoàn");
    vars.put(Directive.Vars.ITEMS.name(), itemsJson);
    return vars;
  }

  /** The REST form of {@link #letter}: items as a Json variable. */
  public static Map<String, Object> restLetter(Map<String, Object> letter) {
    Map<String, Object> rest = new LinkedHashMap<>();
    letter.forEach((name, value) -> rest.put(name, name.equals(Directive.Vars.ITEMS.name())
        ? Map.of("value", value, "type", "Json") : Map.of("value", value, "type", "String")));
    return Map.of("variables", rest);
  }

  public ProcessInstance directive() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Directive.KEY)
        .processInstanceBusinessKey(documentNumber).singleResult();
  }

  public ProcessInstance duty(String unitCode, String itemCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveDuty.KEY)
        .processInstanceBusinessKey(DirectiveDuty.businessKey(documentNumber, unitCode, itemCode)).singleResult();
  }

  public ProcessInstance followUp(ProcessInstance duty) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(duty.getId()).singleResult();
  }

  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = task(instance, taskKey);
    EngineActions.as(engine, user, () -> {
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
    runJobs();
  }

  /** Runs the directive's asynchronous steps (its duties' starts, the summary) until none is left. */
  public void runJobs() {
    ManagementService management = engine.getManagementService();
    ProcessInstance directive = directive();
    if (directive == null) {
      return;
    }
    for (int round = 0; round < 200; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(directive.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** The item's deadline passes for this recipient: reminders, then the city office's "Đôn đốc" task. */
  public Task deadlinePasses(ProcessInstance duty) {
    ManagementService management = engine.getManagementService();
    ProcessInstance followUp = followUp(duty);
    for (int i = 0; i < 5; i++) {
      List<Task> late = engine.getTaskService().createTaskQuery().processInstanceId(followUp.getId())
          .taskDefinitionKey(DeadlineFollowUp.Elements.FOLLOW_UP).list();
      if (!late.isEmpty()) {
        return late.get(0);
      }
      management.createJobQuery().processInstanceId(followUp.getId()).timers().list()
          .forEach(job -> management.executeJob(job.getId()));
      runJobs();
    }
    throw new AssertionError("No follow-up task after the deadline");
  }
}
