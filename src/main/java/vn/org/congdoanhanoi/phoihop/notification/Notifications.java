package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Asks for a mail or a webhook call, in the caller's transaction, so the notification exists exactly when the step
 * that caused it commits; {@link NotificationWorker} delivers it afterwards, on threads of its own. A mail is a row
 * of the outbox ({@link MailOutbox}: no engine instance, sent in batches); a webhook call starts one instance of
 * {@code notification-webhook}.
 *
 * <p>Runs without authorization checks: the user whose action creates a task (and thereby a mail) is not allowed,
 * and need not be allowed, to start the notification processes.
 */
@Component("notifications")
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final NotificationSettings settings;
  private final EngineClock clock;
  private final NotificationSignals signals;
  private final MailOutbox outbox;

  Notifications(@Lazy ProcessEngineConfigurationImpl engineConfiguration, NotificationSettings settings,
                EngineClock clock, NotificationSignals signals, MailOutbox outbox) {
    this.engineConfiguration = engineConfiguration;
    this.settings = settings;
    this.clock = clock;
    this.signals = signals;
    this.outbox = outbox;
  }

  /** Queues the mail; a mail without any recipient is dropped with a warning (nobody to tell). */
  public void requestMail(MailRequest request) {
    if (request.to().isEmpty()) {
      LOG.warn("Mail {} has no recipient with an address; not sent", request.idempotencyKey());
      return;
    }
    if (!settings.mailEnabled()) {
      LOG.info("Mail switched off (PHOIHOP_MAIL_ENABLED=false); would send '{}' to {}", request.subject(), request.to());
      return;
    }
    inTransaction(MailOutbox.SIGNAL, () -> outbox.queue(request));
  }

  /** Queues the webhook call; nothing when no receiver is configured (PHOIHOP_WEBHOOK_URL). */
  /**
   * When each mail whose idempotency key starts with {@code keyPrefix} was queued, by key: what a family shows as
   * "sent" (a union's answers mail) without reading the outbox itself.
   */
  public Map<String, Instant> mailsQueued(String keyPrefix) {
    return outbox.queuedAt(keyPrefix);
  }

  public void requestWebhook(String event, String idempotencyKey, Map<String, Object> payload) {
    if (!settings.webhooksEnabled()) {
      LOG.debug("No webhook receiver configured; event {} {} not posted", event, idempotencyKey);
      return;
    }
    String json = Webhooks.envelope(event, idempotencyKey, payload, clock.offsetNow());
    Map<String, Object> variables = new HashMap<>();
    NotificationWebhook.Vars.EVENT.putInto(variables, event);
    NotificationWebhook.Vars.IDEMPOTENCY_KEY.putInto(variables, idempotencyKey);
    NotificationWebhook.Vars.PAYLOAD.putInto(variables, json);
    start(NotificationWebhook.Messages.WEBHOOK_REQUESTED, NotificationWebhook.TOPIC, idempotencyKey, variables);
  }

  private void start(String message, String topic, String businessKey, Map<String, Object> variables) {
    inTransaction(topic, () -> engineConfiguration.getRuntimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey)
        .setVariables(Variables.fromMap(variables))
        .correlateStartMessage());
  }

  /** Inside a running command (listener, delegate) this joins its transaction; outside it opens one. */
  private void inTransaction(String signal, Runnable request) {
    Command<Void> command = commandContext -> commandContext.runWithoutAuthorization(() -> {
      request.run();
      commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> signals.wake(signal));
      return null;
    });
    engineConfiguration.getCommandExecutorTxRequired().execute(command);
  }
}
