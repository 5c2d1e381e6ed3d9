package vn.org.congdoanhanoi.phoihop.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.platform.Variables;

/** {@code ServiceTask_SendMail} (asynchronous, retried): sends the mail this instance was started for. */
@Component
class SendMailDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  SendMailDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.send(MailRequest.fromJson(Variables.requiredText(execution, NotificationMail.Vars.MAIL_REQUEST)));
  }
}
