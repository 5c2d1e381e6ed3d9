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
 * Browser tests wait for a condition (Selenium's {@code WebDriverWait}, through {@code Browser.waitFor}), never for a
 * fixed time: a pause is too short on a loaded CI runner, and an absence asserted after one passes even when the page
 * has not loaded its data yet. This scan fails on any pause in test code that drives a browser (every source under
 * {@code src/test/java} that imports Selenium). Comments and string literals are ignored, as in
 * {@link ClockDisciplineTest}. No browser test waits for real time on purpose, so nothing is exempt.
 */
class BrowserWaitDisciplineTest {

  static final Pattern SELENIUM = Pattern.compile("\\bimport\\s+(?:static\\s+)?org\\.openqa\\.selenium\\.");

  static final Pattern PAUSE = Pattern.compile(String.join("|",
      "\\bsleep\\s*\\(",
      "\\bparkNanos\\s*\\(",
      "\\bparkUntil\\s*\\(",
      "\\.\\s*wait\\s*\\(\\s*\\d"));

  @Test
  void noBrowserTestPausesForAFixedTime() throws IOException {
    Path root = Path.of("src/test/java");
    assertThat(root).isDirectory();
    List<String> browserSources = new ArrayList<>();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String code = ClockDisciplineTest.withoutCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
        if (!SELENIUM.matcher(code).find()) {
          continue;
        }
        String relative = root.relativize(file).toString().replace('\\', '/');
        browserSources.add(relative);
        Matcher m = PAUSE.matcher(code);
        while (m.find()) {
          found.add(relative + ":" + ClockDisciplineTest.lineOf(code, m.start()) + ": " + m.group().strip());
        }
      }
    }
    assertThat(browserSources).as("the scan sees the browser tests").anyMatch(f -> f.endsWith("webapp/Browser.java"));
    assertThat(found).as("wait for a condition with Browser.waitFor (WebDriverWait), not for a fixed time").isEmpty();
  }

  @Test
  void theScanSeesEveryFormOfAPause() {
    for (String code : List.of("Thread.sleep(2000);", "Tasklist.sleep(500);", "TimeUnit.SECONDS.sleep(1);",
        "LockSupport.parkNanos(1_000_000);", "lock.wait(100);", "sleep (10)")) {
      assertThat(PAUSE.matcher(ClockDisciplineTest.withoutCommentsAndStrings(code)).find()).as(code).isTrue();
    }
    for (String code : List.of("// Thread.sleep(2000)", "\"sleep(1)\"", "browser.waitFor(d -> d.getTitle())",
        "new WebDriverWait(driver, Duration.ofSeconds(60))")) {
      assertThat(PAUSE.matcher(ClockDisciplineTest.withoutCommentsAndStrings(code)).find()).as(code).isFalse();
    }
  }
}
