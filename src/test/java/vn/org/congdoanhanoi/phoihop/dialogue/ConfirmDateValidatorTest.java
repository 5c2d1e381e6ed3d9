package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate.Decision;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceMeetings;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConfirmDateValidator;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingInvitations;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The chairman's answer without an engine: the planned slot or the proposed one, by the calendar and the diary. */
class ConfirmDateValidatorTest {

  final MeetingDiary diary = mock(MeetingDiary.class);
  final EngineClock clock = mock(EngineClock.class);
  final ConfirmDateValidator validator = new ConfirmDateValidator(new ConferenceMeetings(
      new MeetingRules(ConferenceStartValidatorTest.calendar(), diary), diary, mock(MeetingInvitations.class),
      mock(OrganizationDirectory.class), clock));

  ConfirmDateValidatorTest() {
    when(clock.today()).thenReturn(LocalDate.of(2023, 4, 24));
    when(diary.scheduledBetween(any(), any())).thenReturn(List.of());
  }

  /** The task's variables (plan 477/KH-LĐLĐ) overlaid with the answer. */
  static Map<String, Object> answer(Decision decision, String date, String time) {
    Map<String, Object> values = new HashMap<>(DialogueDriver.plan("477/KH-LĐLĐ"));
    ConferenceDate.Vars.DECISION.putInto(values, decision);
    values.put(ConferenceDate.Vars.PROPOSED_DATE.name(), date);
    values.put(ConferenceDate.Vars.PROPOSED_TIME.name(), time);
    return values;
  }

  static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void thePlannedSlotIsConfirmed() {
    assertThat(validator.validate(answer(Decision.CONFIRMED, null, null), List.of())).isEmpty();
  }

  @Test
  void anAnswerIsRequired() {
    assertThat(fields(validator.validate(answer(null, null, null), List.of())))
        .containsExactly(ConferenceDate.Vars.DECISION.name());
  }

  @Test
  void anotherSlotNeedsADateAndATime() {
    assertThat(fields(validator.validate(answer(Decision.OTHER_SLOT, null, null), List.of())))
        .containsExactly(ConferenceDate.Vars.PROPOSED_DATE.name(), ConferenceDate.Vars.PROPOSED_TIME.name());
    assertThat(validator.validate(answer(Decision.OTHER_SLOT, "2023-05-29", "14:00"), List.of())).isEmpty();
  }

  @Test
  void anotherSlotMustBeAWorkingDayAfterThePetitionDeadlineAndNotPast() {
    assertThat(validator.validate(answer(Decision.OTHER_SLOT, "2023-05-27", "08:30"), List.of()))
        .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("ngày nghỉ cuối tuần"));
    assertThat(validator.validate(answer(Decision.OTHER_SLOT, "2023-05-10", "08:30"), List.of()))
        .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("sau hạn gửi kiến nghị (10/05/2023)"));
    assertThat(validator.validate(answer(Decision.OTHER_SLOT, "2023-04-21", "08:30"), List.of()))
        .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("đã qua"));
  }

  @Test
  void aClashNamesTheOtherMeetingUnderTheAnswerOrTheProposedTime() {
    LocalDateTime at = LocalDateTime.of(2023, 5, 25, 9, 0);
    Meeting other = new Meeting("m1", new MeetingMatter("15/KH-LĐLĐ", 2023), "REVIEW", null, "badinh", "Ba Đình",
        "Hội nghị sơ kết Ba Đình", at, at.plusHours(1), "Hội trường Quận ủy", null, null, null, List.of(), List.of(),
        Meeting.Status.SCHEDULED);
    when(diary.scheduledBetween(any(), any())).thenReturn(List.of(other));
    List<Violation> planned = validator.validate(answer(Decision.CONFIRMED, null, null), List.of());
    assertThat(fields(planned)).containsExactly(ConferenceDate.Vars.DECISION.name());
    assertThat(planned.get(0).message()).contains("Trùng lịch với Hội nghị sơ kết Ba Đình", "09:00 ngày 25/05/2023");
    assertThat(fields(validator.validate(answer(Decision.OTHER_SLOT, "2023-05-25", "10:00"), List.of())))
        .containsExactly(ConferenceDate.Vars.PROPOSED_TIME.name());
  }
}
