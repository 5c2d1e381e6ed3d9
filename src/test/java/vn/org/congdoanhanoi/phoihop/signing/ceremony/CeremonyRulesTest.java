package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.meeting.AgendaItem;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

public class CeremonyRulesTest {

  static final String NUMBER = "222/LĐLĐ";
  static final LocalDate DEADLINE = LocalDate.of(2023, 6, 30);

  static final CampaignId CAMPAIGN = new CampaignId(NUMBER, 2023);

  final List<Meeting> booked = new ArrayList<>();
  CeremonyRules rules;

  public static WorkingDayCalendar calendar() throws IOException {
    try (InputStream in = CeremonyRulesTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      return HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    MeetingDiary diary = mock(MeetingDiary.class);
    when(diary.scheduledBetween(any(), any())).thenAnswer(call -> booked.stream()
        .filter(c -> c.startsAt().isAfter(call.getArgument(0)) && c.startsAt().isBefore(call.getArgument(1)))
        .toList());
    rules = new CeremonyRules(new MeetingRules(calendar(), diary));
  }

  private List<Violation> check(LocalDate date, LocalTime time, String venue) {
    return check(date, time, venue, Joining.UNITS_CEREMONIES);
  }

  private List<Violation> check(LocalDate date, LocalTime time, String venue, Joining joining) {
    Submission submission = Submission.of(Map.of());
    rules.check(submission, CAMPAIGN, DEADLINE, date, time, venue, joining, "date", "time");
    return submission.violations();
  }

  private static Meeting booked(CeremonyKind kind, LocalDateTime at, String venue) {
    return booked(CAMPAIGN, kind, at, venue);
  }

  private static Meeting booked(CampaignId campaign, CeremonyKind kind, LocalDateTime at, String venue) {
    String host = kind == CeremonyKind.CLUSTER ? "Cụm Thi đua số 1" : "Liên đoàn Lao động quận Ba Đình";
    return new Meeting("c1", new MeetingMatter(campaign.documentNumber(), campaign.year()), kind.name(),
        kind == CeremonyKind.CLUSTER ? "cum1" : null, "badinh", host, kind.title(host), at, at.plusHours(1), venue,
        "DIRECT", null, null, List.of(), List.of(), Meeting.Status.SCHEDULED);
  }

  @Test
  void anOrdinaryWorkingDayBeforeTheDeadlineIsAccepted() {
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(14, 0), "Hội trường")).isEmpty();
  }

  @Test
  void aDateAfterTheDeadlineIsRefusedWithBothDates() {
    assertThat(check(LocalDate.of(2023, 7, 3), LocalTime.of(9, 0), "Hội trường"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("03/07/2023", "30/06/2023"));
  }

  @Test
  void aWeekendAndAPublicHolidayAreRefusedByName() {
    assertThat(check(LocalDate.of(2023, 6, 10), LocalTime.of(9, 0), "Hội trường"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("cuối tuần"));
    assertThat(check(LocalDate.of(2023, 5, 1), LocalTime.of(9, 0), "Hội trường"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("01/05/2023", "ngày nghỉ"));
  }

  @Test
  void anOverlapWithAnotherCeremonyOfTheCampaignIsRefusedNamingIt() {
    booked.add(booked(CeremonyKind.CLUSTER, LocalDateTime.of(2023, 6, 8, 14, 0), "Hội trường Quận ủy"));
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(15, 0), "Nơi khác"))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("time");
          assertThat(v.message()).contains("Lễ ký kết chung của Cụm Thi đua số 1", "14:00", "08/06/2023");
        });
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(15, 30), "Nơi khác")).isEmpty();
  }

  @Test
  void anotherUnitAtTheSameStartAndVenueJoinsTheCeremonyInsteadOfClashing() {
    booked.add(booked(CeremonyKind.LOCALITY, LocalDateTime.of(2023, 6, 8, 9, 0), "89 Quán Sứ"));
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 0), " 89  quán sứ ")).isEmpty();
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 0), "Hội trường khác")).hasSize(1);
  }

  @Test
  void theChairmansDiaryIsOneForEveryCampaign() {
    booked.add(booked(new CampaignId("15/LĐLĐ", 2023), CeremonyKind.LOCALITY, LocalDateTime.of(2023, 6, 8, 9, 0), "89 Quán Sứ"));
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 30), "Hội trường khác"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("văn bản số 15/LĐLĐ năm 2023", "09:00", "08/06/2023"));
    // The same hall and hour for another campaign's regulation is not one ceremony: the chairman cannot sign both.
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 0), "89 Quán Sứ")).hasSize(1);
  }

  @Test
  void theStandardAgendaTakesAnHourAndNamesTheHostAndTheChairman() {
    List<AgendaItem> agenda = CeremonyProgramme.agenda(LocalTime.of(14, 0), "2022-2025", "Quận ủy Đống Đa", true);
    assertThat(agenda).hasSize(6);
    assertThat(agenda.stream().mapToInt(AgendaItem::minutes).sum()).isEqualTo(60);
    assertThat(agenda.get(0).title()).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
    assertThat(agenda.get(1).title()).contains("giai đoạn 2022-2025", "01 bản mẫu");
    assertThat(agenda.get(2).title()).contains("Thường trực Quận ủy Đống Đa");
    assertThat(agenda.get(3).title()).contains("Chủ tịch Liên đoàn Lao động thành phố Hà Nội");
    assertThat(agenda.get(5)).satisfies(i -> {
      assertThat(i.title()).isEqualTo("Bế mạc Hội nghị");
      assertThat(i.startsAt()).isEqualTo(LocalTime.of(14, 55));
    });
  }

  @Test
  void theSameLetterOfAnotherYearIsAnotherCampaignAndClashesAtTheSameStartAndVenue() {
    booked.add(booked(new CampaignId(NUMBER, 2022), CeremonyKind.LOCALITY, LocalDateTime.of(2023, 6, 8, 9, 0),
        "89 Quán Sứ"));
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 0), "89 Quán Sứ"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("văn bản số 222/LĐLĐ năm 2022"));
  }

  @Test
  void aClusterCeremonyJoinsNothingSoAUnitsCeremonyAtItsStartAndVenueIsAClash() {
    booked.add(booked(CeremonyKind.LOCALITY, LocalDateTime.of(2023, 6, 8, 9, 0), "89 Quán Sứ"));
    assertThat(check(LocalDate.of(2023, 6, 8), LocalTime.of(9, 0), "89 Quán Sứ", Joining.NOTHING))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("Lễ ký kết của Liên đoàn Lao động quận Ba Đình"));
  }

  @Test
  void aSubmissionNamesItsCampaignByNumberAndYearWhetherTheYearComesAsANumberOrAsText() {
    assertThat(CeremonyRules.campaign(Submission.of(Map.of(Vars.DOCUMENT_NUMBER.name(), NUMBER, Vars.CAMPAIGN_YEAR.name(), 2023))))
        .isEqualTo(CAMPAIGN);
    assertThat(CeremonyRules.campaign(Submission.of(Map.of(Vars.DOCUMENT_NUMBER.name(), NUMBER, Vars.CAMPAIGN_YEAR.name(), "2023"))))
        .isEqualTo(CAMPAIGN);
    assertThat(CeremonyRules.campaign(Submission.of(Map.of(Vars.DOCUMENT_NUMBER.name(), NUMBER)))).isNull();
  }
}
