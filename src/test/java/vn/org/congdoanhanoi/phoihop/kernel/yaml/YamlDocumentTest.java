package vn.org.congdoanhanoi.phoihop.kernel.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlDocumentTest {

  /** What a file of the test is refused with, as the organisation and holiday files have theirs. */
  static class RefusedFile extends InvalidFileException {
    RefusedFile(List<FileProblem> problems) {
      super("Tệp thử không hợp lệ", "Hãy sửa các lỗi sau.", problems);
    }
  }

  private enum Colour { RED, GREEN }

  private static final Set<String> ITEM_FIELDS = Set.of("code", "size", "day", "colour", "on", "tags");

  @Test
  void aGoodFileIsReadWithItsTypes() {
    YamlDocument file = read("""
        items:
          - code: a-1
            size: 12
            day: 2030-01-05
            colour: GREEN
            on: yes
            tags: [x, y]
        """);
    YamlMapping item = file.root().get("items").nonEmptyMappings(ITEM_FIELDS).get(0);

    assertThat(item.path()).isEqualTo("items[0]");
    assertThat(item.line()).isEqualTo(2);
    assertThat(item.get("code").requiredText(Pattern.compile("[a-z0-9-]+"), "sai dạng")).isEqualTo("a-1");
    assertThat(item.get("size").requiredInteger(1, 20)).isEqualTo(12);
    assertThat(item.get("day").requiredDate()).isEqualTo(LocalDate.of(2030, 1, 5));
    assertThat(item.get("colour").requiredEnum(Colour.class)).isEqualTo(Colour.GREEN);
    assertThat(item.get("on").bool(false)).isTrue();
    assertThat(item.get("tags").items()).extracting(YamlValue::optionalText).containsExactly("x", "y");
    assertThat(item.get("tags").items()).extracting(YamlValue::path).containsExactly("items[0].tags[0]",
        "items[0].tags[1]");
    file.refuseIfProblems();
  }

  @Test
  void everyProblemNamesItsLineAndPathAndAllAreListedInTheOrderOfTheLines() {
    List<FileProblem> problems = problems("""
        items:
          - code: Sai Mã
            size: 99
            colour: BLUE
            extra: 1
          - size: [1, 2]
            day: 30/4/2030
            on: maybe
            tags: x
          - 7
        """, items -> items.nonEmptyMappings(ITEM_FIELDS).forEach(item -> {
          item.get("tags").items();
          item.get("on").bool(false);
          item.get("day").requiredDate();
          item.get("colour").optionalEnum(Colour.class);
          item.get("size").requiredInteger(1, 20);
          item.get("code").requiredText(Pattern.compile("[a-z0-9-]+"), "chỉ gồm chữ thường");
        }));

    assertThat(problems).extracting(FileProblem::line, FileProblem::field).containsExactly(
        tuple(2, "items[0].day"),
        tuple(2, "items[0].code"),
        tuple(3, "items[0].size"),
        tuple(4, "items[0].colour"),
        tuple(5, "items[0].extra"),
        tuple(6, "items[1].size"),
        tuple(6, "items[1].code"),
        tuple(7, "items[1].day"),
        tuple(8, "items[1].on"),
        tuple(9, "items[1].tags"),
        tuple(10, "items[2]"));
    assertThat(problems).extracting(FileProblem::message).containsExactly(
        "thiếu trường bắt buộc",
        "giá trị 'Sai Mã' chỉ gồm chữ thường",
        "giá trị '99' phải là số nguyên từ 1 đến 20",
        "giá trị 'BLUE' không hợp lệ; các giá trị: [RED, GREEN]",
        "trường không được hỗ trợ; các trường hợp lệ: [code, colour, day, on, size, tags]",
        "phải là một giá trị đơn, không phải danh sách hay bảng",
        "thiếu trường bắt buộc",
        "giá trị '30/4/2030' không phải ngày hợp lệ; ghi theo dạng năm-tháng-ngày, ví dụ 2025-04-30",
        "phải là true hoặc false",
        "phải là một danh sách (mỗi phần tử bắt đầu bằng '- ')",
        "phải là một bảng có các trường [code, colour, day, on, size, tags]");
  }

  @Test
  void aFieldWrittenTwiceIsNamedAtItsSecondLine() {
    assertThat(problems("items: []\nitems: []\n", items -> {})).singleElement()
        .satisfies(p -> assertThat(p).isEqualTo(new FileProblem(2, "items", "trường bị khai báo hai lần")));
  }

  @Test
  void aMissingFieldPointsAtTheTableThatLacksItAndShowsTheExample() {
    List<FileProblem> problems = problems("""
        # a comment first
        items:
          - colour: RED
        """, items -> items.nonEmptyMappings(ITEM_FIELDS).forEach(item -> {
          item.get("code", "a-1").requiredText();
          item.get("colour").requiredEnum(Colour.class);
          item.get("size").requiredEnum(Colour.class);
        }));
    assertThat(problems).containsExactly(
        new FileProblem(3, "items[0].code", "thiếu trường bắt buộc (ví dụ: a-1)"),
        new FileProblem(3, "items[0].size", "thiếu trường bắt buộc; các giá trị: [RED, GREEN]"));
    assertThat(problems("other: 1\n", items -> items.nonEmptyItems())).extracting(FileProblem::line, FileProblem::field)
        .containsExactly(tuple(1, "other"), tuple(1, "items"));
  }

  /**
   * The one rule for empty values: YAML null written as nothing, {@code ~} or {@code null}, and blank text, are no
   * value; an optional field takes its default, a list is empty, a required field is empty on its own line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", " ~", " null", " Null", " NULL", " \"\"", " '  '"})
  void nullTildeNothingAndBlankAreAllNoValue(String written) {
    String file = "items:\n  - code:" + written + "\n    on:" + written + "\n    tags:" + written
        + "\n    colour:" + written + "\n";
    List<FileProblem> problems = problems(file, items -> {
      YamlMapping item = items.nonEmptyMappings(ITEM_FIELDS).get(0);
      assertThat(item.get("code").isGiven()).isFalse();
      assertThat(item.get("code").optionalText()).isNull();
      assertThat(item.get("on").bool(true)).isTrue();
      assertThat(item.get("on").bool(false)).isFalse();
      assertThat(item.get("tags").items()).isEmpty();
      assertThat(item.get("tags").mappings(ITEM_FIELDS)).isEmpty();
      assertThat(item.get("colour").optionalEnum(Colour.class)).isNull();
      item.get("code").requiredText();
      item.get("tags").nonEmptyItems();
      item.get("colour").requiredEnum(Colour.class);
    });
    assertThat(problems).containsExactly(
        new FileProblem(2, "items[0].code", "không được để trống"),
        new FileProblem(4, "items[0].tags", "danh sách không được để trống"),
        new FileProblem(5, "items[0].colour", "không được để trống; các giá trị: [RED, GREEN]"));
  }

  @Test
  void quotedTildeAndNullAreText() {
    YamlMapping item = read("items:\n  - code: \"~\"\n    tags: ['null']\n").root().get("items")
        .nonEmptyMappings(ITEM_FIELDS).get(0);
    assertThat(item.get("code").requiredText()).isEqualTo("~");
    assertThat(item.get("tags").nonEmptyItems()).extracting(YamlValue::requiredText).containsExactly("null");
  }

  @Test
  void anEmptyElementOfAListIsReportedNotSkipped() {
    assertThat(problems("items: [a, ~, '']\n", items -> items.nonEmptyItems().forEach(YamlValue::requiredText)))
        .containsExactly(new FileProblem(1, "items[1]", "không được để trống"),
            new FileProblem(1, "items[2]", "không được để trống"));
    assertThat(problems("items:\n  -\n  - code: a\n", items -> items.nonEmptyMappings(ITEM_FIELDS)))
        .extracting(FileProblem::line, FileProblem::field).containsExactly(tuple(2, "items[0]"));
  }

  @Test
  void brokenYamlIsRefusedAtOnceWithItsLine() {
    RefusedFile refused = refusal("items:\n  - code: a\n  - code: [unclosed\n");
    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isGreaterThanOrEqualTo(3);
      assertThat(p.field()).isEqualTo("(tệp)");
      assertThat(p.message()).startsWith("không đọc được YAML: ");
    });
  }

  @Test
  void aFileThatIsNotATableNamesTheFieldsItShouldHold() {
    assertThat(refusal("- a\n- b\n").problems()).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("tệp phải là một bảng YAML có mục 'items'"));
    assertThat(refusal("").problems()).hasSize(1);
    RefusedFile twoFields = catchThrowableOfType(RefusedFile.class,
        () -> YamlDocument.read("just text", Set.of("units", "people"), RefusedFile::new));
    assertThat(twoFields.problems().get(0).message()).endsWith("các mục 'people', 'units'");
  }

  @Test
  void anAliasBombStopsEarly() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9,
          "*" + (char) (c - 1)))).append("]\n");
    }
    assertThat(refusal(bomb + "items: *j\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("bí danh"));
  }

  @Test
  void nestingDeeperThanTheLimitStopsEarly() {
    int depth = YamlDocument.NESTING_LIMIT + 1;
    assertThat(refusal("items: " + "[".repeat(depth) + "]".repeat(depth) + "\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("lồng nhau"));
    int allowed = YamlDocument.NESTING_LIMIT - 2;
    assertThat(read("items: " + "[".repeat(allowed) + "]".repeat(allowed) + "\n").hasProblems()).isFalse();
  }

  @Test
  @Timeout(5)
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
    String huge = "items: [\"" + "x".repeat(YamlDocument.CODE_POINT_LIMIT) + "\"]\n";
    assertThat(refusal(huge).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("tệp quá lớn"));
  }

  @Test
  void aLongValueIsQuotedShortened() {
    String value = "x".repeat(500);
    assertThat(problems("items:\n  - size: " + value + "\n",
        items -> items.nonEmptyMappings(ITEM_FIELDS).get(0).get("size").requiredInteger(1, 2)))
        .singleElement().satisfies(p -> assertThat(p.message())
            .contains("x".repeat(YamlDocument.QUOTE_LENGTH) + "…'").hasSizeLessThan(120));
  }

  private static YamlDocument read(String text) {
    return YamlDocument.read(text, Set.of("items"), RefusedFile::new);
  }

  private static RefusedFile refusal(String text) {
    return catchThrowableOfType(RefusedFile.class, () -> read(text));
  }

  /** Reads {@code items} with {@code reader} and answers the problems the refusal lists (none: an empty list). */
  private static List<FileProblem> problems(String text, Consumer<YamlValue> reader) {
    YamlDocument file = read(text);
    reader.accept(file.root().get("items"));
    RefusedFile refused = catchThrowableOfType(RefusedFile.class, file::refuseIfProblems);
    return refused == null ? List.of() : refused.problems();
  }
}
