package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceDate.Decision;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.ConferenceRescheduling;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Elements;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.api.ForbiddenException;
import vn.org.congdoanhanoi.phoihop.meeting.Booking;
import vn.org.congdoanhanoi.phoihop.meeting.InvitationVars;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.NotificationJobs;
import vn.org.congdoanhanoi.phoihop.notification.NotificationMail;
import vn.org.congdoanhanoi.phoihop.notification.ReceivedMail;
import vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException;

/**
 * The conference's date beside the petition collection, on PostgreSQL with the test mail server: provisional until
 * the federation records the chairman's answer (no invitation before), booked in the chairman's diary, invited with
 * a calendar event; another slot proposed; a clash refused at the answer and at the booking; a move afterwards
 * updating the same event with the next SEQUENCE; no move once the conference day has come.
 */
@PostgresIntegrationTest
class ConferenceDateProcessTest {

  /** phoihop.notification.max-recipients-per-mail in application-test.yaml. */
  static final int MAX_RECIPIENTS = 5;

  static final List<String> FEDERATION = List.of(Groups.federation(DialogueDriver.DISTRICT));

  @Autowired
  ProcessEngine engine;

  @Autowired
  ConferenceRescheduling rescheduling;

  @Autowired
  MeetingDiary diary;

  @Autowired
  PlatformTransactionManager transactionManager;

  @BeforeEach
  void onThePlansDay() {
    AbstractAssertions.init(engine);
    DialogueDriver.clockAt("2023-04-24T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theConfirmedDateIsBookedAndInvitedThenAMoveUpdatesTheSameEvent() throws Exception {
    String number = "9481/KH-LĐLĐ";
    ProcessInstance conference = start(number, "2023-05-26", "14:00");
    assertThat(conference).isWaitingAt(Elements.CONFIRM_DATE, Elements.INVITE_UNIONS);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(conference.getId())
        .taskDefinitionKey(Elements.CONFIRM_DATE).singleResult().getDueDate()).isNotNull();
    assertThatThrownBy(() -> rescheduling.reschedule(move(number, "2023-05-29", "14:00"), FEDERATION))
        .isInstanceOf(ConflictException.class).hasMessageContaining("chưa được xác nhận");

    answer(conference, Decision.CONFIRMED, Map.of());
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).hasPassed(Elements.BOOK_CONFERENCE, Elements.SEND_INVITATION)
        .isWaitingAt(Elements.AWAIT_CONFERENCE);
    Meeting booked = meeting(conference);
    assertThat(booked.startsAt()).isEqualTo(LocalDateTime.of(2023, 5, 26, 14, 0));
    assertThat(booked.venue()).isEqualTo(DialogueDriver.VENUE);

