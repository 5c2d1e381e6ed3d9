package vn.org.congdoanhanoi.phoihop.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation.Method;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation.Person;
import vn.org.congdoanhanoi.phoihop.notification.CalendarInvitation;
import vn.org.congdoanhanoi.phoihop.notification.ICalendarWriter;
import vn.org.congdoanhanoi.phoihop.notification.MailFormats;
import vn.org.congdoanhanoi.phoihop.notification.MailRequest;
import vn.org.congdoanhanoi.phoihop.notification.NotificationSettings;
import vn.org.congdoanhanoi.phoihop.notification.Notifications;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * The invitation to a meeting with its calendar event, to everyone the federation invites to the meetings its
 * chairman attends: the city federation's standing committee and heads of department, the Party committee and
 * federation of every unit taking part (mailboxes and people), and the press. One event per inviting process
 * ({@link #uid}): the first invitation is a REQUEST, a reschedule the same UID with a higher SEQUENCE, a withdrawal a
 * CANCEL. The process remembers what it sent in {@link InvitationVars}.
 */
@Component
@RequiredArgsConstructor
public class MeetingInvitations {

  static final String TEMPLATE = "ceremony-invitation";

  private final OrganizationDirectory organization;
  private final NotificationSettings settings;
  private final EngineClock clock;
  private final Notifications notifications;

  /** The meeting the process last invited to and has not withdrawn, if any. */
  public String invitedMeeting(DelegateExecution execution) {
    return InvitationVars.CEREMONY_ID.orNull(execution);
  }

  /**
   * Invites the participants of the given units to the meeting: the process's first invitation, or an update of
   * the event it sent before (a meeting moved or booked anew after a postponement).
   *
   * @param series names the family's events (signing: "le-ky-ket"), the start of every UID it creates
   */
  public void invite(DelegateExecution execution, Meeting meeting, List<String> unitCodes, String series) {
    invite(execution, meeting, unitCodes, List.of(), series);
  }

  /**
   * The same, with guests outside the units' own mailboxes and people (a district's grassroots unions and
   * departments, for a dialogue conference): they get the same event, and its updates, in mails of their own, at
   * most {@link NotificationSettings#maxRecipientsPerMail()} each, where nobody sees another guest's address.
   */
  public void invite(DelegateExecution execution, Meeting meeting, List<String> unitCodes, List<Person> guests,
                     String series) {
    int sequence = InvitationVars.SEQUENCE.optional(execution).map(previous -> previous + 1).orElse(0);
    send(meeting, unitCodes, guests, uid(execution, meeting, series), sequence, Method.REQUEST);
    InvitationVars.SEQUENCE.set(execution, sequence);
    InvitationVars.CEREMONY_ID.set(execution, meeting.id());
  }

  /** Withdraws the event the process sent for the meeting: the given units' participants get a CANCEL. */
  public void withdraw(DelegateExecution execution, Meeting meeting, List<String> unitCodes, String series) {
    withdraw(execution, meeting, unitCodes, List.of(), series);
  }

  /** The same, and the guests invited with them get the CANCEL in their own mails. */
  public void withdraw(DelegateExecution execution, Meeting meeting, List<String> unitCodes, List<Person> guests,
                       String series) {
    int sequence = InvitationVars.SEQUENCE.required(execution) + 1;
    send(meeting, unitCodes, guests, uid(execution, meeting, series), sequence, Method.CANCEL);
    InvitationVars.SEQUENCE.set(execution, sequence);
    InvitationVars.CEREMONY_ID.set(execution, null);
  }

  /**
   * The units' participants (colleagues who invite each other) in one mail that names them all, as attendees of
   * the event too; the guests, a mass audience, in chunks whose every copy names only the sender and whose event
   * lists no attendee, so that no union learns another's address. Each mail is its own notification (retried alone).
   */
  private void send(Meeting meeting, List<String> unitCodes, List<Person> guests, String uid, int sequence,
                    Method method) {
    List<Person> members = attendees(unitCodes);
    notifications.requestMail(mail(meeting, members, members, key(uid, sequence), uid, sequence, method));
    Set<String> known = new HashSet<>(members.stream().map(p -> p.email().toLowerCase()).toList());
    List<Person> others = guests.stream()
        .filter(g -> g.email() != null && !g.email().isBlank() && known.add(g.email().toLowerCase())).toList();
    int size = settings.maxRecipientsPerMail();
    for (int from = 0, chunk = 1; from < others.size(); from += size, chunk++) {
      List<Person> recipients = others.subList(from, Math.min(others.size(), from + size));
      notifications.requestMail(mail(meeting, List.of(), recipients, key(uid, sequence) + ".guests-" + chunk, uid,
          sequence, method).withUndisclosedRecipients());
    }
  }

  /** The idempotency key of the units' mail; the guests' chunks append their number to it. */
  static String key(String uid, int sequence) {
    return TEMPLATE + "." + uid.substring(0, uid.indexOf('@')) + "." + sequence;
  }

  /**
   * The calendar event of a process's meetings: one per process, so every update and cancellation reaches the
   * event its people already have. Business keys repeat across years (222/LĐLĐ of 2022 and of 2025), so the UID
   * also names the matter's year; it is chosen at the first invitation and kept in the process
   * ({@link InvitationVars#UID}), so that how it is formed may change without splitting an event. A process that
   * had invited before the UID was kept (running at the upgrade) goes on with the event it created then, named
   * from the business key alone, and keeps that one too.
   */
  String uid(DelegateExecution execution, Meeting meeting, String series) {
    String kept = InvitationVars.UID.orNull(execution);
    if (kept != null) {
      return kept;
    }
    String businessKey = execution.getProcessBusinessKey();
    String name = InvitationVars.SEQUENCE.optional(execution).isPresent()
        ? businessKey
        : businessKey + "@" + meeting.matter().year();
    String uid = series + "-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "@"
        + settings.messageIdDomain();
    InvitationVars.UID.set(execution, uid);
    return uid;
  }

  MailRequest mail(Meeting meeting, List<String> memberUnitCodes, String uid, int sequence, Method method) {
    List<Person> attendees = attendees(memberUnitCodes);
    return mail(meeting, attendees, attendees, key(uid, sequence), uid, sequence, method);
  }

  /** The mail to the recipients; the event names the attendees (none in a guests' chunk). */
  private MailRequest mail(Meeting meeting, List<Person> attendees, List<Person> recipients, String key, String uid,
                           int sequence, Method method) {
    CalendarInvitation invitation = new CalendarInvitation(uid, sequence, method, meeting.title(),
        description(meeting), meeting.venue(), instant(meeting.startsAt()), instant(meeting.endsAt()),
        new Person(settings.from(), settings.fromName()), attendees, clock.instant());
    boolean cancelled = method == Method.CANCEL;
    String when = MailFormats.DATE_TIME.format(meeting.startsAt());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", meeting.title());
    model.put("when", when);
    model.put("endsAt", MailFormats.TIME.format(meeting.endsAt()));
    model.put("venue", meeting.venue());
    model.put("documentNumber", meeting.documentNumber());
    model.put("cancelled", cancelled);
    model.put("updated", !cancelled && sequence > 0);
    model.put("agenda", meeting.agenda().stream()
        .map(a -> MailFormats.TIME.format(a.startsAt()) + " – " + a.title()).toList());
    model.put("participants", meeting.participants());
    String subject = (cancelled ? "Hủy: " : sequence > 0 ? "Thay đổi lịch: " : "Giấy mời: ") + meeting.title()
        + ", " + when;
    return MailRequest.of(TEMPLATE, key, recipients.stream().map(Person::email).toList(), subject, model)
        .withCalendar(ICalendarWriter.write(invitation), method.name());
  }

  List<Person> attendees(List<String> memberUnitCodes) {
    Map<String, Person> byAddress = new LinkedHashMap<>();
    organization.current().units().stream().filter(u -> u.kind() == UnitKind.CITY)
        .forEach(u -> add(byAddress, u.email(), u.federationName()));
    for (Role role : List.of(Role.CITY_STANDING, Role.CITY_DEPARTMENT)) {
      organization.peopleWithRole(role).forEach(p -> add(byAddress, p.email(), p.fullName()));
    }
    Set<String> units = new LinkedHashSet<>(memberUnitCodes);
    for (String code : units) {
      Unit unit = organization.unit(code).orElseThrow();
      add(byAddress, unit.partyCommitteeEmail(), "Ban Thường vụ " + unit.partyCommitteeName());
      add(byAddress, unit.email(), "Ban Thường vụ " + unit.federationName());
      organization.current().people().stream().filter(p -> code.equals(p.unitCode()))
          .filter(p -> p.roles().contains(Role.FEDERATION) || p.roles().contains(Role.PARTY_COMMITTEE))
          .forEach(p -> add(byAddress, p.email(), p.fullName()));
    }
    settings.pressMailboxes().forEach(address -> add(byAddress, address, "Báo chí"));
    return new ArrayList<>(byAddress.values());
  }

  private static void add(Map<String, Person> byAddress, String email, String name) {
    if (email != null && !email.isBlank()) {
      byAddress.putIfAbsent(email.toLowerCase(), new Person(email, name));
    }
  }

  private static String description(Meeting meeting) {
    StringBuilder text = new StringBuilder("Chương trình:\n");
    meeting.agenda().forEach(a -> text.append(MailFormats.TIME.format(a.startsAt())).append(" ").append(a.title())
        .append('\n'));
    text.append("Thành phần:\n");
    meeting.participants().forEach(p -> text.append("- ").append(p).append('\n'));
    return text.toString();
  }

  private static Instant instant(LocalDateTime local) {
    return local.atZone(WorkingDayCalendar.ZONE).toInstant();
  }
}
