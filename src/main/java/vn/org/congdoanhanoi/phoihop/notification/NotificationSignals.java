package vn.org.congdoanhanoi.phoihop.notification;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes the worker of a topic when a notification was committed on this node, so a mail leaves at once instead of
 * at the worker's next poll. Other nodes find it at their next poll.
 */
@Component
class NotificationSignals {

  private final Map<String, BlockingQueue<Boolean>> signals = new ConcurrentHashMap<>();

  void wake(String topic) {
    queue(topic).offer(Boolean.TRUE);
  }

  /** Waits until woken or the time is up; returns early (and clears the signal) when woken. */
  void await(String topic, long millis) throws InterruptedException {
    queue(topic).poll(millis, TimeUnit.MILLISECONDS);
  }

  private BlockingQueue<Boolean> queue(String topic) {
    return signals.computeIfAbsent(topic, t -> new ArrayBlockingQueue<>(1));
  }
}
