package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Vietnamese translations of the Camunda 7 webapps against the English originals of the webjar.
 *
 * <p>Both files are read from the test classpath at the same path, {@code
 * META-INF/resources/webjars/camunda/app/<app>/locales/}: {@code en.json} comes from the {@code camunda-webapp-webjar}
 * jar, {@code vi.json} from our resources (target/classes). Nested objects and arrays are flattened to dotted keys
 * ({@code labels.CLAIM_TASK}, {@code dateLocales.months.0}).
 *
 * <ul>
 *   <li>Tasklist, Admin and Welcome must be complete: exactly the English key set, no English text copied unchanged
 *       (except brand names, technical acronyms, moment.js date format patterns and strings made only of
 *       placeholders or symbols), and the same placeholders ({@code {{...}}}, {@code %s}, HTML tags) as the English
 *       text.
 *   <li>Cockpit may be partial (the webapp falls back to the fallback locale for missing keys); the share of
 *       translated keys is reported, and only keys that English does not have fail the test.
 * </ul>
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Words that may stay as in English: product and brand names, technical acronyms. A Vietnamese value identical to
   * the English one passes only if every word in it is one of these (or it has no words at all).
   */
  private static final Set<String> SAME_IN_ALL_LANGUAGES = Set.of(
      "Camunda", "Cockpit", "Tasklist", "Admin", "Optimize",
      "BPMN", "DMN", "CMMN", "FEEL", "ID", "JSON", "XML", "CSV", "URL", "OK", "null");

  /**
   * Placeholders the webapps fill in or render: angular expressions, printf/moment arguments, HTML tags. Only real
   * HTML elements count as tags: values such as {@code <null>} or {@code <undefined>} are displayed as text.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{\\s*(.*?)\\s*}}|%[sd]|</?(?:a|b|br|code|em|i|li|ol|p|small|span|strong|u|ul)\\b[^<>]*>");
  private static final Pattern HTML_ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

  @ParameterizedTest(name = "{0}: vi.json has exactly the English keys")
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void completeTranslationHasExactlyTheEnglishKeys(String app) {
    Map<String, JsonNode> english = english(app);
    Map<String, JsonNode> vietnamese = vietnamese(app);

    Set<String> missing = difference(english.keySet(), vietnamese.keySet());
    Set<String> extra = difference(vietnamese.keySet(), english.keySet());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail("%s vi.json does not have the key set of the webjar's en.json (%d keys, vi.json has %d).%n"
              + "Missing (%d): %s%nExtra, not in English (%d): %s",
          app, english.size(), vietnamese.size(), missing.size(), missing, extra.size(), extra);
    }
  }

  @ParameterizedTest(name = "{0}: no English text copied unchanged")
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void completeTranslationHasNoUntranslatedCopies(String app) {
    Map<String, JsonNode> english = english(app);
    Map<String, JsonNode> vietnamese = vietnamese(app);

    List<String> copies = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode vi = vietnamese.get(key);
      if (vi != null && en.isTextual() && vi.isTextual() && en.asText().equals(vi.asText())
          && !mayStayAsInEnglish(key, en.asText())) {
        copies.add(key + " = \"" + en.asText() + "\"");
      }
    });
    assertThat(copies)
        .as("%s vi.json values identical to English (untranslated copies?)", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: placeholders kept as in English")
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void completeTranslationKeepsThePlaceholders(String app) {
    Map<String, JsonNode> english = english(app);
    Map<String, JsonNode> vietnamese = vietnamese(app);

    List<String> broken = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode vi = vietnamese.get(key);
      if (vi != null && en.isTextual() && vi.isTextual()) {
        List<String> expected = placeholders(en.asText());
        List<String> actual = placeholders(vi.asText());
        if (!expected.equals(actual)) {
          broken.add(key + ": English has " + expected + ", Vietnamese has " + actual);
        }
      }
    });
    assertThat(broken).as("%s vi.json placeholders differing from English", app).isEmpty();
  }

  @Test
  void cockpitTranslationIsPartialButHasNoUnknownKeys(TestReporter reporter) {
    Map<String, JsonNode> english = english("cockpit");
    Map<String, JsonNode> vietnamese = vietnamese("cockpit");

    long translated = english.entrySet().stream()
        .filter(e -> vietnamese.containsKey(e.getKey()))
        .filter(e -> !e.getValue().isTextual()
            || !e.getValue().asText().equals(vietnamese.get(e.getKey()).asText())
            || mayStayAsInEnglish(e.getKey(), e.getValue().asText()))
        .count();
    String share = String.format(Locale.ROOT, "cockpit vi.json: %d of %d English keys translated (%.1f %%)",
        translated, english.size(), 100.0 * translated / english.size());
    System.out.println(share);
    reporter.publishEntry("cockpit-translated", share);

    Set<String> extra = difference(vietnamese.keySet(), english.keySet());
    assertThat(extra).as("cockpit vi.json keys that the webjar's en.json does not have").isEmpty();
  }

  /** Brand names and acronyms only, placeholders/markup only, or a moment.js date format pattern. */
  static boolean mayStayAsInEnglish(String key, String value) {
    if (key.startsWith("dateLocales.longDateFormat.") || key.equals("dateLocales.calendar.sameElse")) {
      return true; // pure moment.js format patterns such as "DD/MM/YYYY" and "HH:mm"
    }
    String text = HTML_ENTITY.matcher(PLACEHOLDER.matcher(value).replaceAll(" ")).replaceAll(" ");
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      if (!SAME_IN_ALL_LANGUAGES.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  static List<String> placeholders(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group(1) != null ? "{{" + m.group(1) + "}}" : m.group());
    }
    Collections.sort(found);
    return found;
  }

  private static Map<String, JsonNode> english(String app) {
    List<URL> urls = resources(app, "en");
    List<URL> fromWebjar = urls.stream().filter(url -> url.toString().contains(WEBJAR)).toList();
    assertThat(fromWebjar)
        .as("%s en.json from the %s jar on the test classpath (found: %s)", app, WEBJAR, urls)
        .hasSize(1);
    return flatten(read(fromWebjar.get(0)));
  }

  private static Map<String, JsonNode> vietnamese(String app) {
    List<URL> urls = resources(app, "vi");
    List<URL> ours = urls.stream()
        .filter(url -> !url.toString().contains(WEBJAR))
        .filter(url -> url.toString().contains("/target/classes/"))
        .toList();
    if (ours.isEmpty()) {
      fail("No %s vi.json in target/classes (src/main/resources/%s); found on the classpath: %s",
          app, String.format(LOCALES, app, "vi"), urls);
    }
    assertThat(ours).as("%s vi.json in target/classes", app).hasSize(1);
    return flatten(read(ours.get(0)));
  }

  private static List<URL> resources(String app, String language) {
    try {
      return Collections.list(WebappTranslationTest.class.getClassLoader()
          .getResources(String.format(LOCALES, app, language)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(URL url) {
    // Jackson detects the encoding and skips the UTF-8 byte order mark of the webjar's files.
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url, e);
    }
  }

  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "." + i, node.get(i), flat);
      }
    } else {
      flat.put(prefix, node);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
