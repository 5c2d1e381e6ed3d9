package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * Attack: a district user executes, suspends, re-dates and zeroes the retries of the history-cleanup job, a job
 * of no process instance. Such jobs are for administrators only.
 */
@PostgresIntegrationTest
class StandaloneJobAccessTest {

  @LocalServerPort
  int port;

  @Autowired
  HistoryService historyService;

  @Autowired
  ManagementService managementService;

  Job cleanup;

  @BeforeEach
  void findTheHistoryCleanupJob() {
    cleanup = historyService.findHistoryCleanupJobs().stream().findFirst().orElse(null);
    if (cleanup == null) {
      historyService.cleanUpHistoryAsync();
      cleanup = historyService.findHistoryCleanupJobs().get(0);
    }
    assertThat(cleanup.getProcessInstanceId()).isNull();
  }

  @Test
  void aDistrictUserCannotTouchAJobOfNoProcess() {
    RestCaller district = RestCaller.demo(port, "hoankiem.ldld");
    String job = "/engine-rest/job/" + cleanup.getId();
    assertRefused(district.put(job + "/suspended", Map.of("suspended", true)));
    assertRefused(district.put(job + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0700")));
    assertRefused(district.put(job + "/retries", Map.of("retries", 0)));
    assertRefused(district.put(job + "/priority", Map.of("priority", 99)));
    for (int attempt = 0; attempt < 4; attempt++) {
      // A refused run is no failed run: it must not cost the job a retry.
      assertRefused(district.post(job + "/execute", Map.of()));
    }
    assertRefused(district.send("DELETE", job));

    Job after = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isEqualTo(cleanup.isSuspended());
    assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
    assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
    assertThat(after.getPriority()).isEqualTo(cleanup.getPriority());
  }

  @Test
  void theCityOfficeCannotEither() {
    RestCaller office = RestCaller.demo(port, "vanphong");
    assertRefused(office.put("/engine-rest/job/" + cleanup.getId() + "/retries", Map.of("retries", 0)));
    assertThat(managementService.createJobQuery().jobId(cleanup.getId()).singleResult().getRetries())
        .isEqualTo(cleanup.getRetries());
  }

  @Test
  void anAdministratorManagesIt() {
    RestCaller admin = RestCaller.admin(port);
    String job = "/engine-rest/job/" + cleanup.getId();
    assertThat(admin.put(job + "/suspended", Map.of("suspended", true)).status()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(cleanup.getId()).singleResult().isSuspended()).isTrue();
    assertThat(admin.put(job + "/suspended", Map.of("suspended", false)).status()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(cleanup.getId()).singleResult().isSuspended()).isFalse();
  }

  private static void assertRefused(RestCaller.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(response.body()).contains("quản trị viên").doesNotContain("Exception\"");
  }
}
