package vn.org.congdoanhanoi.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.org.congdoanhanoi.phoihop.signing.SigningDriver;

/** What a user does in Camunda Tasklist, by its Vietnamese labels. */
final class Tasklist {

  private static final Pattern TASK_ID = Pattern.compile("[?&]task=([0-9a-f-]{36})");
  /** Tasklist asks for this many tasks a page (its task list query's maxResults). */
  private static final int PAGE_SIZE = 15;

  /** Words of Tasklist's English screens; none may show in the Vietnamese one. */
  static final List<String> ENGLISH = List.of("Start process", "Create task", "Claim", "Unclaim", "Complete",
      "My profile", "Log out", "Add comment", "Set follow-up date", "Set due date", "Form", "History", "Diagram",
      "Description", "Filter tasks", "Created", "Keyboard Shortcuts", "Powered by", "Select a task in the list",
      "Field is required", "Save", "Follow-up", "Due");

  private Tasklist() {}

  /**
   * Selects a filter on the left and returns the ids of the tasks it lists. Waits until the list shows what the
   * engine answers the logged-in user for that filter, so a task missing from the list is missing indeed and not
   * still on its way.
   */
  static List<String> openFilter(Browser browser, ProcessEngine engine, String name) {
    WebElement filter = browser.waitFor(d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .filter(a -> a.getText().strip().startsWith(name)).findFirst().orElse(null));
    browser.click(filter);
    browser.waitFor(d -> d.findElements(By.cssSelector(".task-filter.active h4.name a")).stream()
        .anyMatch(a -> a.getText().strip().startsWith(name)));
    String filterId = filterId(engine, name);
    long count = SigningDriver.as(engine, browser.user(), () -> engine.getFilterService().count(filterId));
    Set<String> firstPage = new HashSet<>(tasksOfFilter(engine, browser.user(), filterId));
    browser.waitFor(d -> listLoaded(browser) && shows(listedTaskIds(browser), count, firstPage) ? Boolean.TRUE : null);
    return listedTaskIds(browser);
  }

  /**
   * The list shows as many tasks as the filter has for the user (up to a page) and, when they fit on one page,
   * those very tasks.
   */
  private static boolean shows(List<String> listed, long count, Set<String> firstPage) {
    return listed.size() == Math.min(count, PAGE_SIZE) && (count > PAGE_SIZE || firstPage.equals(new HashSet<>(listed)));
  }

  /** Tasklist's loader is gone and the list shows either tasks or its notice that none matches. */
  private static boolean listLoaded(Browser browser) {
    return Boolean.TRUE.equals(browser.script("const list = document.querySelector('section.tasks-list');"
        + " return !!list && !Array.from(list.querySelectorAll('.loader')).some(l => l.offsetParent !== null)"
        + " && !!list.querySelector('ol.tasks-list, .well');"));
  }

  /** The first page of what the engine lists for the filter to the user, with the user's groups. */
  private static List<String> tasksOfFilter(ProcessEngine engine, String user, String filterId) {
    List<Task> tasks = SigningDriver.as(engine, user, () -> engine.getFilterService().listPage(filterId, 0, PAGE_SIZE));
    return tasks.stream().map(Task::getId).toList();
  }

  /** Asked in the page itself, in one step: the list may be redrawn between finding a link and reading it. */
  @SuppressWarnings("unchecked")
  static List<String> listedTaskIds(Browser browser) {
    List<String> hrefs = (List<String>) browser.script("return Array.from(document.querySelectorAll("
        + "\"section.tasks-list a[href*='task=']\")).map(a => a.getAttribute('href'));");
    List<String> ids = new ArrayList<>();
    for (String href : hrefs) {
      Matcher m = TASK_ID.matcher(String.valueOf(href));
      if (m.find() && !ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  static long filterCount(Browser browser) {
    return browser.driver.findElements(By.cssSelector("section.tasks-list li.task")).size();
  }

  static String filterId(ProcessEngine engine, String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  /** Opens a task by its address, as a link in a mail or a bookmark would. */
  static void openTask(Browser browser, String taskId) {
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.visible(By.cssSelector(".task-details, [cam-tasklist-form]"));
    browser.waitFor(d -> !d.findElements(By.cssSelector("button.claim, .assignee .set-value, .form-actions")).isEmpty());
  }

  /**
   * Clicks "Nhận việc". Tasklist then shows the task under "Việc của tôi" (the user's first filter); the task is
   * opened there again, as the user would click it.
   */
  static void claim(Browser browser, ProcessEngine engine, String taskId) {
    browser.click(By.cssSelector("button.claim"));
    browser.waitFor(d -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee() != null);
    browser.open("/camunda/app/tasklist/default/#/?filter=" + filterId(engine, "Việc của tôi") + "&task=" + taskId);
    browser.waitFor(d -> d.findElements(By.cssSelector(".form-actions button.btn-primary")).stream()
        .anyMatch(WebElement::isDisplayed));
    browser.waitFor(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
  }

  /** Clicks "Hoàn thành" and waits until Tasklist has closed the task. */
  static void complete(Browser browser) {
    WebElement button = browser.waitFor(d -> d.findElements(By.cssSelector(".form-actions button.btn-primary")).stream()
        .filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null));
    assertThat(button.getText()).isEqualTo("Hoàn thành");
    browser.click(button);
    // Asked in the page itself: the button may be removed from the page between finding and asking (stale).
    browser.waitFor(d -> Boolean.FALSE.equals(browser.script("return Array.from(document.querySelectorAll("
        + "'.form-actions button.btn-primary')).some(b => b.offsetParent !== null);")));
  }

  /** The values shown in a Camunda Form's inputs. */
  @SuppressWarnings("unchecked")
  static List<String> fieldValues(Browser browser) {
    return (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('.fjs-form input, .fjs-form textarea')).map(i => i.value);");
  }

  /** Clicks the radio button (or checkbox) of a Camunda Form whose label is the given text. */
  static void chooseRadio(Browser browser, String label) {
    WebElement element = browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-form label")).stream()
        .filter(l -> l.getText().strip().equals(label)).findFirst().orElse(null));
    browser.click(element);
  }

  /** No English word of Tasklist's screens is visible. */
  static void assertVietnamese(Browser browser) {
    String text = browser.bodyText();
    List<String> found = new ArrayList<>();
    for (String english : ENGLISH) {
      if (Pattern.compile("\\b" + Pattern.quote(english) + "\\b").matcher(text).find()) {
        found.add(english);
      }
    }
    assertThat(found).as("English words on a Vietnamese screen:%n%s", text).isEmpty();
  }

}
