package vn.org.congdoanhanoi.phoihop.kernel.variables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The types a process variable may have, each stored as the engine has always stored it here: texts, dates, times,
 * timestamps and enum codes as strings (ISO forms, what forms and other systems send), numbers and flags as
 * themselves, lists of codes as JSON (readable in Cockpit, writable over REST), documents as file values. Never a
 * Java-serialized object.
 */
public final class ProcessVariables {

  /** Dates are days in Hà Nội: a timestamp handed in for a date is read in this zone, never cut at its "T". */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessVariables() {}

  public static ProcessVariable<String> text(String name) {
    return variable(name, value -> value, Object::toString);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return variable(name, value -> value, stored -> stored instanceof Number number ? number.intValue()
        : blankAsNull(stored, text -> Integer.valueOf(text)));
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return variable(name, value -> value,
        stored -> stored instanceof Boolean flag ? flag : Boolean.parseBoolean(stored.toString().strip()));
  }

  /** An ISO date ("2022-05-16"); a timestamp handed in instead is the day it falls on in Hà Nội. */
  public static ProcessVariable<LocalDate> date(String name) {
    return variable(name, LocalDate::toString, stored -> stored instanceof Date date
        ? date.toInstant().atZone(ZONE).toLocalDate() : blankAsNull(stored, ProcessVariables::parseDate));
  }

  /** A time of day as forms send it ("14:00", seconds allowed). */
  public static ProcessVariable<LocalTime> time(String name) {
    return variable(name, LocalTime::toString, stored -> blankAsNull(stored, LocalTime::parse));
  }

  /** An ISO date-time with its offset ("2022-06-10T17:00+07:00"), as timers read it. */
  public static ProcessVariable<OffsetDateTime> timestamp(String name) {
    return variable(name, OffsetDateTime::toString, stored -> stored instanceof Date date
        ? date.toInstant().atZone(ZONE).toOffsetDateTime() : blankAsNull(stored, ProcessVariables::parseTimestamp));
  }

  /** An enum stored as its code ({@link Enum#name()}), as forms and the REST contract send it. */
  public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
    return variable(name, Enum::name, stored -> blankAsNull(stored, code -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return constant;
        }
      }
      throw new IllegalArgumentException("not one of " + List.of(type.getEnumConstants()));
    }));
  }

  /**
   * A list of codes stored as a JSON variable; reads also a JSON text (a REST start sends one) and a collection
   * (what a multi-instance or a caller in Java may hand in).
   */
  public static ProcessVariable<List<String>> codes(String name) {
    return variable(name, value -> SpinValues.jsonValue(json(value)).create(), ProcessVariables::strings);
  }

  /** A JSON document (a result, a request), stored as a JSON variable from its text, read back as its text. */
  public static ProcessVariable<String> json(String name) {
    return variable(name, value -> SpinValues.jsonValue(value).create(), stored -> {
      if (stored instanceof SerializableValue typed && !typed.isDeserialized()) {
        return typed.getValueSerialized();
      }
      return stored instanceof SpinJsonNode node ? node.toString() : stored.toString();
    });
  }

  /** A document (PDF, DOCX, image) stored as a file variable. */
  public static ProcessVariable<FileValue> file(String name) {
    return variable(name, value -> value, stored -> {
      if (stored instanceof FileValue file) {
        return file;
      }
      throw new IllegalArgumentException("not a file");
    });
  }

  private static <T> ProcessVariable<T> variable(String name, Function<T, Object> encode, Function<Object, T> decode) {
    return new ProcessVariable<>(name, VariableCodec.of(encode, decode));
  }

  /** The texts of a list handed in as JSON (variable or text) or as a collection; null is the empty list. */
  static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof SerializableValue typed && !typed.isDeserialized()) {
      // A JSON variable not yet stored (e.g. still in the map of a start call) is only its serialized text.
      return strings(typed.getValueSerialized());
    }
    if (value instanceof SpinJsonNode node) {
      node.elements().forEach(e -> result.add(e.stringValue()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> result.add(String.valueOf(e)));
    } else {
      try {
        for (Object element : JSON.readValue(value.toString(), List.class)) {
          result.add(String.valueOf(element));
        }
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("not a JSON list of texts", e);
      }
    }
    return result;
  }

  static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The day a date ("2022-05-16") or a timestamp ("2022-05-15T17:00:00Z", a date picker's midnight in UTC) means in
   * Hà Nội; what every date variable and every submitted date field is read as.
   *
   * @throws java.time.DateTimeException when the text is neither
   */
  public static LocalDate day(String text) {
    return parseDate(text.strip());
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notJustADate) {
      return parseTimestamp(text).atZoneSameInstant(ZONE).toLocalDate();
    }
  }

  /** With an offset or a "Z" it is an instant; without one it is already Hà Nội's local time. */
  private static OffsetDateTime parseTimestamp(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException noOffset) {
      try {
        LocalDateTime local = LocalDateTime.parse(text);
        return local.atZone(ZONE).toOffsetDateTime();
      } catch (DateTimeParseException notALocalTime) {
        return Instant.parse(text).atZone(ZONE).toOffsetDateTime();
      }
    }
  }

  private static <T> T blankAsNull(Object stored, Function<String, T> parse) {
    String text = stored.toString().strip();
    return text.isEmpty() ? null : parse.apply(text);
  }
}
