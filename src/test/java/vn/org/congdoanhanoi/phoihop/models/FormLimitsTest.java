package vn.org.congdoanhanoi.phoihop.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.followup.FollowUpTextRules;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeTextRules;
import vn.org.congdoanhanoi.phoihop.signing.SigningTextRules;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;
import vn.org.congdoanhanoi.phoihop.validation.DeclaredVariable;
import vn.org.congdoanhanoi.phoihop.validation.FormDeclarations;
import vn.org.congdoanhanoi.phoihop.validation.FormVariables;
import vn.org.congdoanhanoi.phoihop.validation.TextRules;
import vn.org.congdoanhanoi.phoihop.validation.VariableKind;

/**
 * Every free-text field a form lets its user edit carries the limits its family's validators check with (the
 * {@link TextRules} of forms/&lt;family&gt;/): the same maximum length and the same pattern, in the Camunda Forms
 * ({@code validate.maxLength}, {@code validate.pattern}) and in the embedded forms ({@code ng-maxlength},
 * {@code ng-pattern}). A user is then neither stopped short of what the server accepts nor lets through what it
 * refuses.
 */
class FormLimitsTest {

  private static final Map<String, TextRules> RULES_BY_FAMILY = Map.of(
      "signing", SigningTextRules.RULES,
      "followup", FollowUpTextRules.RULES,
      "programme", ProgrammeTextRules.RULES,
      "dialogue", DialogueTextRules.RULES);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HTML_TEXT_FIELD = Pattern.compile(
      "<(?:input[^>]*type=\"text\"|textarea)[^>]*>", Pattern.CASE_INSENSITIVE);

  /** What a form says about one of its text fields. */
  private record Field(String name, Integer maxLength, String pattern) {}

  static Stream<Path> forms() {
    return RepositoryFiles.under(RepositoryFiles.FORMS, ".form", ".html").stream();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyEditableTextFieldHasTheLimitsOfItsValidator(Path form) throws IOException {
    String family = RepositoryFiles.family(form);
    assertThat(RULES_BY_FAMILY).as("text rules of the family %s", family).containsKey(family);
    TextRules rules = RULES_BY_FAMILY.get(family);
    Set<Field> fields = editableTextFields(form);
    for (Field field : fields) {
      assertThat(rules.maxLengths()).as("%s: field %s has a maximum length on the server", form, field.name())
          .containsKey(field.name());
      assertThat(field.maxLength()).as("%s: maximum length of %s", form, field.name())
          .isEqualTo(rules.maxLengths().get(field.name()));
      assertThat(field.pattern()).as("%s: pattern of %s", form, field.name())
          .isEqualTo(rules.patterns().get(field.name()));
    }
  }

  @Test
  void everyDeclaredLimitIsCarriedBySomeForm() throws IOException {
    for (Map.Entry<String, TextRules> family : RULES_BY_FAMILY.entrySet()) {
      Set<String> edited = new HashSet<>();
      for (Path form : RepositoryFiles.under(RepositoryFiles.FORMS.resolve(family.getKey()), ".form", ".html")) {
        editableTextFields(form).forEach(field -> edited.add(field.name()));
      }
      assertThat(edited).as("text fields edited in forms/%s/", family.getKey())
          .containsAll(family.getValue().maxLengths().keySet());
    }
  }

  @Test
  void pressLinksAreOneWebAddressPerLineInTheFormAsOnTheServer() {
    Pattern links = SigningTextRules.RULES.pattern(UnitSigning.Vars.PRESS_LINKS);
    assertThat(links.matcher("https://laodongthudo.vn/a.html\n\n  http://hanoimoi.vn/b  \r\nhttps://c.vn").matches())
        .isTrue();
    assertThat(links.matcher("https://laodongthudo.vn/a.html https://hanoimoi.vn/b").matches()).isFalse();
    assertThat(links.matcher("https://laodongthudo.vn/a.html\nbài báo trên Hà Nội mới").matches()).isFalse();
    assertThat(links.matcher("ftp://laodongthudo.vn/a.html").matches()).isFalse();
  }

  @Test
  void aFormWithAnotherLimitIsNoticed() throws IOException {
    Path form = Files.createTempFile("venue", ".html");
    try {
      Files.writeString(form, """
          <form><script type="application/json" data-form-variables>{"submits": {"venue": "String"}}</script>
          <input type="text" name="venue" ng-model="p.venue" ng-maxlength="255"></form>""");
      assertThat(editableTextFields(form)).containsExactly(new Field("venue", 255, null));
      assertThat(SigningTextRules.RULES.maxLength(UnitSigning.Vars.VENUE)).isNotEqualTo(255);
    } finally {
      Files.delete(form);
    }
  }

  private static Set<Field> editableTextFields(Path form) throws IOException {
    String text = Files.readString(form, StandardCharsets.UTF_8);
    return form.toString().endsWith(".form") ? camundaFormFields(JSON.readTree(text).get("components"), new HashSet<>())
        : embeddedFormFields(form.getFileName().toString(), text);
  }

  private static Set<Field> camundaFormFields(JsonNode components, Set<Field> found) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean text = type.equals("textfield") || type.equals("textarea");
      if (text && component.has("key") && !component.path("readonly").asBoolean(false)
          && !component.path("disabled").asBoolean(false)) {
        JsonNode validate = component.path("validate");
        found.add(new Field(component.get("key").asText(),
            validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
            validate.has("pattern") ? validate.get("pattern").asText() : null));
      }
      if (component.has("components")) {
        camundaFormFields(component.get("components"), found);
      }
    }
    return found;
  }

  /** The text inputs and text areas that submit a text variable (dates and times have rules of their own). */
  private static Set<Field> embeddedFormFields(String name, String html) throws IOException {
    FormVariables declared = FormDeclarations.embeddedForm(name, html);
    Set<Field> found = new HashSet<>();
    Matcher tag = HTML_TEXT_FIELD.matcher(html);
    while (tag.find()) {
      String fieldName = attribute(tag.group(), "name");
      DeclaredVariable variable = fieldName == null ? null : declared.get(fieldName);
      if (variable != null && !variable.readOnly() && variable.kind() == VariableKind.TEXT) {
        String maxLength = attribute(tag.group(), "ng-maxlength");
        found.add(new Field(fieldName, maxLength == null ? null : Integer.valueOf(maxLength),
            attribute(tag.group(), "ng-pattern")));
      }
    }
    return found;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }
}
