package vn.org.congdoanhanoi.phoihop.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.NotificationSettings;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.organization.Organization;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * One calendar event per inviting process: the first invitation is a REQUEST with SEQUENCE 0, a moved meeting the
 * same UID with the next SEQUENCE, a withdrawal a CANCEL of that UID; what was sent stays in the process.
 */
class MeetingInvitationsTest {

  static final String BUSINESS_KEY = "15/KH-LĐLĐ/badinh";

  final Map<String, Object> variables = new HashMap<>();
  final DelegateExecution execution = mock(DelegateExecution.class);
  final Notifications notifications = mock(Notifications.class);
  MeetingInvitations invitations;

  @BeforeEach
  void setUp() {
    when(execution.getProcessBusinessKey()).thenReturn(BUSINESS_KEY);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    Unit badinh = new Unit("badinh", UnitKind.DISTRICT, null, "Ba Đình", "Liên đoàn Lao động quận Ba Đình",
        "Quận ủy Ba Đình", "ldld@badinh.vn", "quanuy@badinh.vn", true, false);
    when(organization.current()).thenReturn(new Organization(List.of(badinh), List.of(), List.of()));
    when(organization.unit("badinh")).thenReturn(Optional.of(badinh));
    NotificationSettings settings = mock(NotificationSettings.class);
    when(settings.from()).thenReturn("phoihop@congdoanhanoi.org.vn");
    when(settings.fromName()).thenReturn("Phối hợp công tác");
    when(settings.messageIdDomain()).thenReturn("congdoanhanoi.org.vn");
    when(settings.pressMailboxes()).thenReturn(List.of("toasoan@laodongthudo.vn"));
    when(settings.maxRecipientsPerMail()).thenReturn(2);
    invitations = new MeetingInvitations(organization, settings, new EngineClock(), notifications);
  }

  static Meeting conference(LocalDateTime at) {
    return new Meeting("m1", new MeetingMatter("15/KH-LĐLĐ", 2023), "CONFERENCE", null, "badinh", "Ba Đình",
        "Hội nghị đối thoại quận Ba Đình", at, at.plusHours(1), "Hội trường Quận ủy", null, null, null,
        List.of(new AgendaItem(at.toLocalTime(), 60, "Đối thoại")), List.of("Ban Thường vụ Quận ủy Ba Đình"),
        Meeting.Status.SCHEDULED);
  }

  private List<MailRequest> mails(int count) {
    ArgumentCaptor<MailRequest> mail = ArgumentCaptor.forClass(MailRequest.class);
    verify(notifications, times(count)).requestMail(mail.capture());
    return mail.getAllValues();
  }

  @Test
  void aMovedMeetingUpdatesTheSameEventAndAWithdrawalCancelsIt() {
    String expectedUid = "hoi-nghi-" + UUID.nameUUIDFromBytes((BUSINESS_KEY + "@2023").getBytes(StandardCharsets.UTF_8))
        + "@congdoanhanoi.org.vn";
    invitations.invite(execution, conference(LocalDateTime.of(2023, 6, 8, 9, 0)), List.of("badinh"), "hoi-nghi");
    invitations.invite(execution, conference(LocalDateTime.of(2023, 6, 9, 14, 0)), List.of("badinh"), "hoi-nghi");
    invitations.withdraw(execution, conference(LocalDateTime.of(2023, 6, 9, 14, 0)), List.of("badinh"), "hoi-nghi");

    List<MailRequest> sent = mails(3);
    assertThat(sent).extracting(MailRequest::calendarMethod).containsExactly("REQUEST", "REQUEST", "CANCEL");
    assertThat(sent).extracting(MailRequest::subject).containsExactly(
        "Giấy mời: Hội nghị đối thoại quận Ba Đình, 09:00 ngày 08/06/2023",
        "Thay đổi lịch: Hội nghị đối thoại quận Ba Đình, 14:00 ngày 09/06/2023",
        "Hủy: Hội nghị đối thoại quận Ba Đình, 14:00 ngày 09/06/2023");
    for (int sequence = 0; sequence < 3; sequence++) {
      assertThat(sent.get(sequence).calendar()).contains("UID:" + expectedUid, "SEQUENCE:" + sequence);
      assertThat(sent.get(sequence).idempotencyKey())
          .isEqualTo("ceremony-invitation." + expectedUid.substring(0, expectedUid.indexOf('@')) + "." + sequence);
    }
    assertThat(sent.get(0).to()).contains("ldld@badinh.vn", "quanuy@badinh.vn", "toasoan@laodongthudo.vn");
    assertThat(variables).containsEntry(InvitationVars.UID.name(), expectedUid).containsEntry(InvitationVars.SEQUENCE.name(), 2)
        .containsEntry(InvitationVars.CEREMONY_ID.name(), null);
    assertThat(invitations.invitedMeeting(execution)).isNull();
  }