    String uid = (String) engine.getRuntimeService().getVariable(conference.getId(), InvitationVars.UID.name());
    String keyPrefix = "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + ".";
    NotificationJobs jobs = new NotificationJobs(engine);
    ReceivedMail invitation = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "0"));
    assertThat(invitation.subject()).startsWith("Giấy mời: Hội nghị Chủ tịch UBND gặp gỡ, đối thoại với CNVCLĐ")
        .endsWith("14:00 ngày 26/05/2023");
    assertThat(invitation.recipients()).contains("gialam@congdoanhanoi.org.vn")
        .doesNotContain("congdoan@dienlucgialam.example", "noivu@gialam.example");
    assertThat(guestsOf(jobs, keyPrefix + "0")).contains("congdoan@dienlucgialam.example", "noivu@gialam.example",
        "vanphong@gialam.example");
    assertThat(invitation.contentType("text/calendar")).contains("method=REQUEST");
    assertThat(invitation.calendar()).contains("UID:" + uid, "SEQUENCE:0", "DTSTART:20230526T070000Z");

    // A district federation moves only its own conference; the move books the new slot and frees the old one.
    assertThatThrownBy(() -> rescheduling.reschedule(move(number, "2023-05-29", "14:00"),
        List.of(Groups.federation("hoaiduc")))).isInstanceOf(ForbiddenException.class);
    ConferenceRescheduling.Moved moved = rescheduling.reschedule(move(number, "2023-05-26", "14:30"), FEDERATION);
    assertThat(moved.conferenceTime()).isEqualTo(LocalTime.of(14, 30));
    assertThat(moved.invitationSequence()).isEqualTo(1);
    assertThat(conference).hasPassed(Elements.RESCHEDULED, Elements.RESCHEDULE).isWaitingAt(Elements.AWAIT_CONFERENCE);
    assertThat(diary.find(booked.id()).orElseThrow().status()).isEqualTo(Meeting.Status.CANCELLED);
    ReceivedMail update = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "1"));
    assertThat(update.subject()).startsWith("Thay đổi lịch: ").endsWith("14:30 ngày 26/05/2023");
    assertThat(update.calendar()).contains("UID:" + uid, "SEQUENCE:1", "DTSTART:20230526T073000Z");

    // At the conference's start the date is final.
    DialogueDriver.clockAt("2023-05-26T14:30");
    DialogueDriver.fireTimer(engine, conference, Elements.CONFERENCE_DAY);
    assertThat(conference).hasPassed(Elements.CONFERENCE_DAY).isWaitingAt(Elements.RECORD_CONFERENCE);
    assertThatThrownBy(() -> rescheduling.reschedule(move(number, "2023-05-31", "14:00"), FEDERATION))
        .isInstanceOf(ConflictException.class).hasMessageContaining("đã đến ngày");
  }

  @Test
  void anotherSlotIsBookedInsteadAndClashesAreRefusedWithTheClashingMeetingNamed() {
    String number = "9482/KH-LĐLĐ";
    bookElsewhere("9483/LĐLĐ", LocalDateTime.of(2023, 6, 1, 9, 0), "Lễ ký kết thử nghiệm ngày 1/6");
    ProcessInstance conference = start(number, "2023-06-01", "09:30");

    // The planned slot clashes: refused under the answer, naming the other meeting.
    assertThatThrownBy(() -> answer(conference, Decision.CONFIRMED, Map.of()))
        .hasMessageContaining("Trùng lịch với Lễ ký kết thử nghiệm ngày 1/6");
    Map<String, Object> other = new HashMap<>();
    ConferenceDate.Vars.PROPOSED_DATE.putInto(other, LocalDate.of(2023, 6, 2));
    ConferenceDate.Vars.PROPOSED_TIME.putInto(other, LocalTime.of(8, 0));
    assertThatThrownBy(() -> answer(conference, Decision.OTHER_SLOT, Map.of()))
        .hasMessageContaining("ngày Chủ tịch UBND đề nghị");

    // The answer passes, but the slot is taken before the booking runs: the task comes back with the reason.
    answer(conference, Decision.OTHER_SLOT, other);
    bookElsewhere("9484/LĐLĐ", LocalDateTime.of(2023, 6, 2, 8, 30), "Hội nghị thử nghiệm ngày 2/6");
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).hasPassed(Elements.SLOT_REFUSED).isWaitingAt(Elements.CONFIRM_DATE);
    Map<String, Object> variables = engine.getRuntimeService().getVariables(conference.getId());
    assertThat(ConferenceDate.Vars.SLOT_REFUSAL.required(variables)).contains("Hội nghị thử nghiệm ngày 2/6");
    assertThat(Vars.CONFERENCE_DATE.required(variables)).as("the planned slot stays").isEqualTo(LocalDate.of(2023, 6, 1));

    ConferenceDate.Vars.PROPOSED_DATE.putInto(other, LocalDate.of(2023, 6, 5));
    ConferenceDate.Vars.PROPOSED_VENUE.putInto(other, "Hội trường UBND huyện Gia Lâm");
    answer(conference, Decision.OTHER_SLOT, other);
    DialogueDriver.runJobs(engine, conference);
    assertThat(conference).isWaitingAt(Elements.AWAIT_CONFERENCE);
    Meeting booked = meeting(conference);
    assertThat(booked.startsAt()).isEqualTo(LocalDateTime.of(2023, 6, 5, 8, 0));
    assertThat(booked.venue()).isEqualTo("Hội trường UBND huyện Gia Lâm");
    variables = engine.getRuntimeService().getVariables(conference.getId());
    assertThat(Vars.CONFERENCE_DATE.required(variables)).isEqualTo(LocalDate.of(2023, 6, 5));
    assertThat(ConferenceDate.Vars.SLOT_REFUSAL.orNull(variables)).isNull();

    // A move onto another meeting is refused and changes nothing.
    assertThatThrownBy(() -> rescheduling.reschedule(move(number, "2023-06-01", "09:00"), FEDERATION))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("Lễ ký kết thử nghiệm ngày 1/6");
    assertThat(meeting(conference).id()).isEqualTo(booked.id());
    assertThat(diary.find(booked.id()).orElseThrow().status()).isEqualTo(Meeting.Status.SCHEDULED);
    assertThat(engine.getRuntimeService().getVariable(conference.getId(), InvitationVars.SEQUENCE.name())).isEqualTo(0);
  }

  @Test
  void theUnionsAndDepartmentsAreInvitedInChunksWhereNobodySeesAnotherAddress() throws Exception {
    ProcessInstance conference = start("9491/KH-LĐLĐ", "2023-05-30", "14:00");
    answer(conference, Decision.CONFIRMED, Map.of());
    DialogueDriver.runJobs(engine, conference);
    String key = invitationKey(conference) + "0";
    NotificationJobs jobs = new NotificationJobs(engine);
    List<String> guests = guestsOf(jobs, key);
    assertThat(guests).hasSizeGreaterThan(MAX_RECIPIENTS)
        .contains("congdoan@dienlucgialam.example", "congdoan@bvdkgialam.example", "noivu@gialam.example")
        .doesNotHaveDuplicates();
    List<ProcessInstance> chunks = jobs.mails(key + ".guests-");
    assertThat(chunks).hasSize((guests.size() + MAX_RECIPIENTS - 1) / MAX_RECIPIENTS);
    int copies = 0;
    for (ProcessInstance chunk : chunks) {
      assertThat(request(jobs, chunk).to()).hasSizeLessThanOrEqualTo(MAX_RECIPIENTS);
      ReceivedMail mail = ReceivedMail.withMessageId(jobs.sendMail(chunk.getBusinessKey()));
      copies += mail.copies();
      assertThat(mail.recipients()).as("each copy names only the sender").hasSize(1)
          .allMatch(address -> address.contains("phoihop@congdoanhanoi.org.vn"));
      assertThat(mail.calendar()).contains("METHOD:REQUEST", "SEQUENCE:0").doesNotContain("ATTENDEE");
      assertThat(mail.first().getHeader("Cc")).isNull();
    }
    assertThat(copies).as("one copy per union or department").isEqualTo(guests.size());
  }

  @Test
  void aCancelledConfirmedConferenceFreesTheSlotAndWithdrawsTheInvitations() throws Exception {
    ProcessInstance conference = start("9492/KH-LĐLĐ", "2023-05-31", "14:00");
    answer(conference, Decision.CONFIRMED, Map.of());
    DialogueDriver.runJobs(engine, conference);
    Meeting booked = meeting(conference);
    String uid = (String) engine.getRuntimeService().getVariable(conference.getId(), InvitationVars.UID.name());
    String keyPrefix = invitationKey(conference);
    NotificationJobs jobs = new NotificationJobs(engine);
    List<String> guests = guestsOf(jobs, keyPrefix + "0");

    engine.getRuntimeService().deleteProcessInstance(conference.getId(), "Hủy Hội nghị");

    assertThat(diary.find(booked.id()).orElseThrow().status()).isEqualTo(Meeting.Status.CANCELLED);
    bookElsewhere("9487/LĐLĐ", LocalDateTime.of(2023, 5, 31, 14, 0), "Cuộc họp vào chỗ trống ngày 31/5");
    ReceivedMail units = ReceivedMail.withMessageId(jobs.sendMail(keyPrefix + "1"));
    assertThat(units.subject()).startsWith("Hủy: ");
    assertThat(units.recipients()).contains("gialam@congdoanhanoi.org.vn");
    assertThat(units.calendar()).contains("METHOD:CANCEL", "UID:" + uid, "SEQUENCE:1");
    assertThat(guestsOf(jobs, keyPrefix + "1")).containsExactlyInAnyOrderElementsOf(guests);
    for (ProcessInstance chunk : jobs.mails(keyPrefix + "1.guests-")) {
      ReceivedMail cancel = ReceivedMail.withMessageId(jobs.sendMail(chunk.getBusinessKey()));
      assertThat(cancel.calendar()).contains("METHOD:CANCEL", "UID:" + uid, "SEQUENCE:1");
    }
  }

  @Test
  void aCancelledUnconfirmedConferenceSendsNothing() {
    ProcessInstance conference = start("9493/KH-LĐLĐ", "2023-06-06", "14:00");
    assertThat(conference).isWaitingAt(Elements.CONFIRM_DATE);
    NotificationJobs jobs = new NotificationJobs(engine);
    int mailsBefore = jobs.mails("").size();
    engine.getRuntimeService().deleteProcessInstance(conference.getId(), "Hủy Hội nghị");
    assertThat(jobs.mails("")).hasSize(mailsBefore);
  }

  String invitationKey(ProcessInstance conference) {
    String uid = (String) engine.getRuntimeService().getVariable(conference.getId(), InvitationVars.UID.name());
    return "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + ".";
  }

  /** Everyone the guests' chunks of this invitation mail go to, in order. */
  static List<String> guestsOf(NotificationJobs jobs, String key) {
    return jobs.mails(key + ".guests-").stream().sorted(Comparator.comparing(ProcessInstance::getBusinessKey))
        .flatMap(chunk -> request(jobs, chunk).to().stream()).toList();
  }

  static MailRequest request(NotificationJobs jobs, ProcessInstance mail) {
    Object json = jobs.variables(mail).get(NotificationMail.Vars.MAIL_REQUEST.name());
    return MailRequest.fromJson(String.valueOf(json));
  }

  ProcessInstance start(String number, String date, String time) {
    Map<String, Object> plan = DialogueDriver.plan(number);
    plan.put(Vars.CONFERENCE_DATE.name(), date);
    plan.put(Vars.CONFERENCE_TIME.name(), time);
    return DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, plan);
  }

  void answer(ProcessInstance conference, Decision decision, Map<String, Object> slot) {
    Map<String, Object> values = new HashMap<>(slot);
    ConferenceDate.Vars.DECISION.putInto(values, decision);
    DialogueDriver.complete(engine, DialogueDriver.FEDERATION_USER,
        DialogueDriver.task(engine, conference, Elements.CONFIRM_DATE), values);
  }

  Meeting meeting(ProcessInstance conference) {
    return diary.find((String) engine.getRuntimeService().getVariable(conference.getId(),
        ConferenceDate.Vars.MEETING_ID.name())).orElseThrow();
  }

  static Map<String, Object> move(String number, String date, String time) {
    Map<String, Object> body = new HashMap<>();
    Vars.PLAN_NUMBER.putInto(body, number);
    body.put(Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    Vars.UNIT_CODE.putInto(body, DialogueDriver.DISTRICT);
    body.put(Vars.CONFERENCE_DATE.name(), date);
    body.put(Vars.CONFERENCE_TIME.name(), time);
    Vars.VENUE.putInto(body, DialogueDriver.VENUE);
    return body;
  }

  void bookElsewhere(String number, LocalDateTime at, String title) {
    new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
      diary.lock();
      diary.book(new Booking(new MeetingMatter(number, 2023), "TEST", null, "hoaiduc", "LĐLĐ huyện Hoài Đức", title,
          at, "Hội trường Hoài Đức", null, null, null, List.of(), List.of()));
    });
  }
}
