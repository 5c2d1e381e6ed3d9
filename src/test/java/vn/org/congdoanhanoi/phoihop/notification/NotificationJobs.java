package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Finds and runs the job that delivers one notification (a {@code notification-mail} or
 * {@code notification-webhook} instance, business key = idempotency key), as the job executor would.
 */
public final class NotificationJobs {

  private final ProcessEngine engine;

  public NotificationJobs(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance mail(String idempotencyKey) {
    return instance(NotificationMail.KEY, idempotencyKey);
  }

  public ProcessInstance webhook(String idempotencyKey) {
    return instance(NotificationWebhook.KEY, idempotencyKey);
  }

  public List<ProcessInstance> mails(String keyPrefix) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationMail.KEY)
        .processInstanceBusinessKeyLike(keyPrefix + "%").list();
  }

  public Job job(ProcessInstance instance) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    assertThat(jobs).as("delivery job of %s", instance.getBusinessKey()).hasSize(1);
    return jobs.get(0);
  }

  /** Sends the mail now; returns the Message-ID it was sent with. */
  public String sendMail(String idempotencyKey) {
    ProcessInstance instance = mail(idempotencyKey);
    engine.getManagementService().executeJob(job(instance).getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("mail %s sent", idempotencyKey).isZero();
    return ReceivedMail.messageIdOf(idempotencyKey);
  }

  /** Sends every queued mail whose key starts with the prefix. */
  public void sendMails(String keyPrefix) {
    mails(keyPrefix).forEach(i -> engine.getManagementService().executeJob(job(i).getId()));
  }

  public Map<String, Object> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  private ProcessInstance instance(String key, String businessKey) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance).as("%s %s", key, businessKey).isNotNull();
    return instance;
  }
}
