package vn.org.congdoanhanoi.phoihop.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import vn.org.congdoanhanoi.phoihop.kernel.time.HolidayFileParser;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules.Slot;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * The chairman's diary is one for every family and matter: a dialogue conference clashes with a signing ceremony of
 * another letter as with one of its own; only a family's own joinable kinds of the same matter, at the same start and
 * venue, are joined instead.
 */
class MeetingRulesTest {

  static final MeetingMatter SIGNING = new MeetingMatter("222/LĐLĐ", 2023);
  static final MeetingMatter DIALOGUE = new MeetingMatter("15/KH-LĐLĐ", 2023);
  static final LocalDate THURSDAY = LocalDate.of(2023, 6, 8);

  final List<Meeting> booked = new ArrayList<>();
  final MeetingDiary diary = mock(MeetingDiary.class);
  MeetingRules rules;

  @BeforeEach
  void setUp() throws IOException {
    when(diary.scheduledBetween(any(), any())).thenAnswer(call -> booked.stream()
        .filter(m -> m.startsAt().isAfter(call.getArgument(0)) && m.startsAt().isBefore(call.getArgument(1)))
        .toList());
    try (InputStream in = MeetingRulesTest.class.getResourceAsStream("/deadline/holidays-vn.yaml")) {
      WorkingDayCalendar calendar = HolidayFileParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      rules = new MeetingRules(calendar, diary);
    }
  }

  static Meeting meeting(MeetingMatter matter, String kind, String title, LocalDateTime at, String venue) {
    return new Meeting("m-" + title.hashCode(), matter, kind, null, "badinh", "Ba Đình", title, at, at.plusHours(1),
        venue, null, null, null, List.of(), List.of(), Meeting.Status.SCHEDULED);
  }

  private List<Violation> check(Slot slot) {
    Submission submission = Submission.of(Map.of());
    rules.check(submission, slot, "date", "time");
    return submission.violations();
  }

  private static Slot conference(LocalDate date, LocalTime time, String venue) {
    return new Slot(DIALOGUE, date, time, venue, Set.of("CONFERENCE"));
  }

  @Test
  void aDialogueConferenceClashesWithASigningCeremonyOfTheSameChairmanNamingItAndItsLetter() {
    booked.add(meeting(SIGNING, "LOCALITY", "Lễ ký kết của Liên đoàn Lao động quận Ba Đình",
        THURSDAY.atTime(9, 0), "89 Quán Sứ"));
    assertThat(check(conference(THURSDAY, LocalTime.of(10, 0), "Cung Văn hóa Lao động")))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("time");
          assertThat(v.message()).contains("Trùng lịch với Lễ ký kết của Liên đoàn Lao động quận Ba Đình",
              "(văn bản số 222/LĐLĐ năm 2023)", "09:00", "08/06/2023", "90 phút");
        });
  }

  @Test
  void ninetyMinutesApartOnEitherSideIsFree() {
    booked.add(meeting(SIGNING, "CLUSTER", "Lễ ký kết chung của Cụm Thi đua số 1", THURSDAY.atTime(9, 0), "Hội trường"));
    assertThat(check(conference(THURSDAY, LocalTime.of(7, 30), "Nơi khác"))).isEmpty();
    assertThat(check(conference(THURSDAY, LocalTime.of(10, 30), "Nơi khác"))).isEmpty();
    assertThat(check(conference(THURSDAY, LocalTime.of(7, 31), "Nơi khác"))).hasSize(1);
    assertThat(check(conference(THURSDAY, LocalTime.of(10, 29), "Nơi khác"))).hasSize(1);
  }

  @Test
  void onlyTheFamilysJoinableKindsOfTheSameMatterAtTheSameStartAndVenueAreJoined() {
    booked.add(meeting(DIALOGUE, "CONFERENCE", "Hội nghị đối thoại quận Ba Đình", THURSDAY.atTime(14, 0),
        "Hội trường Quận ủy"));
    assertThat(check(conference(THURSDAY, LocalTime.of(14, 0), " hội trường  quận ủy"))).isEmpty();
    assertThat(check(new Slot(DIALOGUE, THURSDAY, LocalTime.of(14, 0), "Hội trường Quận ủy", Set.of())))
        .as("a slot that joins nothing").hasSize(1);
    assertThat(check(new Slot(new MeetingMatter("15/KH-LĐLĐ", 2024), THURSDAY, LocalTime.of(14, 0),
        "Hội trường Quận ủy", Set.of("CONFERENCE")))).as("the same number of another year").singleElement()
        .satisfies(v -> assertThat(v.message()).contains("văn bản số 15/KH-LĐLĐ năm 2023"));
    assertThat(check(conference(THURSDAY, LocalTime.of(14, 0), "Nơi khác"))).as("another venue").hasSize(1);
  }

  @Test
  void aWeekendAHolidayAndAYearTheCalendarLacksAreRefusedOnTheDate() {
    assertThat(check(conference(LocalDate.of(2023, 6, 10), LocalTime.of(9, 0), "Hội trường")))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("date");
          assertThat(v.message()).contains("10/06/2023", "cuối tuần");
        });
    assertThat(check(conference(LocalDate.of(2023, 9, 1), LocalTime.of(9, 0), "Hội trường")))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("01/09/2023", "ngày nghỉ Quốc khánh"));
    assertThat(check(conference(LocalDate.of(2099, 6, 10), LocalTime.of(9, 0), "Hội trường"))).hasSize(1);
  }

  @Test
  void withoutAMatterOnlyTheCalendarIsChecked() {
    booked.add(meeting(SIGNING, "LOCALITY", "Lễ ký kết của Ba Đình", THURSDAY.atTime(9, 0), "89 Quán Sứ"));
    assertThat(check(new Slot(null, THURSDAY, LocalTime.of(9, 0), "89 Quán Sứ", Set.of()))).isEmpty();
  }

  @Test
  void aBookingLocksTheDiaryBeforeItLooksAndRefusesWithTheFamilysRulesFirst() {
    booked.add(meeting(SIGNING, "LOCALITY", "Lễ ký kết của Ba Đình", THURSDAY.atTime(9, 0), "89 Quán Sứ"));
    assertThatThrownBy(() -> rules.requireFree("Không thể chốt lịch Hội nghị", conference(THURSDAY,
        LocalTime.of(9, 30), "Cung Văn hóa"), s -> s.violation("date", "Sau hạn của kế hoạch."), "date", "time"))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused -> {
          assertThat(refused.getMessage()).contains("Không thể chốt lịch Hội nghị");
          assertThat(refused.violations()).extracting(Violation::field).containsExactly("date", "time");
        });
    InOrder order = inOrder(diary);
    order.verify(diary).lock();
    order.verify(diary).scheduledBetween(any(), any());
  }

  @Test
  void aFreeSlotPassesUnderTheLock() {
    rules.requireFree("Không thể chốt lịch", conference(THURSDAY, LocalTime.of(9, 0), "Cung Văn hóa"), s -> { },
        "date", "time");
    InOrder order = inOrder(diary);
    order.verify(diary).lock();
    order.verify(diary).scheduledBetween(any(), any());
  }
}
