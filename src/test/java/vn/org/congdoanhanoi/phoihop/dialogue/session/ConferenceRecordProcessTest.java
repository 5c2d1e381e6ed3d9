package vn.org.congdoanhanoi.phoihop.dialogue.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.conclusion;
import static vn.org.congdoanhanoi.phoihop.dialogue.session.SessionDriver.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueDriver;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.Consolidation;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.PetitionChange;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.dialogue.session.ConferenceRecord.Conclusion;
import vn.org.congdoanhanoi.phoihop.followup.TaskDeadlines;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The conference day of {@code dialogue-conference} on PostgreSQL: the federation records the fixed agenda,
 * attendance, minutes with the signed file, the chairman's conclusions and the petitions answered orally; a bad
 * record is refused field by field with nothing stored; a good one is stored once, hands its commitments to the
 * process, and moves the petitions it names (answered at the conference, followed up) with a line in their trail.
 */
@PostgresIntegrationTest
class ConferenceRecordProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  Petitions petitions;

  @Autowired
  ConferenceRecords records;

  @Autowired
  Consolidation consolidation;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactionManager;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aBadRecordIsRefusedFieldByFieldAndNothingIsStored() {
    String number = "9791/KH-LĐLĐ";
    ProcessInstance conference = SessionDriver.atConferenceDay(engine, number, "2023-06-13");
    assertThat(conference).isWaitingAt(Elements.RECORD_CONFERENCE);
    assertThat(DialogueDriver.task(engine, conference, Elements.RECORD_CONFERENCE).getDueDate())
        .as("3 working days after the conference day").isEqualTo(TaskDeadlines.endOf(LocalDate.of(2023, 6, 16)));

    Map<String, Object> bad = SessionDriver.record(list(
        conclusion("", SessionDriver.LDTBXH, null),
        conclusion("Rà soát nhà trọ công nhân", "hk-khong-co", "2023-06-13"),
        conclusion("Báo cáo UBND", null, "2023-07-01")),
        "[{\"petitionId\": 987654321, \"answer\": \"Đã có chủ trương\"}, {\"petitionId\": \"x\", \"answer\": \"\"}]");
    ConferenceSession.Vars.AGENDA_HELD.putInto(bad, List.of(AgendaItem.OPENING.name(), "VAN_NGHE"));
    ConferenceSession.Vars.ATTENDANCE_PRESENT.putInto(bad, 150);
    ConferenceSession.Vars.WORKER_REPRESENTATIVES.putInto(bad, 151);
    ConferenceSession.Vars.MINUTES.putInto(bad, " ");

    assertThatThrownBy(() -> SessionDriver.complete(engine, conference, bad))
        .satisfies(e -> assertThat(e.getMessage()).contains("Chương trình Hội nghị không có mục 'VAN_NGHE'",
                "Số đại biểu CNVCLĐ (151) không thể nhiều hơn số người dự Hội nghị (150)",
                "biên bản Hội nghị",
                "Kết luận 1: hãy nhập nội dung kết luận",
                "Kết luận 1: kết luận giao phòng, ban thực hiện phải có thời hạn",
                "Kết luận 2: thời hạn 13/06/2023 phải sau ngày 13/06/2023",
                "Kết luận 2: 'hk-khong-co' không phải phòng, ban của UBND gialam",
                "Kết luận 3: thời hạn chỉ ghi khi kết luận giao một phòng, ban",
                "Trả lời 2: hãy nhập số kiến nghị",
                "Trả lời 2: hãy nhập nội dung Chủ tịch UBND trả lời",
                "Kiến nghị số 987654321 không thuộc kế hoạch số " + number));
    assertThat(conference).isWaitingAt(Elements.RECORD_CONFERENCE);
    assertThat(records.of(SessionDriver.plan(number))).isEmpty();
  }

  @Test
  void aMergedPetitionIsNeitherAnsweredNorFollowedUp() {
    String number = "9792/KH-LĐLĐ";
    ProcessInstance conference = SessionDriver.atConferenceDay(engine, number, "2023-06-14");
    long kept = SessionDriver.petition(petitions, number, "Đề nghị hỗ trợ tiền thuê nhà");
    long merged = SessionDriver.petition(petitions, number, "Đề nghị hỗ trợ tiền thuê nhà trọ");
    jdbc.sql("update dialogue_petition set state = ?, merged_into = ? where id = ?")
        .params(PetitionState.MERGED.name(), kept, merged).update();

    assertThatThrownBy(() -> SessionDriver.complete(engine, conference, SessionDriver.record(
        list(conclusion("Rà soát nhà trọ", SessionDriver.LDTBXH, "2023-07-14", merged)),
        "[{\"petitionId\": " + merged + ", \"answer\": \"Đã trả lời\"}]")))
        .hasMessageContaining("Kiến nghị số " + merged + " đang ở trạng thái 'Đã gộp': không thể trả lời tại Hội nghị")
        .hasMessageContaining("Kiến nghị số " + merged + " đang ở trạng thái 'Đã gộp': không thể theo dõi theo kết luận");
    assertThat(records.of(SessionDriver.plan(number))).isEmpty();
    assertThat(petitions.find(SessionDriver.plan(number), kept).orElseThrow().state()).isEqualTo(PetitionState.RECEIVED);
  }

  @Test
  void theRecordIsStoredOnceWithItsCommitmentsAnswersAndFollowUps() {
    String number = "9793/KH-LĐLĐ";
    PlanId plan = SessionDriver.plan(number);
    ProcessInstance conference = SessionDriver.atConferenceDay(engine, number, "2023-06-15");
    long answered = SessionDriver.petition(petitions, number, "Đề nghị tăng giờ đón trẻ của nhà trẻ");
    long followed = SessionDriver.petition(petitions, number, "Đề nghị sửa đường vào khu công nghiệp");
    jdbc.sql("update dialogue_petition set state = ?, answer = ? where id = ?")
        .params(PetitionState.ANSWERED.name(), "Phòng Giáo dục trả lời bằng văn bản", answered).update();

    SessionDriver.complete(engine, conference, SessionDriver.record(list(
        conclusion("Phòng Lao động rà soát chế độ cho công nhân", SessionDriver.LDTBXH, "2023-07-14", followed),
        conclusion("Cảm ơn các đại biểu", null, null),
        conclusion("Bảo hiểm xã hội hướng dẫn thủ tục", SessionDriver.BHXH, "2023-08-31")),
        "[{\"petitionId\": " + answered + ", \"answer\": \"Nhà trẻ mở cửa từ 6 giờ 30 từ tháng 9\"}]"));

    assertThat(conference).hasPassed(Elements.RECORD_CONFERENCE, Elements.STORE_CONFERENCE_RECORD);
    ConferenceRecord record = records.of(plan).orElseThrow();
    assertThat(record.conferenceDate()).isEqualTo(LocalDate.of(2023, 6, 15));
    assertThat(record.expectedAttendance()).isEqualTo(200);
    assertThat(record.present()).isEqualTo(187);
    assertThat(record.workerRepresentatives()).isEqualTo(160);
    assertThat(record.agenda()).extracting(ConferenceRecord.AgendaEntry::held).containsExactly(true, false, true,
        true, true);
    assertThat(record.agenda().get(1).label()).startsWith("Mời chủ trì Hội nghị");
    assertThat(record.signedMinutesName()).isEqualTo("bien-ban-hoi-nghi.pdf");
    assertThat(record.recordedBy()).isEqualTo("gialam.ldld");
    assertThat(record.conclusions()).extracting(Conclusion::position, Conclusion::departmentCode, Conclusion::state)
        .containsExactly(tuple(1, SessionDriver.LDTBXH, CommitmentState.OPEN),
            tuple(2, null, null),
            tuple(3, SessionDriver.BHXH, CommitmentState.OPEN));
    assertThat(record.conclusions().get(0).petitionIds()).containsExactly(followed);
    List<Long> commitments = records.commitments(plan, null).stream().map(Conclusion::id).toList();
    assertThat(Vars.COMMITMENT_IDS.required(engine.getRuntimeService().getVariables(conference.getId())))
        .containsExactlyElementsOf(commitments.stream().map(String::valueOf).toList());
    assertThat(record.answersAtConference()).singleElement().satisfies(a -> {
      assertThat(a.petitionId()).isEqualTo(answered);
      assertThat(a.previousAnswer()).isEqualTo("Phòng Giáo dục trả lời bằng văn bản");
    });

    Petition oral = petitions.find(plan, answered).orElseThrow();
    assertThat(oral.state()).isEqualTo(PetitionState.ANSWERED_AT_CONFERENCE);
    assertThat(oral.answer()).isEqualTo("Nhà trẻ mở cửa từ 6 giờ 30 từ tháng 9");
    assertThat(consolidation.trail(answered)).extracting(PetitionChange::kind).containsExactly(ChangeKind.ORAL_ANSWER);
    assertThat(consolidation.trail(answered).get(0).detail()).contains("ngày 15/06/2023", "trước đó");
    assertThat(petitions.find(plan, followed).orElseThrow().state()).isEqualTo(PetitionState.FOLLOW_UP);
    assertThat(consolidation.trail(followed)).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(ChangeKind.FOLLOW_UP);
      assertThat(change.detail()).contains("Kết luận 1", "giao gl-ldtbxh thực hiện, hạn 14/07/2023");
    });

    // A retried store finds the record: nothing twice, the same commitments.
    List<Long> again = new TransactionTemplate(transactionManager).execute(tx -> records.store(plan,
        conference.getId(), LocalDate.of(2023, 6, 15), 200, RecordedConference.read(Submission.of(
            SessionDriver.record(list(conclusion("Khác", SessionDriver.LDTBXH, "2023-07-20")), "[]")),
            LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 15), ConferenceSession.MINUTES), "gialam.ldld"));
    assertThat(again).isEqualTo(commitments);
    assertThat(records.of(plan).orElseThrow().conclusions()).hasSize(3);
    assertThat(consolidation.trail(answered)).hasSize(1);
  }
}
