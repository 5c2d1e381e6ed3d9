package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.org.congdoanhanoi.phoihop.PhoihopApplication;

/**
 * The README's run command: the application on its embedded default, an H2 file database. Each start here
 * uses its own engine name so it never replaces the engine that the PostgreSQL tests share in this JVM.
 */
class EmbeddedDefaultDatabaseTest {

  @TempDir
  Path directory;

  @Test
  void theDemoSurvivesARestartOnTheH2FileDatabase() {
    String taskId;
    try (ConfigurableApplicationContext first = start("demo")) {
      TaskService tasks = first.getBean(TaskService.class);
      Task task = tasks.newTask();
      task.setName("Lễ ký kết Quy chế phối hợp – quận Hoàn Kiếm");
      tasks.saveTask(task);
      taskId = task.getId();
    }
    try (ConfigurableApplicationContext second = start("demo")) {
      Task task = second.getBean(TaskService.class).createTaskQuery().taskId(taskId).singleResult();
      assertThat(task.getName()).isEqualTo("Lễ ký kết Quy chế phối hợp – quận Hoàn Kiếm");
      assertThat(second.getBean(IdentityService.class).checkPassword("hoankiem.ldld", "Demo@phoihop2022")).isTrue();
    }
  }

  @Test
  void withoutTheDemoProfileThereAreNoDemoAccountsAndTheAdministratorComesFromTheEnvironment() {
    try (ConfigurableApplicationContext demo = start("demo")) {
      assertThat(demo.getBean(IdentityService.class).createUserQuery().userId("hoankiem.ldld").count()).isOne();
    }
    try (ConfigurableApplicationContext production = start(null,
        "PHOIHOP_ADMIN_USER=quantri", "PHOIHOP_ADMIN_PASSWORD=Vanhanh#2025")) {
      IdentityService identity = production.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("hoankiem.ldld").count()).isZero();
      assertThat(identity.createUserQuery().userId("vanphong").count()).isZero();
      assertThat(identity.checkPassword("quantri", "Vanhanh#2025")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("quantri").count()).isOne();
      // People named in the organisation file exist, without a password until an administrator sets one.
      assertThat(identity.createUserQuery().userId("nguyenbachau").count()).isOne();
      assertThat(identity.createGroupQuery().groupId("hoankiem-federation").count()).isOne();
    }
  }

  @Test
  void withoutTheDemoProfileTheApplicationRefusesToStartWithoutAnAdministrator() {
    assertThatThrownBy(() -> start(null).close())
        .hasStackTraceContaining("PHOIHOP_ADMIN_USER");
  }

  private ConfigurableApplicationContext start(String profile, String... properties) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(PhoihopApplication.class)
        .profiles(profile == null ? new String[] {"test"} : new String[] {"test", profile});
    // As command-line arguments: default properties would lose to application.yaml (port 8080, ./data).
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=embeddedDefaultTest",
        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("phoihop") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--spring.jmx.enabled=false"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return builder.run(arguments.toArray(String[]::new));
  }
}
