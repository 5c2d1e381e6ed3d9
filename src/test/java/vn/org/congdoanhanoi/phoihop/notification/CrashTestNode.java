package vn.org.congdoanhanoi.phoihop.notification;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import vn.org.congdoanhanoi.phoihop.PhoihopApplication;

/**
 * The application as a node of its own (a child JVM of {@link NotificationCrashRecoveryTest}): exactly the
 * production application, plus, when {@code crash-test.mail-key} is given, one mail to three recipients asked for
 * as soon as the node is ready. Prints {@link #READY} when it is.
 */
public final class CrashTestNode {

  static final String READY = "CRASH-TEST-NODE READY";
  static final List<String> RECIPIENTS = List.of("thuongtruc@a.crash.example", "vanphong@b.crash.example",
      "hoankiem@c.crash.example");

  private CrashTestNode() {}

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(PhoihopApplication.class);
    application.addListeners(new AskForMailWhenReady());
    application.run(args);
  }

  static MailRequest mail(String key) {
    return MailRequest.of("task-created", key, RECIPIENTS, "Công việc mới: Báo cáo kết quả ký kết (9801/LĐLĐ)",
        Map.of("addressees", List.of("Thường trực LĐLĐ Thành phố"), "taskName", "Báo cáo kết quả ký kết",
            "taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=9801"));
  }

  private static final class AskForMailWhenReady implements ApplicationListener<ApplicationReadyEvent> {
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
      String key = event.getApplicationContext().getEnvironment().getProperty("crash-test.mail-key");
      if (key != null) {
        event.getApplicationContext().getBean(Notifications.class).requestMail(mail(key));
      }
      System.out.println(READY);
    }
  }
}
