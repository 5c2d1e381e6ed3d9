package vn.org.congdoanhanoi.phoihop.notification;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every hour, the delivery ledger forgets the mails whose history the cleanup has removed
 * ({@link MailDeliveryLedger#purgeRemovedMails()}), so it never outgrows the mails' own history. One indexed
 * statement; on every node where the notification worker runs (a second node's run finds nothing left to do).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "phoihop.notification.worker.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class MailLedgerPurge {

  private static final Logger LOG = LoggerFactory.getLogger(MailLedgerPurge.class);

  private final MailDeliveryLedger ledger;

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  void purge() {
    int removed = ledger.purgeRemovedMails();
    if (removed > 0) {
      LOG.info("Mail delivery ledger: {} row(s) of removed mails purged", removed);
    }
  }
}
