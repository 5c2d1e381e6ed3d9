package vn.org.congdoanhanoi.phoihop.directive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The duties of a directive: one per recipient and item, written "unitCode|itemCode" so that the multi-instance of
 * {@code CallActivity_Duties} hands each {@code directive-duty} its pair. Used in the model as
 * {@code ${directiveAssignments.unitCode(assignment)}} and the like.
 */
@Component("directiveAssignments")
public class DirectiveAssignments {

  private static final String SEPARATOR = "|";

  /** Every pair, item by item, in the order of the items and their recipients. */
  public static List<String> of(List<DirectiveItem> items) {
    List<String> assignments = new ArrayList<>();
    items.forEach(item -> item.recipients().forEach(unit -> assignments.add(unit + SEPARATOR + item.code())));
    return assignments;
  }

  /** Every recipient of the directive once, in the order they first appear. */
  public static List<String> recipients(List<DirectiveItem> items) {
    Set<String> units = new LinkedHashSet<>();
    items.forEach(item -> units.addAll(item.recipients()));
    return List.copyOf(units);
  }

  public String unitCode(String assignment) {
    return assignment.substring(0, assignment.indexOf(SEPARATOR));
  }

  public String itemCode(String assignment) {
    return assignment.substring(assignment.indexOf(SEPARATOR) + 1);
  }

  public String itemTitle(Object items, String assignment) {
    return item(items, assignment).title();
  }

  /** The item's deadline as the duty stores it (ISO date). */
  public String deadline(Object items, String assignment) {
    return DirectiveDuty.Vars.DEADLINE.stored(item(items, assignment).deadline()).toString();
  }

  private DirectiveItem item(Object items, String assignment) {
    String code = itemCode(assignment);
    return DirectiveItem.parse(Directive.Vars.ITEMS.parse(items)).stream().filter(i -> i.code().equals(code))
        .findFirst().orElseThrow(() -> new IllegalStateException("No item " + code + " in the directive"));
  }
}
