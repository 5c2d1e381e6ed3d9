package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.time.DueDate;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDays;
import vn.org.congdoanhanoi.phoihop.reporting.MilestoneFact;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.Outcome;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.report.SigningComplianceSource.Dues;
import vn.org.congdoanhanoi.phoihop.signing.report.SigningComplianceSource.Steps;
import vn.org.congdoanhanoi.phoihop.signing.report.SigningComplianceSource;
import vn.org.congdoanhanoi.phoihop.signing.report.SigningReportProperties;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** When a signing milestone counts as done, from a unit's history; a step the unit is back at is open again. */
class SigningMilestonesTest {

  static final Dues DUES = new Dues(DueDate.of(LocalDate.of(2022, 5, 30)), DueDate.of(LocalDate.of(2022, 6, 6)),
      DueDate.of(LocalDate.of(2022, 6, 23)), LocalDate.of(2022, 6, 30));

  final SigningComplianceSource source = new SigningComplianceSource(null, null, null, null,
      new WorkingDays(calendar()), new SigningReportProperties(null, null, null, null, null), null, null, null);
  final List<HistoricActivityInstance> history = new ArrayList<>();

  @Test
  void aProposalSentBackForChangesIsOpenAgainAndSoIsTheOpinion() {
    done(UnitSigning.Elements.PROPOSAL, "2022-05-18T09:00");
    done(UnitSigning.Elements.COMMITTEE_OPINION, "2022-05-19T09:00");
    open(UnitSigning.Elements.PROPOSAL);
    Map<String, MilestoneFact> facts = facts(Map.of(), null);
    assertThat(facts.get(SigningComplianceSource.PROPOSAL.id()).doneOn()).isNull();
    assertThat(facts.get(SigningComplianceSource.PARTY_OPINION.id()).doneOn()).isNull();
  }

  @Test
  void theResubmittedProposalCountsFromItsLatestSubmission() {
    done(UnitSigning.Elements.PROPOSAL, "2022-05-18T09:00");
    done(UnitSigning.Elements.COMMITTEE_OPINION, "2022-05-19T09:00");
    done(UnitSigning.Elements.PROPOSAL, "2022-05-31T16:00");
    open(UnitSigning.Elements.COMMITTEE_OPINION);
    Map<String, MilestoneFact> facts = facts(Map.of(), null);
    assertThat(facts.get(SigningComplianceSource.PROPOSAL.id()).doneOn()).hasToString("2022-05-31");
    assertThat(facts.get(SigningComplianceSource.PARTY_OPINION.id()).doneOn()).isNull();
  }

  @Test
  void aPostponedCeremonyIsNotScheduledUntilANewDateIsSet() {
    done(UnitSigning.Elements.REGISTER_LOCAL, "2022-06-01T10:00");
    open(UnitSigning.Elements.SCHEDULE_LOCAL);
    assertThat(facts(Map.of(), null).get(SigningComplianceSource.CEREMONY_SCHEDULED.id()).doneOn()).isNull();
  }

  @Test
  void aClusterMemberIsScheduledWhenTheClusterAnnouncesItsCeremony() {
    done(UnitSigning.Elements.CLUSTER_SCHEDULED, "2022-06-02T15:00");
    open(UnitSigning.Elements.CLUSTER_OUTCOME);
    MilestoneFact scheduled = facts(Map.of(UnitSigning.Vars.CEREMONY_STARTS_AT.name(), "2022-06-08T14:00+07:00",
        UnitSigning.Vars.SIGNING_SCOPE.name(), "CLUSTER", UnitSigning.Vars.CLUSTER_NAME.name(), "Cụm Thi đua số 3"),
            null)
        .get(SigningComplianceSource.CEREMONY_SCHEDULED.id());
    assertThat(scheduled.doneOn()).hasToString("2022-06-02");
    assertThat(scheduled.note()).isEqualTo("Lễ ký kết 14:00 ngày 08/06/2022, Cụm Thi đua số 3");
  }

  @Test
  void aUnitThatSignedIsJudgedOnItsSigningDateAndReportsWithinFiveWorkingDaysOfIt() {
    UnitResult signed = new UnitResult(new CampaignId("9390/LĐLĐ", 2022), "gialam", Outcome.SIGNED, LocalDate.of(2022, 6, 8), null,
        "LOCALITY", "DIRECT", null, null, null, null, null);
    Map<String, MilestoneFact> facts = facts(Map.of(), signed);
    assertThat(facts.get(SigningComplianceSource.SIGNED.id()).doneOn()).hasToString("2022-06-08");
    assertThat(facts.get(SigningComplianceSource.REPORT_FILED.id()).dueOn()).hasToString("2022-06-15");
  }

  @Test
  void aReportDueInAYearTheHolidayFileLacksIsLeftUncountedWithThatYear() {
    // Signed on Thursday 30/12/2027: five working days later is in 2028, which the shipped file does not have.
    UnitResult signed = new UnitResult(new CampaignId("9390/LĐLĐ", 2027), "gialam", Outcome.SIGNED,
        LocalDate.of(2027, 12, 30), null, "LOCALITY", "DIRECT", null, null, null, null, null);
    MilestoneFact report = facts(Map.of(), signed).get(SigningComplianceSource.REPORT_FILED.id());
    assertThat(report.dueOn()).isNull();
    assertThat(report.due().gap().year()).isEqualTo(2028);
  }

  @Test
  void whatAUnitThatDidNotSignWillNeverDoIsNotApplicableWithTheReason() {
    done(UnitSigning.Elements.PROPOSAL, "2022-05-18T09:00");
    done(UnitSigning.Elements.RECORD_NOT_SIGNED, "2022-06-10T09:00");
    UnitResult notSigned = new UnitResult(new CampaignId("9390/LĐLĐ", 2022), "gialam", Outcome.NOT_SIGNED, null, null, "LOCALITY",
        "DIRECT", null, "Chưa bố trí được thời gian", null, null, null);
    Map<String, MilestoneFact> facts = facts(Map.of(), notSigned);
    assertThat(facts.get(SigningComplianceSource.PROPOSAL.id()).doneOn()).isNotNull();
    MilestoneFact signing = facts.get(SigningComplianceSource.SIGNED.id());
    assertThat(signing.applicable()).isFalse();
    assertThat(signing.note()).isEqualTo("Không ký kết: Chưa bố trí được thời gian");
  }

  private Map<String, MilestoneFact> facts(Map<String, Object> vars, UnitResult result) {
    return source.unitMilestones(new Steps(history), vars, result, DUES);
  }

  private void done(String activityId, String hanoiTime) {
    HistoricActivityInstance step = mock(HistoricActivityInstance.class);
    when(step.getActivityId()).thenReturn(activityId);
    when(step.getEndTime()).thenReturn(Date.from(LocalDateTime.parse(hanoiTime).atZone(WorkingDayCalendar.ZONE)
        .toInstant()));
    history.add(step);
  }

  private void open(String activityId) {
    HistoricActivityInstance step = mock(HistoricActivityInstance.class);
    when(step.getActivityId()).thenReturn(activityId);
    history.add(step);
  }

  private static WorkingDayCalendar calendar() {
    try (InputStream in = SigningMilestonesTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
