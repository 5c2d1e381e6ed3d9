package vn.org.congdoanhanoi.phoihop.platform.fanout;

import java.util.List;
import java.util.Map;

/**
 * What a parent process instance fans out: its children, in the order they should start, the variables every child
 * gets ({@code sharedVariables}, stored once; a child's own variables win over them), and the message the parent
 * receives once when every child has ended. {@code name} tells the fan-outs of one parent apart (unique per parent)
 * and names it in progress answers.
 */
public record FanOutPlan(String name, String completionMessage, Map<String, Object> sharedVariables,
                         List<FanOutChild> children) {

  public FanOutPlan {
    if (name == null || name.isBlank() || completionMessage == null || completionMessage.isBlank()) {
      throw new IllegalArgumentException("A fan-out needs a name and a completion message");
    }
    sharedVariables = sharedVariables == null ? Map.of() : sharedVariables;
    children = children == null ? List.of() : List.copyOf(children);
  }
}
