package vn.org.congdoanhanoi.phoihop.dialogue.union;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The petitions a union sends in its task, each with its files, as the form submits them ({@link UnionPetitions.Vars#PETITIONS}): read
 * and checked in one place, for the validator (every problem, numbered as the form shows the petitions) and for the
 * delegate that stores them (after the validator let them through).
 */
@Component
@RequiredArgsConstructor
class SentPetitions {

  /** Most petitions one task sends; more is a mistake (a pasted list), and each is a row to consolidate. */
  static final int MAX = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  record Sent(PetitionTopic topic, String text, List<IncomingPetition.Attachment> files) {}

  private final PetitionFiles files;

  /** The petitions, recording every problem under the form's field; an empty list when there is none to read. */
  List<Sent> read(Submission s) {
    String field = UnionPetitions.Vars.PETITIONS.name();
    Object raw = s.raw(UnionPetitions.Vars.PETITIONS);
    JsonNode list;
    try {
      list = raw == null ? null : JSON.readTree(UnionPetitions.Vars.PETITIONS.parse(raw));
    } catch (IOException | IllegalArgumentException e) {
      list = null;
    }
    if (list == null || !list.isArray()) {
      s.violation(field, "Danh sách kiến nghị (petitions) phải là danh sách JSON, mỗi kiến nghị có nhóm nội dung "
          + "(topic) và nội dung (text).");
      return List.of();
    }
    if (list.isEmpty()) {
      s.violation(field, "Mỗi công đoàn cơ sở gửi ít nhất 01 kiến nghị (kế hoạch của LĐLĐ); hãy nhập kiến nghị.");
    } else if (list.size() > MAX) {
      s.violation(field, "Một lần gửi nhiều nhất " + MAX + " kiến nghị; nhận được " + list.size() + ".");
      return List.of();
    }
    List<Sent> sent = new ArrayList<>();
    long[] total = {0};
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String label = "Kiến nghị " + (i + 1) + ": ";
      String topicCode = item.path("topic").asText("");
      String text = item.path("text").asText("").strip();
      PetitionTopic topic = topic(topicCode);
      if (topic == null) {
        s.violation(field, label + "hãy chọn một nhóm nội dung (topic), một trong " + List.of(PetitionTopic.values())
            + ", nhận được '" + Submission.quote(topicCode) + "'.");
      }
      if (text.isEmpty()) {
        s.violation(field, label + "hãy nhập nội dung kiến nghị.");
      } else if (text.length() > DialogueTextRules.PETITION_TEXT) {
        s.violation(field, label + "nội dung dài quá " + DialogueTextRules.PETITION_TEXT + " ký tự.");
      }
      sent.add(new Sent(topic, text, files.read(item.get(PetitionFiles.FILES), s, field, label, total)));
    }
    files.checkTotal(s, field, total[0]);
    return sent;
  }

  private static PetitionTopic topic(String code) {
    for (PetitionTopic topic : PetitionTopic.values()) {
      if (topic.name().equals(code)) {
        return topic;
      }
    }
    return null;
  }
}
