package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Sends the outbox ({@link MailOutbox}) on threads of its own, started and stopped with {@link NotificationWorker}:
 * each thread claims a batch of due mails (the database decides who gets which row), sends them over one SMTP
 * connection, records each recipient as the server accepts it and marks the mail sent with its last recipient, in
 * one commit. A failed mail waits for its next try; after the last one it becomes an incident
 * ({@link MailIncidents}). Log lines are the worker's (logger {@code NotificationWorker}), one per failed attempt.
 */
@Component
class MailOutboxSender {

  // One logger for every delivery, as docs/notifications.md tells operators to watch.
  private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);

  private final MailOutbox outbox;
  private final MailDelivery delivery;
  private final MailDeliveryLedger ledger;
  private final MailIncidents incidents;
  private final NotificationSettings settings;
  private final NotificationSignals signals;
  private final EngineClock clock;
  private final int threads;
  private final int batchSize;
  private final Duration lease;
  private final long pollMillis;
  private volatile ExecutorService pool;
  private volatile boolean running;

  MailOutboxSender(MailOutbox outbox, MailDelivery delivery, MailDeliveryLedger ledger, MailIncidents incidents,
                   NotificationSettings settings, NotificationSignals signals, EngineClock clock,
                   @Value("${phoihop.notification.worker.mail-threads:4}") int threads,
                   @Value("${phoihop.notification.worker.mail-batch-size:50}") int batchSize,
                   @Value("${phoihop.notification.worker.lock-millis:30000}") long lockMillis,
                   @Value("${phoihop.notification.worker.poll-millis:2000}") long pollMillis) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.ledger = ledger;
    this.incidents = incidents;
    this.settings = settings;
    this.signals = signals;
    this.clock = clock;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.lease = Duration.ofMillis(lockMillis);
    this.pollMillis = pollMillis;
  }

  /** The outcome of one mail's attempt: empty when sent, else the failure message (recorded like any attempt). */
  record Outcome(Optional<String> failure) {}

  synchronized void start(String workerId) {
    if (running) {
      return;
    }
    running = true;
    AtomicInteger number = new AtomicInteger();
    pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "phoihop-mail-outbox-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    for (int i = 0; i < threads; i++) {
      pool.execute(() -> loop(workerId));
    }
  }

  synchronized void stop() {
    running = false;
    if (pool == null) {
      return;
    }
    pool.shutdownNow();
    try {
      // A batch ends within its SMTP timeouts; whatever it did not send is left to its lease.
      pool.awaitTermination(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool = null;
  }

  int threads() {
    return threads;
  }

  /** Sends the waiting mail with this key now, in the calling thread; empty when no such mail is waiting. */
  Optional<Outcome> deliverNow(String workerId, String mailKey) {
    List<MailOutbox.Queued> claimed = outbox.claimKey(workerId, mailKey, lease);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(send(workerId, claimed).values().iterator().next());
  }

  /** Claims and sends one batch of due mails; returns how many were claimed. */
  int sendDue(String workerId) {
    return sendDue(workerId, batchSize);
  }

  int sendDue(String workerId, int max) {
    List<MailOutbox.Queued> batch = outbox.claim(workerId, max, lease);
    if (!batch.isEmpty()) {
      send(workerId, batch);
    }
    return batch.size();
  }

  private void loop(String workerId) {
    boolean failing = false;
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        int claimed = sendDue(workerId);
        if (failing) {
          LOG.info("Lấy được thư chờ gửi trở lại");
          failing = false;
        }
        if (claimed == 0) {
          signals.await(MailOutbox.SIGNAL, pollMillis);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        // Once per outage (e.g. the database is away), not once per poll.
        if (!failing) {
          LOG.warn("Không lấy được thư chờ gửi: {}; thử lại mỗi {} ms", NotificationWorker.oneLine(
              MailDelivery.causeOf(e)), pollMillis);
          failing = true;
        }
        try {
          Thread.sleep(pollMillis);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /** Sends a claimed batch over one connection; the outcome of each mail attempted, by outbox id. */
  private Map<String, Outcome> send(String workerId, List<MailOutbox.Queued> batch) {
    Lease held = new Lease(workerId, batch);
    Map<String, Map<String, String>> recorded = ledger.recorded(
        batch.stream().map(MailOutbox.Queued::mailKey).distinct().toList());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    try (MailDelivery.Connection connection = delivery.connection()) {
      for (MailOutbox.Queued mail : batch) {
        try {
          held.keep();
          delivery.send(mail.request(), recorded.getOrDefault(mail.mailKey(), Map.of()), connection, held::keep,
              () -> outbox.markSent(mail.id()));
          outcomes.put(mail.id(), new Outcome(Optional.empty()));
        } catch (LeaseLost lost) {
          // Another worker holds these mails now (this one stalled past its lease); it sends them.
          LOG.warn("Thư {}: {}", mail.mailKey(), lost.getMessage());
          break;
        } catch (RuntimeException e) {
          outcomes.put(mail.id(), new Outcome(Optional.of(recordFailure(mail, e))));
        }
        held.release(mail.id());
      }
    }
    return outcomes;
  }

  private String recordFailure(MailOutbox.Queued mail, RuntimeException e) {
    String message = NotificationWorker.oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
    RetryCycle cycle = settings.retryCycle();
    FailedAttempt attempt = FailedAttempt.withTriesLeft(cycle, cycle.tries() - mail.attempts() - 1);
    String incident = null;
    try {
      if (attempt.last()) {
        incident = outbox.failed(mail.id(), message,
            () -> incidents.open(mail.request(), message, NotificationWorker.stackTrace(e)));
      } else {
        outbox.retryLater(mail.id(), message, clock.instant().plus(attempt.delay()));
      }
    } catch (RuntimeException recordError) {
      // The lease runs out and the mail is tried again: nothing is lost, the attempt is just not counted.
      LOG.warn("{} [chưa ghi nhận được lần thử này: {}]", message,
          NotificationWorker.oneLine(MailDelivery.causeOf(recordError)));
      return message;
    }
    attempt.log(LOG, message, incident);
    return message;
  }

  /** The claim on a batch: renewed before each recipient when a third of it has passed, for the mails still open. */
  private final class Lease {

    private final String workerId;
    private final Set<String> open = new LinkedHashSet<>();
    private long renewedAt = System.nanoTime();

    Lease(String workerId, List<MailOutbox.Queued> batch) {
      this.workerId = workerId;
      batch.forEach(mail -> open.add(mail.id()));
    }

    void keep() {
      if (System.nanoTime() - renewedAt < lease.toNanos() / 3) {
        return;
      }
      if (!outbox.renew(workerId, new ArrayList<>(open), lease)) {
        throw new LeaseLost();
      }
      renewedAt = System.nanoTime();
    }

    void release(String id) {
      open.remove(id);
    }
  }

  private static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("quyền gửi đã hết hạn và chuyển cho bộ gửi khác; bộ gửi đó gửi tiếp, không gửi lặp tới người đã nhận");
    }
  }
}