  @Test
  void anInvitationRemembersTheMeetingItIsAbout() {
    invitations.invite(execution, conference(LocalDateTime.of(2023, 6, 8, 9, 0)), List.of("badinh"), "hoi-nghi");
    assertThat(invitations.invitedMeeting(execution)).isEqualTo("m1");
    assertThat(variables).containsEntry(InvitationVars.SEQUENCE.name(), 0);
  }

  @Test
  void aProcessThatInvitedBeforeTheUidWasKeptGoesOnWithTheEventNamedByItsBusinessKey() {
    variables.put(InvitationVars.SEQUENCE.name(), 0);
    invitations.invite(execution, conference(LocalDateTime.of(2023, 6, 9, 14, 0)), List.of("badinh"), "le-ky-ket");
    String legacy = "le-ky-ket-" + UUID.nameUUIDFromBytes(BUSINESS_KEY.getBytes(StandardCharsets.UTF_8))
        + "@congdoanhanoi.org.vn";
    assertThat(mails(1).get(0).calendar()).contains("UID:" + legacy, "SEQUENCE:1");
    assertThat(variables).containsEntry(InvitationVars.UID.name(), legacy);
  }

  @Test
  void guestsGetTheSameEventOnceEachInUndisclosedChunksAndBlankMailboxesAreSkipped() {
    invitations.invite(execution, conference(LocalDateTime.of(2023, 6, 8, 9, 0)), List.of("badinh"),
        List.of(new CalendarInvitation.Person("congdoan@dienluc.example", "Công đoàn Điện lực"),
            new CalendarInvitation.Person("LDLD@badinh.vn", "Trùng hộp thư của LĐLĐ"),
            new CalendarInvitation.Person("", "Không có hộp thư"),
            new CalendarInvitation.Person("congdoan@bvdk.example", "Công đoàn Bệnh viện"),
            new CalendarInvitation.Person("congdoan@giaoduc.example", "Công đoàn Giáo dục")), "hoi-nghi-doi-thoai");
    List<MailRequest> mails = mails(3);
    MailRequest units = mails.get(0);
    assertThat(units.to()).contains("ldld@badinh.vn").doesNotContain("congdoan@dienluc.example", "LDLD@badinh.vn");
    assertThat(units.undisclosed()).isFalse();
    String key = units.idempotencyKey();
    assertThat(mails.get(1).to()).containsExactly("congdoan@dienluc.example", "congdoan@bvdk.example");
    assertThat(mails.get(2).to()).containsExactly("congdoan@giaoduc.example");
    for (MailRequest chunk : mails.subList(1, 3)) {
      assertThat(chunk.undisclosed()).isTrue();
      assertThat(chunk.idempotencyKey()).startsWith(key + ".guests-");
      assertThat(chunk.calendar()).contains("UID:", "SEQUENCE:0").doesNotContain("ATTENDEE", "congdoan@");
    }
    // The flag survives the mail's variable; a mail queued before it existed keeps naming its recipients.
    assertThat(MailRequest.fromJson(mails.get(1).toJson()).undisclosed()).isTrue();
    assertThat(MailRequest.fromJson(mails.get(1).toJson().replace(",\"undisclosed\":true", "")).undisclosed())
        .isFalse();
  }
}
