package vn.org.congdoanhanoi.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.ArtifactFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Finds one notification and delivers it now, in the test's thread, exactly as {@link NotificationWorker} would; a
 * retry that would wait minutes is made due at once. A notification is a mail waiting in the outbox (shown as a
 * {@link ProcessInstance} whose id is its outbox row and whose business key is its idempotency key, so tests
 * written when every mail was an instance read the same), or a {@code notification-mail} (a mail whose tries were
 * spent, or from before the outbox) or {@code notification-webhook} instance, business key = idempotency key.
 */
public final class NotificationJobs {

  private final ProcessEngine engine;
  private final NotificationWorker worker;
  private final MailOutbox outbox;

  public NotificationJobs(ProcessEngine engine) {
    this.engine = engine;
    // The engine's artifact factory is Spring's: it hands out the application's bean.
    ArtifactFactory beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getArtifactFactory();
    this.worker = beans.getArtifact(NotificationWorker.class);
    this.outbox = beans.getArtifact(MailOutbox.class);
  }

  /** A mail waiting in the outbox, seen as the instance it would have been before the outbox. */
  record QueuedMail(String getId, String getBusinessKey, String request) implements ProcessInstance {
    @Override
    public String getProcessDefinitionId() {
      return null;
    }

    @Override
    public String getRootProcessInstanceId() {
      return getId;
    }

    @Override
    public String getCaseInstanceId() {
      return null;
    }

    @Override
    public boolean isSuspended() {
      return false;
    }

    @Override
    public boolean isEnded() {
      return false;
    }

    @Override
    public String getProcessInstanceId() {
      return getId;
    }

    @Override
    public String getTenantId() {
      return null;
    }

    @Override
    public String getProcessDefinitionKey() {
      return NotificationMail.KEY;
    }
  }

  /** The mail with this key still to be sent: waiting in the outbox, or an instance (its incident, its retry). */
  public ProcessInstance mail(String idempotencyKey) {
    List<ProcessInstance> queued = queued(idempotencyKey).stream()
        .filter(mail -> mail.getBusinessKey().equals(idempotencyKey)).toList();
    if (!queued.isEmpty()) {
      assertThat(queued).as("mail %s", idempotencyKey).hasSize(1);
      return queued.get(0);
    }
    return instance(NotificationMail.KEY, idempotencyKey);
  }

  public ProcessInstance webhook(String idempotencyKey) {
    return instance(NotificationWebhook.KEY, idempotencyKey);
  }

  /** Every mail still to be sent whose key starts with the prefix: the outbox's, then the instances'. */
  public List<ProcessInstance> mails(String keyPrefix) {
    List<ProcessInstance> mails = new ArrayList<>(queued(keyPrefix));
    mails.addAll(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationMail.KEY)
        .processInstanceBusinessKeyLike(keyPrefix + "%").list());
    return mails;
  }

  /** Drops every mail still to be sent whose key starts with the prefix (a test's leftovers, sent to nobody). */
  public void discardMails(String keyPrefix) {
    for (ProcessInstance mail : mails(keyPrefix)) {
      if (mail instanceof QueuedMail queued) {
        outbox.discard(queued.getId());
      } else {
        engine.getRuntimeService().deleteProcessInstance(mail.getId(), "test over");
      }
    }
  }

  /** The delivery step of a mail instance (an incident's) or a webhook's, waiting for the worker. */
  public ExternalTask task(ProcessInstance instance) {
    List<ExternalTask> tasks = engine.getExternalTaskService().createExternalTaskQuery()
        .processInstanceId(instanceOf(instance).getId()).list();
    assertThat(tasks).as("delivery of %s", instance.getBusinessKey()).hasSize(1);
    return tasks.get(0);
  }

  /** One delivery attempt now; empty when delivered, else the attempt's failure message. */
  public Optional<String> deliver(ProcessInstance instance) {
    if (queued(instance.getBusinessKey()).stream().anyMatch(m -> m.getBusinessKey().equals(instance.getBusinessKey()))) {
      return worker.deliverNow(instance.getBusinessKey());
    }
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
    assertThat(mails(idempotencyKey).stream().filter(mail -> mail.getBusinessKey().equals(idempotencyKey)))
        .as("mail %s sent", idempotencyKey).isEmpty();
    return ReceivedMail.messageIdOf(idempotencyKey);
  }

  /** Sends every queued mail whose key starts with the prefix. */
  public void sendMails(String keyPrefix) {
    mails(keyPrefix).forEach(this::deliver);
  }

  /** The instance's variables; a queued mail has one, its request, as its instance had. */
  public Map<String, Object> variables(ProcessInstance instance) {
    if (instance instanceof QueuedMail queued) {
      return Map.of(NotificationMail.Vars.MAIL_REQUEST.name(), queued.request());
    }
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  private List<ProcessInstance> queued(String keyPrefix) {
    return outbox.waiting(keyPrefix).stream()
        .<ProcessInstance>map(mail -> new QueuedMail(mail.id(), mail.mailKey(), mail.request().toJson())).toList();
  }

  /** The engine's instance behind a mail that was queued when the test found it (its tries are spent by now). */
  private ProcessInstance instanceOf(ProcessInstance mail) {
    return mail instanceof QueuedMail ? instance(NotificationMail.KEY, mail.getBusinessKey()) : mail;
  }

  private ProcessInstance instance(String key, String businessKey) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance).as("%s %s", key, businessKey).isNotNull();
    return instance;
  }
}
