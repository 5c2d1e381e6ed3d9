package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * Vietnamese is the default in the four webapps even for a browser that asks for English; English is there as a
 * deliberate choice (?lang=en, remembered by the browser for every app) and ?lang=vi goes back.
 */
@PostgresIntegrationTest
class LanguageBrowserTest {

  @LocalServerPort
  int port;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @Test
  void anEnglishBrowserSeesVietnameseUntilItAsksForEnglish() {
    Browser browser = browsers.open(port, "en-US");
    assertThat(browser.script("return navigator.languages[0]")).isEqualTo("en-US");
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      browser.open("/camunda/app/" + app + "/default/");
      browser.waitForText(By.cssSelector("form[name=signinForm] button[type=submit]"), "Đăng nhập");
      assertThat(browser.driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]"))
          .getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
      browser.screenshot("language-" + app + "-login-vietnamese-default");
    }

    browser.logIn("tasklist", "hoankiem.ldld", RestCaller.DEMO_PASSWORD);
    browser.waitForText(By.cssSelector(".start-process-action"), "Khởi tạo quy trình");
    browser.screenshot("language-tasklist-vietnamese-in-an-english-browser");

    browser.open("/camunda/app/tasklist/default/?lang=en");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start process");
    browser.screenshot("language-tasklist-english-on-request");
    // Remembered, and for the other apps too.
    browser.open("/camunda/app/welcome/default/");
    browser.waitFor(d -> "en".equals(browser.script("return document.documentElement.lang")));
    browser.screenshot("language-welcome-english-remembered");
    browser.open("/camunda/app/tasklist/default/");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start process");

    browser.open("/camunda/app/tasklist/default/#/?lang=vi");
    browser.driver.navigate().refresh();
    browser.waitForText(By.cssSelector(".start-process-action"), "Khởi tạo quy trình");
    Tasklist.assertVietnamese(browser);
  }
}
