package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * A failed delivery attempt under the retry cycle ({@link RetryCycle}): which try it was, whether tries are left,
 * how long the next one waits, and the one log line an operator reads. Shared by the outbox's mails and the
 * external tasks of {@code notification-mail} and {@code notification-webhook}, so both say the same thing.
 */
record FailedAttempt(int tryNumber, int tries, int left, Duration delay) {

  /** The attempt that leaves {@code left} tries (0: the last one, which waits for nothing, so a retry runs at once). */
  static FailedAttempt withTriesLeft(RetryCycle cycle, int left) {
    int remaining = Math.max(0, left);
    int tryNumber = Math.max(1, cycle.tries() - remaining);
    return new FailedAttempt(tryNumber, cycle.tries(), remaining,
        remaining > 0 ? cycle.waitBefore(tryNumber + 1) : Duration.ZERO);
  }

  boolean last() {
    return left == 0;
  }

  /** One line: WARN with the try and the wait, or ERROR naming the instance whose incident Cockpit shows. */
  void log(Logger log, String message, String incidentInstanceId) {
    if (left > 0) {
      log.warn("{} [lần thử {}/{}; thử lại sau {}]", message, tryNumber, tries, inWords(delay));
    } else {
      log.error("{} [hết lượt thử; sự cố trong Cockpit, quy trình {}]", message, incidentInstanceId);
    }
  }

  private static String inWords(Duration delay) {
    return delay.toSeconds() < 60 ? delay.toSeconds() + " giây"
        : delay.toSeconds() % 60 == 0 ? delay.toMinutes() + " phút" : delay.toSeconds() + " giây";
  }
}
