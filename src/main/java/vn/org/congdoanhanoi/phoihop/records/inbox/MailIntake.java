package vn.org.congdoanhanoi.phoihop.records.inbox;

import jakarta.mail.MessagingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Reads every configured mailbox that has a host and a handler, each on a thread of its own every
 * {@code poll-interval} (never on the job executor's threads: a slow mail server delays no process). On stop, a
 * poll ends after the message being handled; one still running after {@code shutdown-wait} is interrupted, and
 * what it had not committed is taken at the next start.
 */
@Component
public class MailIntake implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);

  private final Map<String, MailboxPoller> pollers = new LinkedHashMap<>();
  private final InboxProperties properties;
  private volatile boolean running;
  private ScheduledExecutorService scheduler;

  MailIntake(InboxProperties properties, List<IncomingMailHandler> handlers, InboxLedger ledger,
             PlatformTransactionManager transactions, EngineClock clock) {
    this.properties = properties;
    Map<String, IncomingMailHandler> byMailbox = new LinkedHashMap<>();
    for (IncomingMailHandler handler : handlers) {
      IncomingMailHandler other = byMailbox.put(handler.mailbox(), handler);
      if (other != null) {
        throw new IllegalStateException("Two handlers for mailbox " + handler.mailbox() + ": "
            + other.getClass().getName() + " and " + handler.getClass().getName());
      }
    }
    properties.mailboxes().forEach((name, mailbox) -> {
      IncomingMailHandler handler = byMailbox.get(name);
      if (!mailbox.enabled()) {
        LOG.info("Mailbox {} is not read: no host configured", name);
      } else if (handler == null) {
        // Nothing would take its messages: reading it would only mark them. They wait on the server instead.
        LOG.warn("Mailbox {} has a host ({}) but no IncomingMailHandler: it is not read", name, mailbox.host());
      } else {
        pollers.put(name, new MailboxPoller(name, mailbox, handler, ledger, new TransactionTemplate(transactions),
            clock));
      }
    });
  }

  /** Polls one mailbox now, on the caller's thread (tests, benchmarks; a scheduled poll of it waits meanwhile). */
  public PollResult poll(String mailbox) throws MessagingException {
    MailboxPoller poller = pollers.get(mailbox);
    if (poller == null) {
      throw new IllegalArgumentException("Mailbox " + mailbox + " is not read (no host, or no handler)");
    }
    return poller.poll(() -> running);
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    if (pollers.isEmpty()) {
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    scheduler = Executors.newScheduledThreadPool(pollers.size(), task -> {
      Thread thread = new Thread(task, "inbox-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    for (MailboxPoller poller : pollers.values()) {
      long interval = poller.mailbox().pollInterval().toMillis();
      scheduler.scheduleWithFixedDelay(() -> pollLogged(poller), interval, interval,
          TimeUnit.MILLISECONDS);
      LOG.info("Mailbox {}: reading folder {} of {}:{} ({}) every {}", poller.name(), poller.mailbox().folder(),
          poller.mailbox().host(), poller.mailbox().effectivePort(), poller.mailbox().protocol(),
          poller.mailbox().pollInterval());
    }
  }

  private void pollLogged(MailboxPoller poller) {
    try {
      PollResult result = poller.poll(() -> running);
      if (result.handled() + result.markedOnly() + result.retrying() + result.failed() > 0) {
        LOG.info("Mailbox {}: {}", poller.name(), result);
      }
    } catch (MessagingException | RuntimeException e) {
      // The server is unreachable or the connection broke: nothing unmarked is lost, the next poll tries again.
      LOG.warn("Mailbox {}: poll failed, retried in {}: {}", poller.name(), poller.mailbox().pollInterval(),
          e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    if (scheduler != null) {
      scheduler.shutdown();
    }
    long deadline = System.nanoTime() + properties.shutdownWait().toNanos();
    for (MailboxPoller poller : pollers.values()) {
      waitOrInterrupt(poller, deadline);
    }
  }

  private static void waitOrInterrupt(MailboxPoller poller, long deadline) {
    try {
      if (poller.lock().tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        poller.lock().unlock();
        return;
      }
      Thread polling = poller.pollingThread();
      if (polling != null) {
        LOG.warn("Mailbox {}: a message is still being handled at shutdown; interrupting it (rolled back, taken at "
            + "the next start)", poller.name());
        polling.interrupt();
      }
      if (poller.lock().tryLock(10, TimeUnit.SECONDS)) {
        poller.lock().unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
