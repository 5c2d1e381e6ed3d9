package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlDocument;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.YamlMapping;

/**
 * The answer templates a department picks from when it answers petitions (resource dialogue/answer-templates.yaml):
 * a few per topic, data rather than code. Read once at start-up; a wrong file stops the start with its problems.
 */
@Component
public class AnswerTemplates {

  /** One template: its code (what a save names), its topic, its title in the list and its text. */
  public record Template(String code, PetitionTopic topic, String topicLabel, String title, String text) {}

  static final String RESOURCE = "dialogue/answer-templates.yaml";
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
  private static final Pattern TITLE = Pattern.compile(".{1,200}");
  private static final Pattern TEXT = Pattern.compile("(?s).{1," + DepartmentAnswers.MAX_ANSWER + "}");

  private final List<Template> templates;

  public AnswerTemplates() throws IOException {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      this.templates = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Every template, in the file's order. */
  public List<Template> all() {
    return templates;
  }

  public Optional<Template> find(String code) {
    return templates.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  static List<Template> parse(String text) {
    YamlDocument file = YamlDocument.read(text, Set.of("templates"), InvalidTemplatesException::new);
    List<Template> read = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (YamlMapping item : file.root().get("templates").nonEmptyMappings(Set.of("code", "topic", "title", "text"))) {
      String code = item.get("code").requiredText(CODE, "phải là mã chữ in hoa, số và dấu gạch ngang, ví dụ OTHER-RECEIVED");
      PetitionTopic topic = item.get("topic").requiredEnum(PetitionTopic.class);
      String title = item.get("title").requiredText(TITLE, "phải có từ 1 đến 200 ký tự trên một dòng");
      String answer = item.get("text").requiredText(TEXT, "phải có từ 1 đến " + DepartmentAnswers.MAX_ANSWER + " ký tự");
      if (code != null && !codes.add(code)) {
        item.get("code").problem("mã '" + code + "' đã có ở mẫu trước");
      }
      if (code != null && topic != null && title != null && answer != null) {
        read.add(new Template(code, topic, topic.label(), title, answer.strip()));
      }
    }
    file.refuseIfProblems();
    return List.copyOf(read);
  }

  /** The templates' file is wrong: the application does not start with it. */
  static class InvalidTemplatesException extends InvalidFileException {
    InvalidTemplatesException(List<FileProblem> problems) {
      super("Tệp mẫu trả lời kiến nghị không hợp lệ", RESOURCE, problems);
    }
  }
}
