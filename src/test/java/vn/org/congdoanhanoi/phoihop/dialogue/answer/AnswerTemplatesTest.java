package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.InvalidFileException;

/** The answer templates are data: the shipped file covers every topic; a wrong file is refused with its lines. */
class AnswerTemplatesTest {

  @Test
  void theShippedTemplatesCoverEveryTopic() throws IOException {
    AnswerTemplates templates = new AnswerTemplates();
    assertThat(templates.all()).extracting(AnswerTemplates.Template::topic).contains(PetitionTopic.values());
    assertThat(templates.find("OTHER-RECEIVED")).hasValueSatisfying(t -> assertThat(t.text()).startsWith("Ủy ban"));
    assertThat(templates.find("KHONG-CO")).isEmpty();
  }

  @Test
  void aWrongFileIsRefusedWithEveryProblemAndItsLine() {
    String file = """
        templates:
          - code: A-1
            topic: OTHER
            title: Một
            text: Trả lời một
          - code: A-1
            topic: HOUSING
            title: Hai
            text: Trả lời hai
        """;
    assertThatThrownBy(() -> AnswerTemplates.parse(file)).isInstanceOfSatisfying(InvalidFileException.class,
        e -> assertThat(e.problems()).extracting(p -> p.line()).containsExactly(6, 7));
  }
}
