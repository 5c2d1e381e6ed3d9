package vn.org.congdoanhanoi.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One clock: the engine's ({@code kernel/time/EngineClock}, backed by Camunda's {@code ClockUtil}). Timers and history
 * are stamped with it; a due date, reminder, result or invitation computed from the system clock disagrees with
 * them as soon as the engine clock is set (tests, replays). This scan fails on any other reading of the clock in
 * {@code src/main/java}. Comments and string literals are ignored. {@code -Dphoihop.clock.scan.root=DIR} scans
 * another tree (used once to see the test fail on the code before the fix).
 */
class ClockDisciplineTest {

  static final String THE_CLOCK = "vn/org/congdoanhanoi/phoihop/kernel/time/EngineClock.java";

  static final Pattern FORBIDDEN = Pattern.compile(String.join("|",
      "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)"
          + "\\s*\\.\\s*now\\s*\\(",
      "\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\(",
      "\\bnew\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)",
      "\\bClock\\s*\\.\\s*(?:systemDefaultZone|systemUTC|system)\\s*\\(",
      "\\bCalendar\\s*\\.\\s*getInstance\\s*\\(",
      "\\bimport\\s+static\\s+java\\.time\\.\\w+\\.now\\b",
      "\\bClockUtil\\b"));

  @Test
  void onlyTheEngineClockReadsTheTime() throws IOException {
    Path root = Path.of(System.getProperty("phoihop.clock.scan.root", "src/main/java"));
    assertThat(root).isDirectory();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.equals(THE_CLOCK)) {
          continue;
        }
        String code = withoutCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
        Matcher m = FORBIDDEN.matcher(code);
        while (m.find()) {
          found.add(relative + ":" + lineOf(code, m.start()) + ": " + m.group().replaceAll("\\s+", " "));
        }
      }
    }
    assertThat(found)
        .as("read the time through EngineClock (the engine's clock), not the system clock")
        .isEmpty();
  }

  @Test
  void theScanSeesEveryFormThatReadsTheSystemClock() {
    for (String code : List.of("LocalDate.now(ZONE)", "java.time.Instant.now()", "LocalDateTime .now()",
        "System.currentTimeMillis()", "new Date()", "new java.util.Date( )", "Clock.systemDefaultZone()",
        "OffsetDateTime.now(z)", "import static java.time.LocalDate.now;", "ClockUtil.getCurrentTime()")) {
      assertThat(FORBIDDEN.matcher(withoutCommentsAndStrings(code)).find()).as(code).isTrue();
    }
    for (String code : List.of("// LocalDate.now()", "/* new Date() */", "\"Instant.now()\"", "new Date(millis)",
        "clock.now()", "System.nanoTime()")) {
      assertThat(FORBIDDEN.matcher(withoutCommentsAndStrings(code)).find()).as(code).isFalse();
    }
  }

  /** Blanks comments, string and text-block literals (keeping line breaks, so line numbers stay right). */
  static String withoutCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        blank(source, i, end, out);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end + 3;
        blank(source, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, source.length());
        blank(source, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(source.charAt(k) == '\n' ? '\n' : ' ');
    }
  }

  static int lineOf(String code, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (code.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
