package vn.org.congdoanhanoi.phoihop.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Everything the {@code http-connector} call of {@code ServiceTask_PostWebhook} needs ({@link PostWebhookTopic}):
 * the URL, headers, JSON body and timeouts, and the check of the answer.
 */
@Component("webhooks")
@RequiredArgsConstructor
public class Webhooks {

  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  static final String EVENT_HEADER = "X-Phoihop-Event";

  private final NotificationSettings settings;

  /** Read when the job runs: fixing a wrong URL and restarting makes a retry go to the right place. */
  public String url() {
    if (!settings.webhooksEnabled()) {
      throw new IllegalStateException("Chưa cấu hình địa chỉ nhận thông báo (PHOIHOP_WEBHOOK_URL); cấu hình rồi bấm "
          + "Thử lại trong Cockpit.");
    }
    return settings.webhookUrl();
  }

  public Map<String, String> headers(String event, String idempotencyKey) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=UTF-8");
    headers.put("Accept", "application/json");
    headers.put(IDEMPOTENCY_HEADER, idempotencyKey);
    headers.put(EVENT_HEADER, event);
    return headers;
  }

  /** The body was fixed when the event happened ({@link #envelope}); a retry posts exactly the same JSON. */
  public String body(String payload) {
    if (payload == null) {
      throw new IllegalStateException("Thiếu nội dung thông báo ("
          + NotificationWebhook.Vars.PAYLOAD.name() + ")");
    }
    return payload.toString();
  }

  /** The envelope every receiver gets: event, eventId (the idempotency key), when it happened, and its data. */
  static String envelope(String event, String idempotencyKey, Object data, OffsetDateTime occurredAt) {
    ObjectNode body = MailRequest.JSON.createObjectNode();
    body.put("event", event);
    body.put("eventId", idempotencyKey);
    body.put("occurredAt", occurredAt.withNano(0).toString());
    body.set("data", MailRequest.JSON.valueToTree(data));
    try {
      return MailRequest.JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Timeouts of Apache HttpClient 4.5 (milliseconds), well under the worker's lock on the task (30 s), so a hanging
   * receiver fails the attempt before another node could take the event over.
   */
  public Map<String, Object> requestConfig() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("connection-timeout", settings.webhookConnectTimeoutMillis());
    config.put("connection-request-timeout", settings.webhookConnectTimeoutMillis());
    config.put("socket-timeout", settings.webhookSocketTimeoutMillis());
    return config;
  }

  /** Fails the job on any status from 300 up, with a message an operator can act on; returns the status. */
  public int checkStatus(Integer statusCode, String response, String event, String idempotencyKey) {
    int status = statusCode == null ? 0 : statusCode;
    if (status < 200 || status >= 300) {
      String answer = response == null ? "" : response.strip();
      if (answer.length() > 300) {
        answer = answer.substring(0, 300) + "…";
      }
      throw new WebhookRejectedException("Hệ thống nhận thông báo trả lời lỗi HTTP " + status + " cho sự kiện "
          + event + " (" + idempotencyKey + ")"
          + (answer.isEmpty() ? "" : ": " + answer)
          + ". Khi hệ thống nhận đã sửa xong, bấm Thử lại trong Cockpit; chỉ thông báo này được gửi lại.");
    }
    return status;
  }

  /** The receiver answered with an error status; the job fails and is retried. */
  public static class WebhookRejectedException extends RuntimeException {
    WebhookRejectedException(String message, Throwable cause) {
      super(message, cause);
    }

    WebhookRejectedException(String message) {
      super(message);
    }
  }
}
