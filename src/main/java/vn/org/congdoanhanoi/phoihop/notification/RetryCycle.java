package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tries of a mail or webhook, written as Camunda writes a job's retry cycle: {@code R3/PT5M} is three tries in
 * all, five minutes apart; {@code PT1M,PT5M,PT30M} is four tries, waiting one, five and thirty minutes before the
 * second, third and fourth.
 */
public record RetryCycle(int tries, List<Duration> waits) {

  private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(P.+)");

  public RetryCycle {
    if (tries < 1) {
      throw new IllegalArgumentException("at least one try");
    }
    waits = List.copyOf(waits);
  }

  public static RetryCycle parse(String cycle) {
    String text = cycle == null ? "" : cycle.strip();
    try {
      Matcher repeat = REPEAT.matcher(text);
      if (repeat.matches()) {
        return new RetryCycle(Integer.parseInt(repeat.group(1)), List.of(Duration.parse(repeat.group(2))));
      }
      List<Duration> waits = new ArrayList<>();
      for (String wait : text.split(",")) {
        waits.add(Duration.parse(wait.strip()));
      }
      return new RetryCycle(waits.size() + 1, waits);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Chu kỳ thử lại không hợp lệ (PHOIHOP_NOTIFICATION_RETRY_CYCLE): '" + cycle
          + "'. Ví dụ đúng: R3/PT5M (ba lần, cách nhau 5 phút) hoặc PT1M,PT5M,PT30M.", e);
    }
  }

  /** How long to wait before try number {@code nextTry} (2 for the first retry). */
  public Duration waitBefore(int nextTry) {
    int index = Math.max(0, Math.min(nextTry - 2, waits.size() - 1));
    return waits.get(index);
  }
}
