package vn.org.congdoanhanoi.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.followup.DeadlineFollowUp;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNames;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.meeting.Booking;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.programme.PartyReports.PartyReport;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.records.register.OutgoingRegister;

/**
 * Every path of coordination-programme and programme-review, in the engine's clock: seed 002's programme for its
 * whole term with alternating hosts and the final review, and a programme whose term and partner change while it
 * runs (an excused report, a review date taken meanwhile).
 */
@PostgresIntegrationTest
class ProgrammeProcessTest {

  private static final String OFFICE = ProgrammeDriver.OFFICE;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  MeetingDiary diary;

  @Autowired
  OutgoingRegister register;

  @Autowired
  ProgrammeChanges changes;

  @Autowired
  PartyReports reports;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void seed002RunsFor2022To2027WithAlternatingHostsAndClosesWithItsFinalReview() {
    String number = "9201/CTPH-LĐLĐ";
    ProgrammeDriver d = new ProgrammeDriver(engine, number);
    ProgrammeDriver.clockAt(LocalDateTime.of(2022, 5, 20, 15, 0));
    ProcessInstance programme = d.start(OFFICE, ProgrammeDriver.seed002(number));
    assertThat(programme.getBusinessKey()).isEqualTo(number);
    assertThat(d.variables(programme).get(InstanceNames.VARIABLE.name())).isEqualTo(number
        + " (2022–2027) – Liên đoàn Lao động thành phố Hà Nội và Liên đoàn Lao động tỉnh Nghệ An");

    List<String> hosts = new ArrayList<>();
    List<String> reportDocuments = new ArrayList<>();
    for (int year = 2022; year <= 2027; year++) {
      ProcessInstance review = d.openYear(year);
      String host = (String) d.variables(review).get(Vars.REVIEW_HOST.name());
      hosts.add(host);
      assertThat(d.variables(review).get(InstanceNames.VARIABLE.name())).isEqualTo(number + " – năm " + year
          + " – chủ trì: " + (host.equals("thanhpho") ? "Liên đoàn Lao động thành phố Hà Nội"
          : "Liên đoàn Lao động tỉnh Nghệ An"));
      // Nghệ An has no accounts: the city office reports for it, and the record says so.
      d.report(OFFICE, review, "thanhpho", year);
      d.report(OFFICE, review, "nghean", year);
      List<PartyReport> recorded = reports.read(Vars.PARTY_REPORTS.required(d.variables(review)));
      assertThat(recorded).extracting(PartyReport::party).containsExactlyInAnyOrder("thanhpho", "nghean");
      PartyReport partner = recorded.stream().filter(r -> r.party().equals("nghean")).findFirst().orElseThrow();
      assertThat(partner.enteredByCityOffice()).isTrue();
      assertThat(partner.enteredBy()).isEqualTo(OFFICE);
      assertThat(partner.results()).hasSize(4).containsEntry(ProgrammeDriver.SEED_002_AREAS.get(1),
          "nghean năm " + year + ", kết quả nội dung 2.");

      d.complete(OFFICE, review, ProgrammeReview.Elements.PROPOSE_REVIEW,
          ProgrammeDriver.proposal(workingDayFrom(LocalDate.of(year, 12, 8)), "14:10", "Hội trường " + host));
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers()
          .activityId(ProgrammeReview.Elements.REVIEW_DAY).count()).isEqualTo(1);
      d.reviewDayComes(review);
      boolean last = year == 2027;
      d.complete(OFFICE, review, ProgrammeReview.Elements.RECORD_CONCLUSIONS, ProgrammeDriver.conclusions(year));
      HistoricProcessInstance done = history().createHistoricProcessInstanceQuery().processInstanceId(review.getId())
          .singleResult();
      assertThat(done.getEndActivityId()).isEqualTo(last ? ProgrammeReview.Elements.END_PROGRAMME
          : ProgrammeReview.Elements.END_YEAR);
      String reportNumber = (String) history().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
          .variableName(Vars.REPORT_NUMBER.name()).singleResult().getValue();
      assertThat(reportNumber).matches("\\d+/BC-LĐLĐ");
      // Numbers restart every year: each review's report is its own entry of the register.
      reportDocuments.add((String) history().createHistoricVariableInstanceQuery().processInstanceId(review.getId())
          .variableName(Vars.REPORT_DOCUMENT.name()).singleResult().getValue());
    }
    assertThat(hosts).containsExactly("thanhpho", "nghean", "thanhpho", "nghean", "thanhpho", "nghean");
    assertThat(reportDocuments).doesNotHaveDuplicates();
    assertThat(d.runningProgramme()).isNull();
    HistoricProcessInstance ended = history().createHistoricProcessInstanceQuery()
        .processInstanceId(programme.getId()).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo(CoordinationProgramme.Elements.END);
    assertThat(history().createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeReview.KEY)
        .superProcessInstanceId(programme.getId()).count()).isEqualTo(6);
    assertThat(register.search(null, 2027, null, CoordinationProgramme.KEY, number)).isNotEmpty();
  }

  @Test
  void aTermExtendedByAYearAddsExactlyOneReviewAndAPartnerChangeMovesOnlyTheFutureReviews() {
    String number = "9202/CTPH-LĐLĐ";
    ProgrammeDriver d = new ProgrammeDriver(engine, number);
    ProgrammeDriver.clockAt(LocalDateTime.of(2023, 3, 1, 9, 0));
    ProcessInstance programme = d.start(OFFICE, ProgrammeDriver.programme(number, "2023-03-01", 2023, 2024));

    // 2023: Hà Nội hosts; Nghệ An does not report and the office excuses it at the deadline.
    ProcessInstance first = d.openYear(2023);
    d.report(OFFICE, first, "thanhpho", 2023);
    d.reportDeadlinePasses(first, "nghean");
    ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DeadlineFollowUp.KEY).processInstanceBusinessKey(first.getBusinessKey() + "/nghean")
        .singleResult();
    d.complete(OFFICE, followUp, DeadlineFollowUp.Elements.FOLLOW_UP, Map.of(
        DeadlineFollowUp.Vars.FOLLOW_UP_ACTION.name(), "EXCUSE",
        DeadlineFollowUp.Vars.FOLLOW_UP_NOTE.name(), "Hai bên thống nhất báo cáo gộp vào năm sau"));
    List<PartyReport> recorded = reports.read(Vars.PARTY_REPORTS.required(d.variables(first)));
    assertThat(recorded).filteredOn(r -> r.party().equals("nghean")).singleElement()
        .satisfies(r -> assertThat(r.excuseReason()).contains("báo cáo gộp vào năm sau"));

    // While 2023 runs: the term is extended by one year and Gia Lâm's federation replaces Nghệ An.
    ProgrammeChanges.Agreement agreement = changes.change(programme.getId(),
        new ProgrammeChanges.Change(2025, null, "gialam", "Văn bản thống nhất số 15/LĐLĐ"), OFFICE);
    assertThat(agreement.termEnd()).isEqualTo(2025);
    assertThatThrownBy(() -> changes.change(programme.getId(),
        new ProgrammeChanges.Change(2022, null, null, "Rút ngắn"), OFFICE)).hasMessageContaining("năm đang sơ kết");
    assertThat(d.variables(first).get(Vars.TERM_END.name())).isEqualTo(2025);
    assertThat(d.variables(first).get(Vars.PARTY_B.name())).as("the year under way keeps its parties")
        .isEqualTo("nghean");

    d.complete(OFFICE, first, ProgrammeReview.Elements.PROPOSE_REVIEW,
        ProgrammeDriver.proposal(workingDayFrom(LocalDate.of(2023, 12, 8)), "15:40", "Hội trường thanhpho"));
    d.reviewDayComes(first);
    // 2023 was to be the final review; now it is a yearly one, and next year's plan is asked for.
    assertThatThrownBy(() -> d.complete(OFFICE, first, ProgrammeReview.Elements.RECORD_CONCLUSIONS,
        Map.of(Vars.CONCLUSIONS.name(), "Kết luận"))).hasMessageContaining("kế hoạch năm 2024");
    d.complete(OFFICE, first, ProgrammeReview.Elements.RECORD_CONCLUSIONS, ProgrammeDriver.conclusions(2023));
    assertThat(endOf(first)).isEqualTo(ProgrammeReview.Elements.END_YEAR);

    // 2024: last year's guest (Nghệ An) is no longer a party, so the new partner, Gia Lâm, hosts and acts itself.
    ProcessInstance second = d.openYear(2024);
    assertThat(d.variables(second).get(Vars.REVIEW_HOST.name())).isEqualTo("gialam");
    d.report(OFFICE, second, "thanhpho", 2024);
    d.report("gialam.ldld", second, "gialam", 2024);
    assertThat(reports.read(Vars.PARTY_REPORTS.required(d.variables(second))))
        .filteredOn(r -> r.party().equals("gialam")).singleElement()
        .satisfies(r -> assertThat(r.enteredByCityOffice()).isFalse());
    d.complete("gialam.ldld", second, ProgrammeReview.Elements.PROPOSE_REVIEW,
        ProgrammeDriver.proposal(workingDayFrom(LocalDate.of(2024, 12, 9)), "15:40", "Hội trường Gia Lâm"));
    d.reviewDayComes(second);
    d.complete("gialam.ldld", second, ProgrammeReview.Elements.RECORD_CONCLUSIONS, ProgrammeDriver.conclusions(2024));
    assertThat(endOf(second)).isEqualTo(ProgrammeReview.Elements.END_YEAR);

    // 2025, added by the extension: Hà Nội hosts the final review.
    ProcessInstance third = d.openYear(2025);
    assertThat(d.variables(third).get(Vars.REVIEW_HOST.name())).isEqualTo("thanhpho");
    d.report(OFFICE, third, "thanhpho", 2025);
    d.report("gialam.ldld", third, "gialam", 2025);
    d.complete(OFFICE, third, ProgrammeReview.Elements.PROPOSE_REVIEW,
        ProgrammeDriver.proposal(workingDayFrom(LocalDate.of(2025, 12, 8)), "15:40", "Hội trường thanhpho"));
    d.reviewDayComes(third);
    d.complete(OFFICE, third, ProgrammeReview.Elements.RECORD_CONCLUSIONS,
        Map.of(Vars.CONCLUSIONS.name(), "Tổng kết giai đoạn 2023-2025"));
    assertThat(endOf(third)).isEqualTo(ProgrammeReview.Elements.END_PROGRAMME);
    assertThat(d.runningProgramme()).isNull();
    assertThat(history().createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeReview.KEY)
        .superProcessInstanceId(programme.getId()).count()).as("2023–2024 plus one year").isEqualTo(3);
  }

  @Test
  void aReviewSlotTakenBeforeItIsBookedSendsTheProposalBackWithTheReason() {
    String number = "9203/CTPH-LĐLĐ";
    ProgrammeDriver d = new ProgrammeDriver(engine, number);
    ProgrammeDriver.clockAt(LocalDateTime.of(2024, 2, 1, 9, 0));
    d.start(OFFICE, ProgrammeDriver.programme(number, "2024-02-01", 2024, 2024));
    ProcessInstance review = d.openYear(2024);
    d.report(OFFICE, review, "thanhpho", 2024);
    d.report(OFFICE, review, "nghean", 2024);
    LocalDate day = workingDayFrom(LocalDate.of(2024, 12, 16));
    d.complete(OFFICE, d.task(review, ProgrammeReview.Elements.PROPOSE_REVIEW),
        ProgrammeDriver.proposal(day, "10:20", "Hội trường A"));
    // Another family's meeting is booked at the same time before the booking job runs.
    diary.book(new Booking(new MeetingMatter("9299/LĐLĐ", 2024), "OTHER", null, "hoankiem", "Hoàn Kiếm",
        "Hội nghị khác", day.atTime(10, 30), "Hội trường B", null, null, null, List.of(), List.of()));
    d.runJobs();
    assertThat((String) d.variables(review).get(Vars.REVIEW_SLOT_REFUSAL.name())).contains("Trùng lịch");
    d.complete(OFFICE, review, ProgrammeReview.Elements.PROPOSE_REVIEW,
        ProgrammeDriver.proposal(day, "15:00", "Hội trường A"));
    assertThat(d.variables(review).get(Vars.REVIEW_SLOT_REFUSAL.name())).isNull();
    d.reviewDayComes(review);
    d.complete(OFFICE, review, ProgrammeReview.Elements.RECORD_CONCLUSIONS,
        Map.of(Vars.CONCLUSIONS.name(), "Tổng kết"));
    assertThat(endOf(review)).isEqualTo(ProgrammeReview.Elements.END_PROGRAMME);
  }

  private String endOf(ProcessInstance instance) {
    return history().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId();
  }

  private HistoryService history() {
    return engine.getHistoryService();
  }

  private LocalDate workingDayFrom(LocalDate day) {
    LocalDate candidate = day;
    while (!calendar.isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }
}
