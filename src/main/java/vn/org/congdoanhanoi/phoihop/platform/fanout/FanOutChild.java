package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.Map;

/**
 * One child of a {@link FanOutPlan}: the process to start, its business key (unique in the fan-out: the same key
 * twice is refused when the plan is recorded) and the start variables of this child alone. Values must be
 * JSON-safe: text, whole numbers, decimals, flags, null, or a JSON variable (a list of codes); a date is handed in as
 * its ISO text, as the processes store it anyway.
 */
public record FanOutChild(String processKey, String businessKey, Map<String, Object> variables) {

  public FanOutChild {
    if (processKey == null || processKey.isBlank() || businessKey == null || businessKey.isBlank()) {
      throw new IllegalArgumentException("A fan-out child needs a process key and a business key");
    }
    variables = variables == null ? Map.of() : variables;
  }
}
