package vn.org.congdoanhanoi.phoihop.webapp;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browsers a test opened: on a failure each one's screen is saved under target/screenshots/ (named after the
 * test) before the failure is reported; after each test they are closed.
 */
final class Browsers implements TestExecutionExceptionHandler, AfterEachCallback {

  private final List<Browser> open = new ArrayList<>();

  Browser open(int port, String language) {
    Browser browser = new Browser(port, language);
    open.add(browser);
    return browser;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    for (int i = 0; i < open.size(); i++) {
      try {
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName() + "-" + (i + 1);
        open.get(i).screenshot(name);
        java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), open.get(i).driver.getPageSource());
      } catch (RuntimeException | java.io.IOException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(Browser::close);
    open.clear();
  }
}
