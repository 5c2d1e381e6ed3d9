package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/**
 * A mail's topic group from its words: the subject first (people name the topic there), then the body; the first
 * group of plan 477/KH-LĐLĐ's order with a keyword wins, {@link PetitionTopic#OTHER} when none is found. The federation
 * corrects a wrong guess while consolidating; guessing never refuses a mail.
 */
final class MailTopics {

  /** Keywords as {@link OpenPlans#folded} writes them (upper case, no diacritics). */
  private static final Map<PetitionTopic, List<String>> KEYWORDS = new LinkedHashMap<>();

  static {
    KEYWORDS.put(PetitionTopic.LIVING_JOBS_POLICY, keywords("việc làm", "tiền lương", "đời sống", "chế độ",
        "chính sách", "thu nhập"));
    KEYWORDS.put(PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY, keywords("thủ tục hành chính", "bảo hiểm",
        "giáo dục", "trường học", "an ninh", "trật tự"));
    KEYWORDS.put(PetitionTopic.SKILLED_WORKERS, keywords("công nhân giỏi", "tay nghề", "thợ giỏi"));
    KEYWORDS.put(PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH, keywords("hạ tầng", "nhà ở", "nhà trẻ", "sức khỏe",
        "sức khoẻ", "y tế", "giao thông"));
  }

  private MailTopics() {}

  static PetitionTopic of(String subject, String body) {
    for (String text : new String[] {subject, body}) {
      String folded = " " + OpenPlans.folded(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
      for (Map.Entry<PetitionTopic, List<String>> topic : KEYWORDS.entrySet()) {
        if (topic.getValue().stream().anyMatch(keyword -> folded.contains(" " + keyword + " "))) {
          return topic.getKey();
        }
      }
    }
    return PetitionTopic.OTHER;
  }

  private static List<String> keywords(String... words) {
    return java.util.Arrays.stream(words).map(OpenPlans::folded).toList();
  }
}
