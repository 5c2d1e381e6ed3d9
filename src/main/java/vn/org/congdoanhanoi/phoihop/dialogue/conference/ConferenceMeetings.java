package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.meeting.AgendaItem;
import vn.org.congdoanhanoi.phoihop.meeting.Booking;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingInvitations;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation.Person;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * A dialogue conference as a meeting of the chairman's diary ({@code meeting}): the diary's rules (a working day, no
 * clash with any meeting of any family) plus the conference's own (not in the past, after the petition deadline),
 * the booking, and who is invited: the district federation and Party committee (as a unit), the unions taking part
 * and the district's departments (their mailboxes, as guests).
 */
@Component
@RequiredArgsConstructor
public class ConferenceMeetings {

  private final MeetingRules rules;
  private final MeetingDiary diary;
  private final MeetingInvitations invitations;
  private final OrganizationDirectory organization;
  private final EngineClock clock;

  static MeetingMatter matter(VariableScope conference) {
    return new MeetingMatter(Vars.PLAN_NUMBER.required(conference), Vars.ISSUED_ON.required(conference).getYear());
  }

  /** Every rule the slot breaks, the date's under {@code dateField} and the time's under {@code timeField}. */
  public void check(Submission s, MeetingMatter matter, LocalDate petitionDeadline, LocalDate date, LocalTime time,
                    String venue, String dateField, String timeField) {
    conferenceRules(s, petitionDeadline, date, dateField);
    rules.check(s, new MeetingRules.Slot(matter, date, time, venue, Set.of()), dateField, timeField);
  }

  private void conferenceRules(Submission s, LocalDate petitionDeadline, LocalDate date, String dateField) {
    if (date == null) {
      return;
    }
    if (date.isBefore(clock.today())) {
      s.violation(dateField, "Ngày " + MeetingRules.DATE.format(date) + " đã qua; hãy chọn một ngày từ hôm nay trở đi.");
    } else if (!date.isAfter(petitionDeadline)) {
      s.violation(dateField, "Hội nghị phải sau hạn gửi kiến nghị (" + MeetingRules.DATE.format(petitionDeadline)
          + ") để kịp tổng hợp và chuẩn bị trả lời.");
    }
  }

  /**
   * Books the slot under the diary's lock, after checking everything again there, frees the slot booked before (a
   * move), and only then makes it the conference's ({@code conferenceDate}, {@code conferenceTime}, {@code venue}):
   * a slot taken since it was checked is refused
   * ({@link vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException}) before anything is written.
   */
  public Meeting book(DelegateExecution conference, LocalDate date, LocalTime time, String venue) {
    MeetingMatter matter = matter(conference);
    diary.lock();
    ConferenceDate.Vars.MEETING_ID.optional(conference).ifPresent(diary::cancel);
    rules.requireFree("Không thể đặt lịch Hội nghị đối thoại",
        new MeetingRules.Slot(matter, date, time, venue, Set.of()),
        s -> conferenceRules(s, Vars.PETITION_DEADLINE.required(conference), date, Vars.CONFERENCE_DATE.name()),
        Vars.CONFERENCE_DATE.name(), Vars.CONFERENCE_TIME.name());
    Unit district = organization.unit(Vars.UNIT_CODE.required(conference)).orElseThrow();
    String title = "Hội nghị Chủ tịch UBND gặp gỡ, đối thoại với CNVCLĐ – " + district.federationName() + " ("
        + matter.documentNumber() + ")";
    List<AgendaItem> agenda = List.of(new AgendaItem(time, 15, "Tuyên bố lý do, giới thiệu đại biểu"),
        new AgendaItem(time.plusMinutes(15), 30, "Báo cáo tổng hợp ý kiến, kiến nghị của CNVCLĐ"),
        new AgendaItem(time.plusMinutes(45), 120, "Chủ tịch UBND và các phòng, ban đối thoại, trả lời kiến nghị"),
        new AgendaItem(time.plusMinutes(165), 15, "Kết luận của đồng chí Chủ tịch UBND"));
    Meeting meeting = diary.book(new Booking(matter, ConferenceDate.KIND, null, district.code(),
        district.federationName(), title, date.atTime(time), venue, null, null, null, agenda,
        List.of(district.federationName(), district.partyCommitteeName(), "Đại diện các công đoàn cơ sở",
            "Các phòng, ban UBND")));
    Vars.CONFERENCE_DATE.set(conference, date);
    Vars.CONFERENCE_TIME.set(conference, time);
    Vars.VENUE.set(conference, venue);
    ConferenceDate.Vars.MEETING_ID.set(conference, meeting.id());
    ConferenceDate.Vars.STARTS_AT.set(conference, meeting.startsAtWithOffset());
    return meeting;
  }

  /** Invites to the booked meeting, or updates the invitation sent before (same event, next SEQUENCE). */
  public void invite(DelegateExecution conference) {
    Meeting meeting = diary.find(ConferenceDate.Vars.MEETING_ID.required(conference)).orElseThrow();
    String districtCode = Vars.UNIT_CODE.required(conference);
    invitations.invite(conference, meeting, List.of(districtCode), guests(conference, districtCode),
        ConferenceDate.INVITATIONS);
  }

  /**
   * The conference ends before its meeting (deleted in Cockpit, or its instance ended early): the chairman's slot
   * is freed and, if invitations went out, the same people get a CANCEL of the same event. A conference never
   * booked, or whose meeting has begun, leaves the diary as it is.
   */
  public void release(DelegateExecution conference) {
    String meetingId = ConferenceDate.Vars.MEETING_ID.orNull(conference);
    Meeting meeting = meetingId == null ? null : diary.find(meetingId).orElseThrow();
    if (meeting == null || meeting.status() != Meeting.Status.SCHEDULED || !clock.now().isBefore(meeting.startsAt())) {
      return;
    }
    diary.cancel(meetingId);
    if (meetingId.equals(invitations.invitedMeeting(conference))) {
      String districtCode = Vars.UNIT_CODE.required(conference);
      invitations.withdraw(conference, meeting, List.of(districtCode), guests(conference, districtCode),
          ConferenceDate.INVITATIONS);
    }
  }

  private List<Person> guests(DelegateExecution conference, String districtCode) {
    List<Person> guests = new ArrayList<>();
    Vars.GRASSROOTS_UNITS.required(conference).forEach(code -> organization.grassrootsUnit(code)
        .ifPresent(union -> guests.add(new Person(union.email(), "Công đoàn cơ sở " + union.name()))));
    organization.departments(districtCode).forEach(d -> guests.add(new Person(d.email(), d.name())));
    return guests;
  }
}
