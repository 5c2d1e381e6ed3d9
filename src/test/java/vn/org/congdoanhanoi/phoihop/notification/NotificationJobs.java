package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Finds one notification (a {@code notification-mail} or {@code notification-webhook} instance, business key =
 * idempotency key) and delivers it now, in the test's thread, exactly as {@link NotificationWorker} would; a retry
 * that would wait minutes is made due at once.
 */
public final class NotificationJobs {

  private final ProcessEngine engine;
  private final NotificationWorker worker;

  public NotificationJobs(ProcessEngine engine) {
    this.engine = engine;
    // The engine's artifact factory is Spring's: it hands out the application's bean.
    this.worker = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getArtifactFactory()
        .getArtifact(NotificationWorker.class);
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

  /** The delivery step of the notification, waiting for the worker. */
  public ExternalTask task(ProcessInstance instance) {
    List<ExternalTask> tasks = engine.getExternalTaskService().createExternalTaskQuery()
        .processInstanceId(instance.getId()).list();
    assertThat(tasks).as("delivery of %s", instance.getBusinessKey()).hasSize(1);
    return tasks.get(0);
  }

  /** One delivery attempt now; empty when delivered, else the attempt's failure message. */
  public Optional<String> deliver(ProcessInstance instance) {
    ExternalTask task = task(instance);
    if (task.getLockExpirationTime() != null) {
      // Waiting for its next try (R3/PT5M): the test does not wait five minutes.
      engine.getExternalTaskService().unlock(task.getId());
    }
    return worker.deliverNow(instance.getBusinessKey());
  }

  /** Sends the mail now; returns the Message-ID it was sent with. */
  public String sendMail(String idempotencyKey) {
    ProcessInstance instance = mail(idempotencyKey);
    assertThat(deliver(instance)).as("mail %s sent", idempotencyKey).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("mail %s sent", idempotencyKey).isZero();
    return ReceivedMail.messageIdOf(idempotencyKey);
  }

  /** Sends every queued mail whose key starts with the prefix. */
  public void sendMails(String keyPrefix) {
    mails(keyPrefix).forEach(this::deliver);
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
