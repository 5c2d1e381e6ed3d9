package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.mail.MessagingException;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server as a health component that never takes the application down: mails wait in their own jobs and are
 * retried (docs/notifications.md), so an SMTP outage is worth reporting ({@link #UNREACHABLE}, ordered after UP in
 * management.endpoint.health.status.order) but not worth failing the overall status, readiness or a load balancer.
 */
@RequiredArgsConstructor
final class MailServerHealth implements HealthIndicator {

  static final Status UNREACHABLE = new Status("UNREACHABLE",
      "Máy chủ thư không trả lời; thư được giữ lại và gửi lại sau (xem sự cố trong Cockpit).");

  private final JavaMailSenderImpl sender;
  private final boolean enabled;

  @Override
  public Health health() {
    if (!enabled) {
      return Health.up().withDetail("sending", false).build();
    }
    try {
      sender.testConnection();
      return Health.up().build();
    } catch (MessagingException e) {
      return Health.status(UNREACHABLE).build();
    }
  }
}
