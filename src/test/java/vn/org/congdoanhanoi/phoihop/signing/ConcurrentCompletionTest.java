package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.platform.fanout.FanOuts;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Every unit of a campaign acts at the same moment, in parallel threads against PostgreSQL, and Camunda's own job
 * executor runs the asynchronous steps: no user sees an error, no job ends in an incident, and the campaign's
 * multi-instance joins count every unit exactly once.
 */
@PostgresIntegrationTest
class ConcurrentCompletionTest {

  static final String NUMBER = "9401/LĐLĐ";

  @Autowired
  ProcessEngine engine;

  @Autowired
  OrganizationDirectory organization;

  @Autowired
  SigningResults results;

  @Autowired
  FanOuts fanOuts;

  @Test
  void allUnitsCompletingAtOnceNeverShowAnErrorAndTheCampaignCountsEveryUnit() throws Exception {
    List<String> units = organization.defaultSigningUnits().stream().map(Unit::code).toList();
    assertThat(units).hasSize(32);
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong",
        Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), NUMBER, SigningCampaign.Vars.ISSUED_ON.name(), "2022-05-16",
        SigningCampaign.Vars.DEADLINE.name(), "2022-06-30", SigningCampaign.Vars.TERM.name(), "2022-2025",
            SigningCampaign.Vars.SUBJECT.name(), "V/v ký kết Quy chế phối hợp (thử tải đồng thời)"));
    SigningDriver d = new SigningDriver(engine, NUMBER);

    inParallel(units, unit -> {
      d.complete(unit + ".ldld", d.unit(unit), UnitSigning.Elements.PROPOSAL,
          SigningDriver.proposal("LOCALITY"));
      d.approve(unit);
    });
    runJobExecutorUntilIdle(campaign);

    LocalDate first = LocalDate.of(2022, 6, 1);
    inParallel(units, unit -> {
      int i = units.indexOf(unit);
      LocalDate date = first;
      for (int workingDay = 0; workingDay < i / 2; ) {
        date = date.plusDays(1);
        if (date.getDayOfWeek().getValue() <= 5) {
          workingDay++;
        }
      }
      d.complete(unit + ".ldld", d.unit(unit), UnitSigning.Elements.SCHEDULE_LOCAL,
          SigningDriver.schedule(date.toString(), i % 2 == 0 ? "10:30" : "16:00"));
    });
    runJobExecutorUntilIdle(campaign); // the ceremony days of 2022 have passed: the timers fire at once

    inParallel(units, unit -> {
      d.complete(unit + ".ldld", d.unit(unit), UnitSigning.Elements.RECORD_OUTCOME,
          Map.of(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED",
          UnitSigning.Vars.SIGNED_ON.name(), "2022-06-20", UnitSigning.Vars.SIGNATORIES.name(),
              "Bí thư cấp ủy; Chủ tịch LĐLĐ Thành phố"));
      d.complete(unit + ".ldld", d.unit(unit), UnitSigning.Elements.REPORT,
          Map.of(UnitSigning.Vars.REPORT_SUMMARY.name(), "Đã ký kết."));
    });
    runJobExecutorUntilIdle(campaign);

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign.getId())
        .singleResult().getEndTime()).as("campaign ended").isNotNull();
    assertThat(fanOuts.progress(campaign.getId())).singleElement().satisfies(p -> {
      assertThat(p.planned()).isEqualTo(32 + organization.clusters(2022).size());
      assertThat(p.ended()).isEqualTo(p.planned());
      assertThat(p.completed()).isTrue();
    });
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
        .activityId(SigningCampaign.Elements.SIGNINGS_ENDED).finished().count()).isOne();
    assertThat(results.forCampaign(new CampaignId(NUMBER, 2022))).hasSize(32)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(SigningResults.Outcome.SIGNED));
  }

  private interface UnitAction {
    void run(String unit) throws Exception;
  }

  /** Eight users at once, each acting for some units; any error a user would see fails the test. */
  private static void inParallel(List<String> units, UnitAction action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (String unit : units) {
        Callable<Void> call = () -> {
          action.run(unit);
          return null;
        };
        results.add(pool.submit(call));
      }
      for (Future<Void> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void runJobExecutorUntilIdle(ProcessInstance campaign) throws InterruptedException {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.start();
    try {
      Instant until = Instant.now().plus(Duration.ofMinutes(2));
      // Jobs that lost an optimistic-locking race are retried by the executor; wait until none is due. (Such a
      // retried job no longer carries its root process instance id, so the whole job table is watched.)
      while (engine.getManagementService().createJobQuery().executable().withRetriesLeft().count() > 0) {
        assertThat(Instant.now()).as("jobs done within 2 minutes").isBefore(until);
        Thread.sleep(200);
      }
    } finally {
      executor.shutdown();
    }
  }
}
