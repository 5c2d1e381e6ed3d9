package vn.org.congdoanhanoi.phoihop.notification;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Notification settings from application.yaml (environment variables there). */
@Component("notificationSettings")
public class NotificationSettings {

  private final String baseUrl;
  private final boolean mailEnabled;
  private final String from;
  private final String fromName;
  private final String retryCycle;
  private final RetryCycle parsedRetryCycle;
  private final List<String> pressMailboxes;
  private final String webhookUrl;
  private final int webhookConnectTimeoutMillis;
  private final int webhookSocketTimeoutMillis;
  private final int maxRecipientsPerMail;
  private final int historyDays;

  NotificationSettings(@Value("${phoihop.base-url}") String baseUrl,
                       @Value("${phoihop.notification.mail-enabled:true}") boolean mailEnabled,
                       @Value("${phoihop.notification.from}") String from,
                       @Value("${phoihop.notification.from-name}") String fromName,
                       @Value("${phoihop.notification.retry-cycle}") String retryCycle,
                       @Value("${phoihop.notification.press-mailboxes:}") String pressMailboxes,
                       @Value("${phoihop.notification.webhook.url:}") String webhookUrl,
                       @Value("${phoihop.notification.webhook.connect-timeout-millis}") int connectTimeout,
                       @Value("${phoihop.notification.webhook.socket-timeout-millis}") int socketTimeout,
                       @Value("${phoihop.notification.max-recipients-per-mail:50}") int maxRecipientsPerMail,
                       @Value("${phoihop.notification.history-days:30}") int historyDays) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.mailEnabled = mailEnabled;
    this.from = from;
    this.fromName = fromName;
    this.retryCycle = retryCycle;
    this.parsedRetryCycle = RetryCycle.parse(retryCycle);
    this.pressMailboxes = Arrays.stream(pressMailboxes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    this.webhookUrl = webhookUrl == null ? "" : webhookUrl.strip();
    this.webhookConnectTimeoutMillis = connectTimeout;
    this.webhookSocketTimeoutMillis = socketTimeout;
    this.maxRecipientsPerMail = Math.max(1, maxRecipientsPerMail);
    this.historyDays = historyDays;
  }

  /** Days a mail is kept after it was sent or ended (outbox row, instance history, delivery ledger). */
  public int historyDays() {
    return historyDays;
  }

  /** At most this many recipients per mail to a mass audience (one mail per chunk, each a retryable instance). */
  public int maxRecipientsPerMail() {
    return maxRecipientsPerMail;
  }

  public boolean mailEnabled() {
    return mailEnabled;
  }

  /** Public address of the application, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The link that opens a task in Tasklist. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public String from() {
    return from;
  }

  public String fromName() {
    return fromName;
  }

  /** ISO 8601 retry cycle of mail and webhook deliveries, e.g. R3/PT5M: three tries in all, five minutes apart. */
  public String getRetryCycle() {
    return retryCycle;
  }

  public RetryCycle retryCycle() {
    return parsedRetryCycle;
  }

  /** Newsrooms invited to every ceremony (Báo Lao động Thủ đô, the federation's website). */
  public List<String> pressMailboxes() {
    return pressMailboxes;
  }

  public boolean webhooksEnabled() {
    return !webhookUrl.isEmpty();
  }

  public String webhookUrl() {
    return webhookUrl;
  }

  public int webhookConnectTimeoutMillis() {
    return webhookConnectTimeoutMillis;
  }

  public int webhookSocketTimeoutMillis() {
    return webhookSocketTimeoutMillis;
  }

  /** The domain part of our Message-IDs: the sender's domain. */
  public String messageIdDomain() {
    int at = from.lastIndexOf('@');
    return at < 0 ? "phoihop" : from.substring(at + 1);
  }
}
