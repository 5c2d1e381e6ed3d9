package vn.org.congdoanhanoi.phoihop.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.HttpRequest;
import org.camunda.connect.httpclient.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PostWebhook} of {@code notification-webhook}: posts the event through Camunda Connect's
 * {@code http-connector} with the timeouts of {@link Webhooks#requestConfig()}; any status from 300 up fails the
 * attempt ({@link Webhooks#checkStatus}).
 */
@Component
class PostWebhookTopic implements NotificationTopic {

  private final Webhooks webhooks;
  private final int threads;

  PostWebhookTopic(Webhooks webhooks, @Value("${phoihop.notification.worker.webhook-threads:2}") int threads) {
    this.webhooks = webhooks;
    this.threads = threads;
  }

  @Override
  public String topic() {
    return NotificationWebhook.TOPIC;
  }

  @Override
  public List<String> variables() {
    return List.of(NotificationWebhook.Vars.EVENT.name(), NotificationWebhook.Vars.IDEMPOTENCY_KEY.name(),
        NotificationWebhook.Vars.PAYLOAD.name());
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public Map<String, Object> deliver(LockedExternalTask task, Runnable keepLock) {
    Map<String, Object> variables = task.getVariables();
    String event = NotificationWebhook.Vars.EVENT.orNull(variables);
    String key = NotificationWebhook.Vars.IDEMPOTENCY_KEY.orNull(variables);
    String url = webhooks.url();
    HttpConnector connector = Connectors.getConnector(HttpConnector.ID);
    HttpRequest request = connector.createRequest().url(url).post()
        .payload(webhooks.body(NotificationWebhook.Vars.PAYLOAD.orNull(variables)));
    webhooks.headers(event, key).forEach(request::header);
    webhooks.requestConfig().forEach(request::configOption);
    keepLock.run();
    HttpResponse response;
    try {
      response = request.execute();
    } catch (RuntimeException e) {
      throw new Webhooks.WebhookRejectedException("Không gửi được thông báo " + event + " (" + key + ") tới " + url
          + ": " + MailDelivery.causeOf(e) + ". Kiểm tra hệ thống nhận (PHOIHOP_WEBHOOK_URL) rồi bấm Thử lại trong "
          + "Cockpit; chỉ thông báo này được gửi lại.", e);
    }
    try {
      int status = webhooks.checkStatus(response.getStatusCode(), response.getResponse(), event, key);
      return NotificationWebhook.Vars.RESPONSE_STATUS.putInto(new HashMap<>(), status);
    } finally {
      response.close();
    }
  }
}
