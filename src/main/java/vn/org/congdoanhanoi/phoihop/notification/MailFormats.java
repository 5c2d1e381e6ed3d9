package vn.org.congdoanhanoi.phoihop.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;

/** How dates and times read in Vietnamese mails: 30/06/2022, 14:00. */
public final class MailFormats {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private MailFormats() {}

  public static String date(Date date) {
    return date == null ? null : DATE.format(date.toInstant().atZone(WorkingDayCalendar.ZONE));
  }

  public static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant.atZone(WorkingDayCalendar.ZONE));
  }
}
