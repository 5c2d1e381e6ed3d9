package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Every hour, the outbox forgets the mails sent (or handed to an incident) more than
 * {@code phoihop.notification.history-days} ago, as long as a mail instance's history is kept, and then the delivery
 * ledger forgets the mails that are neither in the outbox nor in the engine any more
 * ({@link MailDeliveryLedger#purgeRemovedMails()}), so neither outgrows the mails' own history. Two indexed
 * statements; on every node where the notification worker runs (a second node's run finds nothing left to do).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "phoihop.notification.worker.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class MailLedgerPurge {

  private static final Logger LOG = LoggerFactory.getLogger(MailLedgerPurge.class);

  private final MailDeliveryLedger ledger;
  private final MailOutbox outbox;
  private final NotificationSettings settings;
  private final EngineClock clock;

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  void purge() {
    int done = outbox.purgeDoneBefore(clock.instant().minus(Duration.ofDays(settings.historyDays())));
    if (done > 0) {
      LOG.info("Mail outbox: {} mail(s) sent more than {} days ago purged", done, settings.historyDays());
    }
    int removed = ledger.purgeRemovedMails();
    if (removed > 0) {
      LOG.info("Mail delivery ledger: {} row(s) of removed mails purged", removed);
    }
  }
}
