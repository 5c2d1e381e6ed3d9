package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

/**
 * The invitation mail of a ceremony with its calendar event, to every participant letter 222/LĐLĐ lists: the city
 * federation's standing committee and heads of department, the Party committee and federation of every member
 * unit (mailboxes and people), and the press. One event per signing process ({@link #uid}): a reschedule sends the
 * same UID with a higher SEQUENCE, a cancellation a CANCEL.
 */
@Component
public class CeremonyInvitations {

  static final String TEMPLATE = "ceremony-invitation";

  private final OrganizationDirectory organization;
  private final NotificationSettings settings;
  private final EngineClock clock;

  CeremonyInvitations(OrganizationDirectory organization, NotificationSettings settings, EngineClock clock) {
    this.organization = organization;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The calendar event of a signing process's ceremony: one per process, so every update and cancellation reaches
   * the event its people already have. Business keys are the same for 222/LĐLĐ of 2022 and of 2025, so the UID
   * also names the letter's year; it is chosen at the first invitation and kept in the process
   * ({@link CeremonyInvitationVars#UID}), so that how it is formed may change without splitting an event. A process
   * that had invited before the UID was kept (running at the upgrade) goes on with the event it created then,
   * named from the business key alone, and keeps that one too.
   */
  public String uid(DelegateExecution execution) {
    String kept = CeremonyInvitationVars.UID.orNull(execution);
    if (kept != null) {
      return kept;
    }
    String businessKey = execution.getProcessBusinessKey();
    String uid = CeremonyInvitationVars.SEQUENCE.optional(execution).isPresent()
        ? uid(businessKey)
        : uid(businessKey + "@" + CampaignId.of(execution).year());
    CeremonyInvitationVars.UID.set(execution, uid);
    return uid;
  }

  private String uid(String name) {
    return "le-ky-ket-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "@"
        + settings.messageIdDomain();
  }

  public MailRequest mail(Ceremony ceremony, List<String> memberUnitCodes, String uid, int sequence, Method method) {
    List<Person> attendees = attendees(memberUnitCodes);
    CalendarInvitation invitation = new CalendarInvitation(uid, sequence, method, ceremony.title(),
        description(ceremony), ceremony.venue(), instant(ceremony.startsAt()), instant(ceremony.endsAt()),
        new Person(settings.from(), settings.fromName()), attendees, clock.instant());
    boolean cancelled = method == Method.CANCEL;
    String when = MailFormats.DATE_TIME.format(ceremony.startsAt());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", ceremony.title());
    model.put("when", when);
    model.put("endsAt", MailFormats.TIME.format(ceremony.endsAt()));
    model.put("venue", ceremony.venue());
    model.put("documentNumber", ceremony.documentNumber());
    model.put("cancelled", cancelled);
    model.put("updated", !cancelled && sequence > 0);
    model.put("agenda", ceremony.agenda().stream()
        .map(a -> MailFormats.TIME.format(a.startsAt()) + " – " + a.title()).toList());
    model.put("participants", ceremony.participants());
    String subject = (cancelled ? "Hủy: " : sequence > 0 ? "Thay đổi lịch: " : "Giấy mời: ") + ceremony.title()
        + ", " + when;
    String key = "ceremony-invitation." + uid.substring(0, uid.indexOf('@')) + "." + sequence;
    return MailRequest.of(TEMPLATE, key, attendees.stream().map(Person::email).toList(), subject, model)
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

  private static String description(Ceremony ceremony) {
    StringBuilder text = new StringBuilder("Chương trình:\n");
    ceremony.agenda().forEach(a -> text.append(MailFormats.TIME.format(a.startsAt())).append(" ").append(a.title())
        .append('\n'));
    text.append("Thành phần:\n");
    ceremony.participants().forEach(p -> text.append("- ").append(p).append('\n'));
    return text.toString();
  }

  private static Instant instant(java.time.LocalDateTime local) {
    return local.atZone(WorkingDayCalendar.ZONE).toInstant();
  }
}
