package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One meeting (a signing ceremony, a conference) as calendar programs understand it (RFC 5545/5546). The same
 * {@code uid} with a higher {@code sequence} updates an invitation already sent; {@link Method#CANCEL} withdraws it.
 */
public record CalendarInvitation(String uid, int sequence, Method method, String summary, String description,
                                 String location, Instant start, Instant end, Person organizer,
                                 List<Person> attendees, Instant stamp) {

  public enum Method { REQUEST, CANCEL }

  /** An address with the name calendar programs show. */
  public record Person(String email, String name) {
    public Person {
      Objects.requireNonNull(email, "email");
    }
  }

  public CalendarInvitation {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    attendees = List.copyOf(attendees);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("Thời gian kết thúc phải sau thời gian bắt đầu");
    }
  }
}
