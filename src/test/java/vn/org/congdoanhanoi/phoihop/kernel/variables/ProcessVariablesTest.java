package vn.org.congdoanhanoi.phoihop.kernel.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

class ProcessVariablesTest {

  enum Colour { RED, GREEN }

  private static final ProcessVariable<LocalDate> DAY = ProcessVariables.date("day");
  private static final ProcessVariable<LocalTime> AT = ProcessVariables.time("at");
  private static final ProcessVariable<OffsetDateTime> WHEN = ProcessVariables.timestamp("when");
  private static final ProcessVariable<Colour> COLOUR = ProcessVariables.choice("colour", Colour.class);
  private static final ProcessVariable<List<String>> CODES = ProcessVariables.codes("codes");
  private static final ProcessVariable<Integer> YEAR = ProcessVariables.integer("year");
  private static final ProcessVariable<Boolean> JOINED = ProcessVariables.flag("joined");
  private static final ProcessVariable<String> NOTE = ProcessVariables.text("note");

  @Test
  void a_timestamp_given_for_a_date_is_the_day_it_falls_on_in_Hanoi_not_its_first_ten_characters() {
    assertThat(DAY.required(Map.of("day", "2022-05-15T17:00:00Z"))).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(DAY.required(Map.of("day", "2022-05-15T16:59:59Z"))).isEqualTo(LocalDate.of(2022, 5, 15));
    assertThat(DAY.required(Map.of("day", "2022-05-16T00:30:00+07:00"))).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(DAY.required(Map.of("day", "2022-05-16T08:00:00"))).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(DAY.required(Map.of("day", java.util.Date.from(java.time.Instant.parse("2022-05-15T17:00:00Z")))))
        .isEqualTo(LocalDate.of(2022, 5, 16));
  }

  @Test
  void a_submitted_date_or_timestamp_is_the_day_it_means_in_Hanoi() {
    assertThat(ProcessVariables.day("2022-05-16")).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(ProcessVariables.day("2022-05-15T17:00:00.000Z")).isEqualTo(LocalDate.of(2022, 5, 16));
    assertThatThrownBy(() -> ProcessVariables.day("16/05/2022")).isInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void dates_times_and_timestamps_are_stored_as_the_ISO_strings_forms_and_timers_use() {
    assertThat(DAY.stored(LocalDate.of(2022, 5, 16))).isEqualTo("2022-05-16");
    assertThat(AT.stored(LocalTime.of(14, 0))).isEqualTo("14:00");
    OffsetDateTime cutOff = OffsetDateTime.of(2022, 6, 16, 17, 0, 0, 0, ZoneOffset.ofHours(7));
    assertThat(WHEN.stored(cutOff)).isEqualTo("2022-06-16T17:00+07:00");
    assertThat(WHEN.required(Map.of("when", "2022-06-16T17:00+07:00"))).isEqualTo(cutOff);
    assertThat(AT.required(Map.of("at", "14:00:00"))).isEqualTo(LocalTime.of(14, 0));
  }

  @Test
  void a_blank_date_field_is_no_date() {
    assertThat(DAY.optional(Map.of("day", " "))).isEmpty();
    assertThat(NOTE.optional(Map.of("note", ""))).contains("");
  }

  @Test
  void enums_are_stored_as_their_codes_and_an_unknown_code_names_the_variable_and_the_choices() {
    assertThat(COLOUR.stored(Colour.GREEN)).isEqualTo("GREEN");
    assertThat(COLOUR.required(Map.of("colour", "RED"))).isEqualTo(Colour.RED);
    assertThatThrownBy(() -> COLOUR.required(Map.of("colour", "BLUE")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'colour'").hasMessageContaining("[RED, GREEN]");
  }

  @Test
  void lists_of_codes_are_stored_as_JSON_and_read_from_JSON_variables_texts_and_collections() {
    Object stored = CODES.stored(List.of("hoankiem", "badinh"));
    assertThat(stored).isInstanceOf(JsonValue.class);
    assertThat(((JsonValue) stored).getValueSerialized()).isEqualTo("[\"hoankiem\",\"badinh\"]");
    assertThat(CODES.required(Map.of("codes", stored))).containsExactly("hoankiem", "badinh");
    assertThat(CODES.required(Map.of("codes", "[\"tayho\"]"))).containsExactly("tayho");
    assertThat(CODES.required(Map.of("codes", List.of("tayho", "dongda")))).containsExactly("tayho", "dongda");
  }

  @Test
  void numbers_and_flags_are_stored_as_themselves_and_read_from_texts_too() {
    assertThat(YEAR.stored(2022)).isEqualTo(2022);
    assertThat(YEAR.required(Map.of("year", 2022L))).isEqualTo(2022);
    assertThat(YEAR.required(Map.of("year", "2022"))).isEqualTo(2022);
    assertThat(JOINED.stored(true)).isEqualTo(true);
    assertThat(JOINED.required(Map.of("joined", "true"))).isTrue();
  }

  @Test
  void typed_values_of_a_variable_map_are_read_as_their_values() {
    Map<String, Object> typed = Variables.createVariables().putValueTyped("year", Variables.integerValue(2023));
    assertThat(YEAR.required(typed)).isEqualTo(2023);
    FileValue file = Variables.fileValue("a.pdf").file(new byte[] {1}).create();
    assertThat(ProcessVariables.file("scan").required(Map.of("scan", file))).isSameAs(file);
  }

  @Test
  void a_missing_required_variable_is_named_in_the_error() {
    assertThatThrownBy(() -> DAY.required(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessage("Process variable 'day' is missing");
    assertThat(DAY.orNull(Map.of())).isNull();
  }

  @Test
  void writes_for_starts_and_correlations_put_the_stored_form_under_the_name() {
    Map<String, Object> variables = DAY.putInto(new HashMap<>(), LocalDate.of(2022, 6, 30));
    assertThat(variables).containsEntry("day", "2022-06-30");
    assertThat(COLOUR.putInto(Variables.createVariables(), null)).containsEntry("colour", null);
  }
}
