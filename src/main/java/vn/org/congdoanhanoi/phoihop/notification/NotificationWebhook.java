package vn.org.congdoanhanoi.phoihop.notification;

import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code notification-webhook} (bpmn/notification-webhook.bpmn): one instance per event that other systems
 * care about (a ceremony scheduled, a regulation signed, a report ready). Its step is an external task that
 * {@link NotificationWorker} serves: it posts the event as JSON through Camunda Connect's {@code http-connector},
 * with retries; an error status fails the attempt, and spent tries show as an incident of this instance.
 * Business key: the event's idempotency key.
 */
public final class NotificationWebhook {

  public static final String KEY = "notification-webhook";

  /** External-task topic of the delivery step, served by {@link NotificationWorker}. */
  public static final String TOPIC = "phoihop-webhook";

  public static final class Vars {
    /** The event's type, e.g. {@code ceremony.scheduled}. */
    public static final ProcessVariable<String> EVENT = ProcessVariables.text("webhookEvent");
    /** Sent as the {@code Idempotency-Key} header and as {@code eventId} in the body. */
    public static final ProcessVariable<String> IDEMPOTENCY_KEY = ProcessVariables.text("webhookKey");
    /** The event's data (JSON), computed when the event happened. */
    public static final ProcessVariable<String> PAYLOAD = ProcessVariables.json("webhookPayload");
    /** The status the receiver answered, set when the event was delivered. */
    public static final ProcessVariable<Integer> RESPONSE_STATUS = ProcessVariables.integer("webhookResponseStatus");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_WebhookRequested";
    public static final String POST = "ServiceTask_PostWebhook";
    public static final String END = "EndEvent_WebhookDelivered";

    private Elements() {}
  }

  public static final class Messages {
    public static final String WEBHOOK_REQUESTED = "Message_WebhookRequested";

    private Messages() {}
  }

  /** Event types, as other systems see them. */
  public static final class Events {
    public static final String CEREMONY_SCHEDULED = "ceremony.scheduled";
    public static final String REGULATION_SIGNED = "regulation.signed";
    public static final String REPORT_READY = "report.ready";

    private Events() {}
  }

  private NotificationWebhook() {}
}
