package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.conclusion;
import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.list;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.dialogue.session.Commitment.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * The rules of the conference's forms without an engine: the record's own values (agenda, attendance, minutes,
 * conclusions and their deadlines, oral answers), the department's report and the federation's confirmation.
 */
class SessionValidatorsTest {

  static final LocalDate CONFERENCE_DAY = LocalDate.of(2023, 5, 25);

  final EngineClock clock = mock(EngineClock.class);
  final AttachmentPolicy attachments = new AttachmentPolicy(DataSize.ofMegabytes(10));

  @Test
  void aCompleteRecordIsReadInTheAgendasOrderWithItsCommitments() {
    Submission s = Submission.of(SessionDriver.record(list(
        conclusion("Rà soát chế độ", SessionDriver.LDTBXH, "2023-06-30", 3L, 4L, 3L),
        conclusion("Cảm ơn đại biểu", null, null)), "[{\"petitionId\": \"7\", \"answer\": \" Đã có chủ trương \"}]"));
    RecordedConference record = RecordedConference.read(s, CONFERENCE_DAY, CONFERENCE_DAY, ConferenceSession.MINUTES);
    assertThat(s.violations()).isEmpty();
    assertThat(record.agendaHeld()).containsExactly(AgendaItem.OPENING, AgendaItem.SITUATION_REPORT,
        AgendaItem.CHAIRMAN_DIALOGUE, AgendaItem.CLOSING);
    assertThat(record.conclusions()).extracting(RecordedConference.Conclusion::commits).containsExactly(true, false);
    assertThat(record.conclusions().get(0).petitionIds()).containsExactly(3L, 4L);
    assertThat(record.oralAnswers()).containsExactly(new RecordedConference.OralAnswer(7, "Đã có chủ trương"));
    assertThat(record.petitionIds()).containsExactlyInAnyOrder(3L, 4L, 7L);
    assertThat(record.signedMinutes().getFilename()).isEqualTo("bien-ban-hoi-nghi.pdf");
  }

  @Test
  void aDeadlineMustFollowBothTheConferenceDayAndToday() {
    Map<String, Object> values = SessionDriver.record(list(
        conclusion("A", SessionDriver.LDTBXH, "2023-05-26"), conclusion("B", SessionDriver.BHXH, "2023-05-29"),
        conclusion("C", SessionDriver.BHXH, "30/05/2023")), "[]");
    Submission s = Submission.of(values);
    RecordedConference.read(s, CONFERENCE_DAY, LocalDate.of(2023, 5, 26), ConferenceSession.MINUTES);
    assertThat(messages(s)).containsExactly(
        "Kết luận 1: thời hạn 26/05/2023 phải sau ngày 26/05/2023 (ngày Hội nghị, hôm nay).",
        "Kết luận 3: thời hạn '30/05/2023' không phải một ngày (dạng yyyy-MM-dd).");
  }

  @Test
  void listsThatAreNotListsAndEmptyCountsAreRefused() {
    Map<String, Object> values = SessionDriver.record("{\"text\": \"một\"}", "không phải JSON");
    values.remove(ConferenceSession.Vars.ATTENDANCE_PRESENT.name());
    ConferenceSession.Vars.AGENDA_HELD.putInto(values, List.of("OPENING", "OPENING"));
    Submission s = Submission.of(values);
    RecordedConference.read(s, CONFERENCE_DAY, CONFERENCE_DAY, ConferenceSession.MINUTES);
    assertThat(String.join("\n", messages(s))).contains("Mỗi mục của chương trình Hội nghị chỉ đánh dấu một lần",
        "số người dự Hội nghị", "Kết luận của Chủ tịch UBND (chairmanConclusions) phải là danh sách JSON",
        "Kiến nghị được trả lời tại Hội nghị (answersAtConference) phải là danh sách JSON");
  }

  @Test
  void theDepartmentReportsDoneInThePastOrInProgressUntilALaterDay() {
    when(clock.today()).thenReturn(LocalDate.of(2023, 6, 20));
    ReportCommitmentValidator validator = new ReportCommitmentValidator(attachments, clock);
    Map<String, Object> done = new HashMap<>();
    Vars.PROGRESS.putInto(done, Commitment.Progress.DONE);
    done.put(Vars.DONE_ON.name(), "2023-06-21");
    Vars.RESULT_FILE.putInto(done, Variables.fileValue("ket-qua.exe").file(new byte[] {'M', 'Z', 0, 0})
        .mimeType("application/octet-stream").create());
    assertThat(String.join("\n", messages(validator.validate(done, List.of()))))
        .contains("Ngày hoàn thành 21/06/2023 chưa đến", "Thiếu kết quả thực hiện", "Tệp kết quả");
    Map<String, Object> inProgress = new HashMap<>();
    Vars.PROGRESS.putInto(inProgress, Commitment.Progress.IN_PROGRESS);
    inProgress.put(Vars.EXPECTED_ON.name(), "2023-06-21");
    assertThat(validator.validate(inProgress, List.of())).isEmpty();
    Map<String, Object> nothing = new HashMap<>();
    assertThat(messages(validator.validate(nothing, List.of()))).singleElement().asString()
        .contains("tiến độ thực hiện");
  }

  @Test
  void theFederationSendsBackOnlyWithItsReason() {
    ConfirmCommitmentValidator validator = new ConfirmCommitmentValidator();
    Map<String, Object> sendBack = new HashMap<>();
    Vars.CONFIRMATION.putInto(sendBack, Commitment.Confirmation.SENT_BACK);
    assertThat(messages(validator.validate(sendBack, List.of()))).singleElement().asString()
        .contains("lý do đề nghị báo cáo lại");
    Vars.SEND_BACK_REASON.putInto(sendBack, "x".repeat(Commitment.SEND_BACK_REASON + 1));
    assertThat(messages(validator.validate(sendBack, List.of()))).singleElement().asString().contains("2000");
    Map<String, Object> confirmed = new HashMap<>();
    Vars.CONFIRMATION.putInto(confirmed, Commitment.Confirmation.CONFIRMED);
    assertThat(validator.validate(confirmed, List.of())).isEmpty();
  }

  static List<String> messages(Submission s) {
    return messages(s.violations());
  }

  static List<String> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).toList();
  }
}
