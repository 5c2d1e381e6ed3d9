package vn.org.congdoanhanoi.phoihop.platform.login;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;

/**
 * Tells the administrators (members of {@code camunda-admin} with a mailbox) that an account is being refused after
 * many wrong passwords: maybe its user forgot it, maybe someone is guessing. Queued through the notification mail
 * in the login's own transaction, so it is sent with retries like every other mail.
 */
@Component
class LockedAccountAlert {

  static final String TEMPLATE = "login-throttled";
  private static final Logger LOG = LoggerFactory.getLogger(LockedAccountAlert.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Notifications notifications;
  private final String baseUrl;

  LockedAccountAlert(Notifications notifications, @Value("${phoihop.base-url}") String baseUrl) {
    this.notifications = notifications;
    this.baseUrl = baseUrl;
  }

  void tell(CommandContext commandContext, String userId, int failures, Date lockedUntil) {
    LOG.warn("Account {} refused after {} wrong passwords in a row; administrators are told", userId, failures);
    List<String> administrators = commandContext.runWithoutAuthorization(() -> commandContext
        .getReadOnlyIdentityProvider().createUserQuery(commandContext).memberOfGroup(Groups.ADMINISTRATORS).list())
        .stream().map(User::getEmail).filter(LockedAccountAlert::deliverable).toList();
    String subject = "Cảnh báo đăng nhập: tài khoản " + userId + " bị nhập sai mật khẩu " + failures + " lần liên tiếp";
    notifications.requestMail(MailRequest.of(TEMPLATE, idempotencyKey(userId, lockedUntil), administrators, subject,
        Map.of("subject", subject, "userId", userId, "failures", failures,
            "lockedUntil", TIME.format(lockedUntil.toInstant()), "baseUrl", baseUrl,
            "longestDelay", commandContext.getProcessEngineConfiguration().getLoginDelayMaxTime() + " giây")));
  }

  /**
   * Camunda gives the first administrator the placeholder {@code <id>@localhost}; a relay refuses it, and with it the
   * whole mail to the other administrators.
   */
  static boolean deliverable(String address) {
    return address != null && address.contains("@") && !address.toLowerCase(java.util.Locale.ROOT).endsWith("@localhost");
  }

  /** One mail per episode: the lock that reached the threshold names it. */
  static String idempotencyKey(String userId, Date lockedUntil) {
    return "login-throttled." + userId + "." + lockedUntil.getTime();
  }
}
