package vn.org.congdoanhanoi.phoihop.webapp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run) with a fresh profile, in the
 * time zone of Hanoi. Never Selenium Manager: both executables are given explicitly, and a missing browser fails the
 * test (it is never skipped). Screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("phoihop.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("phoihop.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  final String baseUrl;
  private final Path profile;
  /** Who logged in last, as the engine knows them. */
  private String user;

  /** @param language the browser's language, e.g. "vi-VN" or "en-US" (navigator.languages and Accept-Language) */
  Browser(int port, String language) {
    this.baseUrl = "http://localhost:" + port;
    try {
      this.profile = Files.createTempDirectory("phoihop-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!new File(executable).canExecute()) {
        throw new IllegalStateException(executable + " is missing: install Debian's chromium and chromium-driver "
            + "(.ci/run does), or point -Dphoihop.chromium / -Dphoihop.chromedriver at them");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh", "LANGUAGE", language.replace('-', '_')))
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    // Generous: a shared 2-core CI runner with the application and a browser on it is slow at times.
    return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
  }

  WebElement visible(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    waitFor(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Logs in on the login page of any of the webapps. */
  void logIn(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    WebElement name = visible(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
    // The form is drawn before AngularJS has finished loading the app's configuration and translations; typed
    // too early, the keys can miss the model and the form stays. Type once the webapp is idle, and check it took.
    waitUntilIdle();
    name.sendKeys(user);
    WebElement secret = driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
    secret.sendKeys(password);
    // On a loaded machine AngularJS may still redraw the form after it looked idle and drop what was typed: type
    // again into the form as it is now until both fields hold their values.
    waitFor(d -> {
      WebElement nameNow = d.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
      WebElement secretNow = d.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
      if (user.equals(nameNow.getAttribute("value")) && password.equals(secretNow.getAttribute("value"))) {
        return true;
      }
      nameNow.clear();
      nameNow.sendKeys(user);
      secretNow.clear();
      secretNow.sendKeys(password);
      return false;
    });
    click(By.cssSelector("form[name=signinForm] button[type=submit]"));
    try {
      waitFor(d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Logging in as " + user + " to " + app + " did not leave the sign-in form; "
          + "the page shows: " + bodyText() + " (screenshot " + screenshot("login-" + user) + ")", e);
    }
    this.user = user;
  }

  String user() {
    if (user == null) {
      throw new IllegalStateException("nobody has logged in in this browser");
    }
    return user;
  }

  /**
   * Waits until the webapp (AngularJS) has no HTTP request in flight: every answer, an error too, has been handled
   * and shown.
   */
  void waitUntilIdle() {
    waitFor(d -> Boolean.TRUE.equals(script("const ng = window.angular; if (!ng) { return false; }"
        + " const injector = ng.element(document.querySelector('.ng-scope') || document.body).injector();"
        + " return !!injector && injector.get('$http').pendingRequests.length === 0;")));
  }

  /** Scrolls the element to the middle of the screen (away from the fixed header and footer), then clicks it. */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  void click(By by) {
    click(visible(by));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot of the whole page height, for long forms. */
  Path fullScreenshot(String name) {
    Number height = (Number) script("return Math.max(document.body.scrollHeight,"
        + " ...Array.from(document.querySelectorAll('.task-details, .form-container, .modal-body, [cam-tasklist-form]'))"
        + ".map(e => e.scrollHeight));");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.min(6000, height.intValue() + 400)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
