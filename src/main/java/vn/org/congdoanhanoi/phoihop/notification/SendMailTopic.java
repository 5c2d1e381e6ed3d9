package vn.org.congdoanhanoi.phoihop.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;

/** {@code ServiceTask_SendMail} of {@code notification-mail}: sends the mail the instance was started for. */
@Component
class SendMailTopic implements NotificationTopic {

  private final MailDelivery delivery;
  private final int threads;

  SendMailTopic(MailDelivery delivery, @Value("${phoihop.notification.worker.mail-threads:4}") int threads) {
    this.delivery = delivery;
    this.threads = threads;
  }

  @Override
  public String topic() {
    return NotificationMail.TOPIC;
  }

  @Override
  public List<String> variables() {
    return List.of(NotificationMail.Vars.MAIL_REQUEST.name());
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public Map<String, Object> deliver(LockedExternalTask task, Runnable keepLock) {
    ProcessVariable<String> mail = NotificationMail.Vars.MAIL_REQUEST;
    String request = mail.optional(task.getVariables())
        .orElseThrow(() -> new IllegalStateException("Thiếu nội dung thư (biến " + mail.name() + ")"));
    delivery.send(MailRequest.fromJson(request), keepLock);
    return Map.of();
  }
}
