package vn.org.congdoanhanoi.phoihop.notification;

import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * Process {@code notification-mail} (bpmn/notification-mail.bpmn): one instance per mail. Started by message from
 * any process (task created, invitation, reminder, letter); its only real step is an external task that
 * {@link NotificationWorker} sends on threads of its own, so an SMTP outage never blocks the step that asked for the
 * mail nor any job of the engine, a retry re-sends exactly this mail (to the recipients that did not get it), and
 * spent tries show as an incident of this instance in Cockpit. Business key: the mail's idempotency key.
 */
public final class NotificationMail {

  public static final String KEY = "notification-mail";

  /** External-task topic of the delivery step, served by {@link NotificationWorker}. */
  public static final String TOPIC = "phoihop-mail";

  public static final class Vars {
    /** The whole mail request ({@link MailRequest}) as a JSON variable, readable in Cockpit. */
    public static final ProcessVariable<String> MAIL_REQUEST = ProcessVariables.json("mailRequest");

    private Vars() {}
  }

  public static final class Elements {
    public static final String START = "StartEvent_MailRequested";
    public static final String SEND = "ServiceTask_SendMail";
    public static final String END = "EndEvent_MailSent";

    private Elements() {}
  }

  public static final class Messages {
    public static final String MAIL_REQUESTED = "Message_MailRequested";

    private Messages() {}
  }

  private NotificationMail() {}
}
