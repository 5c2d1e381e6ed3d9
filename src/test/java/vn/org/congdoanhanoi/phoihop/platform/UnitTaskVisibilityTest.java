package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

/** A district's users see and act on their own unit's tasks only; the city office sees all. */
@PostgresIntegrationTest
class UnitTaskVisibilityTest {

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  final List<String> created = new ArrayList<>();
  String melinhTask;
  String myducTask;

  @BeforeEach
  void createOneTaskPerUnit() {
    melinhTask = createTaskFor(Groups.federation("melinh"), "Đề xuất tổ chức Lễ ký kết – Mê Linh");
    myducTask = createTaskFor(Groups.federation("myduc"), "Đề xuất tổ chức Lễ ký kết – Mỹ Đức");
  }

  @AfterEach
  void deleteTasks() {
    created.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void aDistrictUserListsOnlyTheirOwnUnitsTasks() {
    JsonNode tasks = RestCaller.demo(port, "melinh.ldld").get("/engine-rest/task?maxResults=500").json();
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).contains(melinhTask).doesNotContain(myducTask);
    for (String id : ids) {
      assertThat(taskService.getIdentityLinksForTask(id)).extracting(IdentityLink::getGroupId)
          .as("task %s", id).contains(Groups.federation("melinh"));
    }
  }

  @Test
  void anotherUnitsTaskIsInvisibleAndCannotBeCompleted() {
    RestCaller melinh = RestCaller.demo(port, "melinh.ldld");
    assertThat(melinh.get("/engine-rest/task/" + myducTask).status()).isEqualTo(404);
    RestCaller.Response complete = melinh.post("/engine-rest/task/" + myducTask + "/complete", Map.of());
    assertThat(complete.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(myducTask).count()).isEqualTo(1);
  }

  @Test
  void thePartyCommitteeOfTheSameDistrictDoesNotSeeTheFederationsTask() {
    RestCaller party = RestCaller.demo(port, "melinh.capuy");
    assertThat(party.get("/engine-rest/task/" + melinhTask).status()).isEqualTo(404);
  }

  @Test
  void aDistrictUserCompletesTheirOwnUnitsTask() {
    RestCaller melinh = RestCaller.demo(port, "melinh.ldld");
    assertThat(melinh.post("/engine-rest/task/" + melinhTask + "/complete", Map.of()).status()).isEqualTo(204);
    created.remove(melinhTask);
  }

  @Test
  void theCityOfficeSeesEveryUnitsTasks() {
    RestCaller office = RestCaller.demo(port, "vanphong");
    assertThat(office.get("/engine-rest/task/" + melinhTask).status()).isEqualTo(200);
    assertThat(office.get("/engine-rest/task/" + myducTask).status()).isEqualTo(200);
  }

  @Test
  void everyUserHasTheFourVietnameseFiltersAndTheUnitFilterShowsTheUnitsTasks() {
    RestCaller melinh = RestCaller.demo(port, "melinh.ldld");
    JsonNode filters = melinh.get("/engine-rest/filter?resourceType=Task&maxResults=50").json();
    assertThat(filters.findValuesAsText("name"))
        .contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    String unitFilter = null;
    for (JsonNode filter : filters) {
      if ("Việc của đơn vị".equals(filter.get("name").asText())) {
        unitFilter = filter.get("id").asText();
      }
    }
    JsonNode tasks = melinh.post("/engine-rest/filter/" + unitFilter + "/list?maxResults=100", Map.of()).json();
    assertThat(tasks.findValuesAsText("id")).contains(melinhTask).doesNotContain(myducTask);
  }

  private String createTaskFor(String groupId, String name) {
    RestCaller admin = RestCaller.admin(port);
    String id = "visibility-" + System.nanoTime();
    assertThat(admin.post("/engine-rest/task/create", Map.of("id", id, "name", name)).status()).isEqualTo(204);
    assertThat(admin.post("/engine-rest/task/" + id + "/identity-links",
        Map.of("groupId", groupId, "type", "candidate")).status()).isEqualTo(204);
    created.add(id);
    return id;
  }
}
