package vn.org.congdoanhanoi.phoihop.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Where a queued mail goes when its tries are spent: an instance of {@code notification-mail} whose delivery step
 * has no tries left, i.e. an incident in Cockpit ("Gửi thư thông báo") with the last failure's message and stack
 * trace, the mail request as its JSON variable, and "Thử lại" that sends it through {@link SendMailTopic} (only to
 * the recipients the ledger does not show as SENT). So only a failing mail costs an engine instance, and failures
 * are found and retried where operators already look.
 */
@Component
class MailIncidents {

  private final ProcessEngineConfigurationImpl engineConfiguration;

  MailIncidents(@Lazy ProcessEngineConfigurationImpl engineConfiguration) {
    this.engineConfiguration = engineConfiguration;
  }

  /**
   * Starts the instance with its incident, in the caller's transaction (the outbox marks the mail FAILED in the
   * same one, so a mail is never both waiting and an incident).
   *
   * @return the instance's id
   */
  String open(MailRequest request, String message, String details) {
    Command<String> command = commandContext -> commandContext.runWithoutAuthorization(() -> {
      Map<String, Object> variables = NotificationMail.Vars.MAIL_REQUEST.putInto(new HashMap<>(), request.toJson());
      ProcessInstance instance = commandContext.getProcessEngineConfiguration().getRuntimeService()
          .createMessageCorrelation(NotificationMail.Messages.MAIL_REQUESTED)
          .processInstanceBusinessKey(request.idempotencyKey())
          .setVariables(Variables.fromMap(variables))
          .correlateStartMessage();
      // The delivery step was created in this command and is not in the database yet: take it from the cache.
      commandContext.getDbEntityManager().getCachedEntitiesByType(ExternalTaskEntity.class).stream()
          .filter(task -> instance.getId().equals(task.getProcessInstanceId()))
          .forEach(task -> task.failed(message, details, 0, 0, Map.of(), Map.of()));
      return instance.getId();
    });
    return engineConfiguration.getCommandExecutorTxRequired().execute(command);
  }
}
