package vn.org.congdoanhanoi.phoihop.notification;

import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarInvitation} as an iCalendar object with ical4j. Times are written in UTC ("Z"), which
 * every calendar program converts to the reader's zone; Vietnam has no daylight saving, so nothing is lost.
 */
public final class ICalendarWriter {

  static final String PRODUCT_ID = "-//Lien doan Lao dong thanh pho Ha Noi//phoihop//VI";

  private ICalendarWriter() {}

  public static String write(CalendarInvitation invitation) {
    VEvent event = new VEvent(invitation.start(), invitation.end(), invitation.summary());
    event.add(new Uid(invitation.uid()));
    event.add(new Sequence(invitation.sequence()));
    event.add(new DtStamp(invitation.stamp()));
    if (invitation.location() != null) {
      event.add(new Location(invitation.location()));
    }
    if (invitation.description() != null) {
      event.add(new Description(invitation.description()));
    }
    event.add(new Status(invitation.method() == CalendarInvitation.Method.CANCEL
        ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    if (invitation.organizer() != null) {
      event.add(new Organizer(new ParameterList(List.of(new Cn(invitation.organizer().name()))),
          mailto(invitation.organizer().email())));
    }
    for (CalendarInvitation.Person person : invitation.attendees()) {
      event.add(new Attendee(new ParameterList(List.of(new Cn(person.name() == null ? person.email() : person.name()),
          Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE)), mailto(person.email())));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Method(invitation.method().name()));
    calendar.add(event);
    return calendar.toString();
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email);
  }
}
