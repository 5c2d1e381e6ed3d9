package vn.org.congdoanhanoi.phoihop.notification;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers mails and webhooks apart from the engine's job executor: mails from the outbox ({@link MailOutboxSender},
 * started and stopped with this worker); the delivery steps of {@code notification-mail} (instances from before
 * the outbox, and mails whose tries were spent, retried from Cockpit) and {@code notification-webhook} are external
 * tasks, which this worker fetches and locks through the Java API and runs on a small thread pool per topic. A hanging SMTP server or webhook receiver can only ever hold these
 * threads; timers and asynchronous steps of the processes keep all of the job executor's (see
 * docs/notifications.md, "Isolation").
 *
 * <p>A task is locked for {@code phoihop.notification.worker.lock-millis} (30 s) and the lock is renewed before
 * each recipient, so a node that dies mid-mail releases it within that time and another node (or the restarted
 * one) resumes it; the mail's ledger makes the resumed attempt skip recipients that already got it.
 *
 * <p>A failed attempt is one log line (what, for which matter, why, what next); the stack trace goes to the
 * external task's error details, which Cockpit shows with the incident once the tries are spent.
 */
@Component
public class NotificationWorker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);

  private final ExternalTaskService externalTasks;
  private final List<NotificationTopic> topics;
  private final NotificationSettings settings;
  private final NotificationSignals signals;
  private final MailOutboxSender outbox;
  private final boolean autoStartup;
  private final long lockMillis;
  private final long pollMillis;
  private final String workerId;
  private final List<TopicLoop> loops = new ArrayList<>();
  private volatile boolean running;

  NotificationWorker(ExternalTaskService externalTasks, List<NotificationTopic> topics, NotificationSettings settings,
                     NotificationSignals signals, MailOutboxSender outbox,
                     @Value("${phoihop.notification.worker.enabled:true}") boolean autoStartup,
                     @Value("${phoihop.notification.worker.lock-millis:30000}") long lockMillis,
                     @Value("${phoihop.notification.worker.poll-millis:2000}") long pollMillis) {
    this.externalTasks = externalTasks;
    this.topics = topics;
    this.settings = settings;
    this.signals = signals;
    this.outbox = outbox;
    this.autoStartup = autoStartup;
    this.lockMillis = lockMillis;
    this.pollMillis = pollMillis;
    // Unique per JVM: a restarted node must not pass for the dead one, whose locks have to expire first.
    this.workerId = "phoihop-" + ManagementFactory.getRuntimeMXBean().getName() + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    for (NotificationTopic topic : topics) {
      TopicLoop loop = new TopicLoop(topic);
      loops.add(loop);
      loop.start();
    }
    outbox.start(workerId);
    LOG.info("Notification worker {} started: mail outbox ({} threads), topics {}, lock {} ms", workerId,
        outbox.threads(), topics.stream().map(t -> t.topic() + " (" + t.threads() + " threads)").toList(), lockMillis);
  }

  @Override
  public synchronized void stop() {
    running = false;
    outbox.stop();
    loops.forEach(TopicLoop::stop);
    loops.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public boolean isAutoStartup() {
    return autoStartup;
  }

  /**
   * Delivers the notification with this business key now, in the calling thread, if it is due: a mail waiting in the
   * outbox (even if its next try is later), else a {@code notification-mail} or {@code notification-webhook}
   * instance whose delivery is not locked by a worker and has tries left.
   *
   * @return empty when delivered, else the failure message of this attempt (recorded like any other attempt)
   * @throws IllegalStateException when no such notification is due
   */
  public Optional<String> deliverNow(String businessKey) {
    Optional<MailOutboxSender.Outcome> mail = outbox.deliverNow(workerId, businessKey);
    if (mail.isPresent()) {
      return mail.get().failure();
    }
    for (NotificationTopic topic : topics) {
      List<LockedExternalTask> locked = fetch(topic, 1, businessKey);
      if (!locked.isEmpty()) {
        return attempt(topic, locked.get(0));
      }
    }
    throw new IllegalStateException("No notification " + businessKey + " is due");
  }

  private List<LockedExternalTask> fetch(NotificationTopic topic, int max, String businessKey) {
    ExternalTaskQueryTopicBuilder query = externalTasks.fetchAndLock(max, workerId)
        .topic(topic.topic(), lockMillis).variables(topic.variables());
    if (businessKey != null) {
      query = query.businessKey(businessKey);
    }
    return query.execute();
  }

  private Optional<String> attempt(NotificationTopic topic, LockedExternalTask task) {
    Map<String, Object> result;
    try {
      result = topic.deliver(task, () -> externalTasks.extendLock(task.getId(), workerId, lockMillis));
    } catch (RuntimeException e) {
      String message = oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
      recordFailure(task, message, e);
      return Optional.of(message);
    }
    try {
      externalTasks.complete(task.getId(), workerId, result);
    } catch (RuntimeException e) {
      // Delivered, but not recorded (lock lost, database away): the task comes back when its lock expires, and
      // the mail's ledger (or the webhook's Idempotency-Key) makes that second attempt harmless.
      LOG.warn("Đã gửi {} nhưng chưa ghi nhận được vào quy trình: {}; lần lấy lại sau sẽ không gửi lặp tới người "
          + "đã nhận", task.getBusinessKey(), oneLine(MailDelivery.causeOf(e)));
    }
    return Optional.empty();
  }

  private void recordFailure(LockedExternalTask task, String message, RuntimeException e) {
    RetryCycle cycle = settings.retryCycle();
    FailedAttempt attempt = FailedAttempt.withTriesLeft(cycle,
        (task.getRetries() == null ? cycle.tries() : task.getRetries()) - 1);
    try {
      externalTasks.handleFailure(task.getId(), workerId, message, stackTrace(e), attempt.left(),
          attempt.delay().toMillis());
    } catch (RuntimeException recordError) {
      LOG.warn("{} [chưa ghi nhận được lần thử này: {}]", message, oneLine(MailDelivery.causeOf(recordError)));
      return;
    }
    attempt.log(LOG, message, task.getProcessInstanceId());
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /** One topic: a fetching thread that locks only as many tasks as it has free delivery threads. */
  private final class TopicLoop implements Runnable {

    private final NotificationTopic topic;
    private final Semaphore free;
    private final ExecutorService pool;
    private final Thread fetcher;
    private volatile boolean stopping;

    TopicLoop(NotificationTopic topic) {
      this.topic = topic;
      this.free = new Semaphore(topic.threads());
      this.pool = Executors.newFixedThreadPool(topic.threads(), daemons(topic.topic() + "-"));
      this.fetcher = daemons(topic.topic() + "-fetch").newThread(this);
    }

    void start() {
      fetcher.start();
    }

    void stop() {
      stopping = true;
      fetcher.interrupt();
      pool.shutdown();
      try {
        // A running attempt ends within its timeouts; one that does not is cut, its lock then frees the task.
        if (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
          pool.shutdownNow();
        }
        fetcher.join(TimeUnit.SECONDS.toMillis(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void run() {
      boolean failing = false;
      while (running && !stopping) {
        try {
          free.acquire();
          free.release();
          List<LockedExternalTask> tasks = fetch(topic, free.availablePermits(), null);
          if (failing) {
            LOG.info("Lấy được việc gửi ({}) trở lại", topic.topic());
            failing = false;
          }
          if (tasks.isEmpty()) {
            signals.await(topic.topic(), pollMillis);
            continue;
          }
          for (LockedExternalTask task : tasks) {
            free.acquire();
            pool.execute(() -> {
              try {
                attempt(topic, task);
              } finally {
                free.release();
              }
            });
          }
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          if (stopping) {
            return;
          }
          // Once per outage (e.g. the database is away), not once per poll.
          if (!failing) {
            LOG.warn("Không lấy được việc gửi ({}): {}; thử lại mỗi {} ms", topic.topic(),
                oneLine(MailDelivery.causeOf(e)), pollMillis);
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
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
