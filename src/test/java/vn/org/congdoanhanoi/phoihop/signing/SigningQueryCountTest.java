package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SqlStatementCounter;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.reporting.ComplianceFacts;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.CampaignStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport;
import vn.org.congdoanhanoi.phoihop.signing.report.SigningComplianceSource;

/**
 * The compliance matrix, {@code /api/signing-campaigns} and the list of campaigns read the database in a number of
 * statements that does not grow with the units of a campaign, nor with the number of campaigns: counted on the
 * JDBC connections of the test's thread, engine and our own tables alike.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningQueryCountTest {

  static final String TWO_UNITS = "9861/LĐLĐ";
  static final String THIRTY_UNITS = "9862/LĐLĐ";
  static final List<String> MORE_CAMPAIGNS = List.of("9863/LĐLĐ", "9864/LĐLĐ", "9865/LĐLĐ", "9866/LĐLĐ");

  @Autowired
  ProcessEngine engine;

  @Autowired
  DataSource dataSource;

  @Autowired
  CampaignReport report;

  @Autowired
  SigningComplianceSource matrix;

  @Autowired
  OrganizationDirectory organization;

  List<String> units;

  @BeforeEach
  void twoCampaignsOfTwoAndThirtyUnitsRunning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2022-05-16T09:00").atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
    // Inside a test, not in @BeforeAll: the coverage recorder only takes process events while a test runs.
    if (units != null) {
      return;
    }
    units = organization.defaultSigningUnits().stream().map(Unit::code).limit(30).toList();
    assertThat(units).hasSize(30);
    launch(TWO_UNITS, units.subList(0, 2));
    launch(THIRTY_UNITS, units);
  }

  @AfterAll
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theMatrixOfThirtyUnitsReadsAsManyStatementsAsThatOfTwo() {
    int two = statements(() -> facts(TWO_UNITS, 2));
    int thirty = statements(() -> facts(THIRTY_UNITS, 30));
    assertThat(thirty).as("statements for 30 units (2 units: %s)", two).isEqualTo(two);
  }

  @Test
  void theCampaignAnswerOfThirtyUnitsReadsAsManyStatementsAsThatOfTwo() {
    int two = statements(() -> status(TWO_UNITS, 2));
    int thirty = statements(() -> status(THIRTY_UNITS, 30));
    assertThat(thirty).as("statements for 30 units (2 units: %s)", two).isEqualTo(two);
  }

  @Test
  void theListOfCampaignsReadsAsManyStatementsForFiveMoreCampaigns() {
    Set<String> district = Set.of(units.get(0));
    int cityBefore = statements(() -> assertThat(matrix.campaigns(null)).isNotEmpty());
    int districtBefore = statements(() -> assertThat(matrix.campaigns(district)).isNotEmpty());
    int listedBefore = matrix.campaigns(district).size();

    MORE_CAMPAIGNS.forEach(number -> launch(number, List.of(units.get(0))));

    assertThat(matrix.campaigns(district)).hasSize(listedBefore + MORE_CAMPAIGNS.size());
    assertThat(statements(() -> matrix.campaigns(null))).isEqualTo(cityBefore);
    assertThat(statements(() -> matrix.campaigns(district))).isEqualTo(districtBefore);
  }

  private void facts(String number, int unitCount) {
    ComplianceFacts facts = matrix.facts(number, 2022).orElseThrow();
    assertThat(facts.subjects()).hasSize(unitCount);
  }

  private void status(String number, int unitCount) {
    CampaignStatus status = report.status(new CampaignId(number, 2022)).orElseThrow();
    assertThat(status.unitStatuses()).hasSize(unitCount)
        .allSatisfy(unit -> assertThat(unit.stage()).isEqualTo("Đề xuất tổ chức Lễ ký kết"));
  }

  /** Statements of the work's second run: the first fills the engine's and the organisation's caches. */
  private int statements(Runnable work) {
    work.run();
    organization.current();
    try (SqlStatementCounter counter = SqlStatementCounter.start(dataSource)) {
      return counter.count(work);
    }
  }

  private void launch(String number, List<String> unitCodes) {
    ProcessInstance campaign = SigningDriver.startCampaign(engine, "vanphong",
        SigningDriver.campaign(number, unitCodes, "2022-05-16", "2022-06-30"));
    new SigningDriver(engine, number).executeJobs(campaign.getId());
  }
}
