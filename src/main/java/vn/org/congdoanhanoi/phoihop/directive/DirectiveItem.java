package vn.org.congdoanhanoi.phoihop.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a directive (REST contract, a member of {@code items}): its code, what is to be done, by when and by
 * whom, e.g. {@code {"code": "1", "title": "Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028", "deadline": "2023-05-31",
 * "recipients": ["gialam", "donganh"]}}.
 */
public record DirectiveItem(String code, String title, LocalDate deadline, List<String> recipients) {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The item's deadline becomes its duties' {@code deadline}: the same word in the item and in the duty. */
  static final String DEADLINE = DirectiveDuty.Vars.DEADLINE.name();

  public DirectiveItem {
    recipients = List.copyOf(recipients);
  }

  /** The items of a directive as stored (already validated at the start). */
  public static List<DirectiveItem> parse(String json) {
    try {
      List<DirectiveItem> items = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        List<String> recipients = new ArrayList<>();
        node.path("recipients").forEach(r -> recipients.add(r.asText()));
        items.add(new DirectiveItem(node.path("code").asText(), node.path("title").asText(),
            LocalDate.parse(node.path(DEADLINE).asText()), recipients));
      }
      return items;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The items of a directive are not the JSON its start accepted", e);
    }
  }

  /** "1. Đại hội Công đoàn cơ sở …": how forms, the matrix and the summary name the item. */
  public String label() {
    return code + ". " + title;
  }
}
