package vn.org.congdoanhanoi.phoihop.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * What every extension of a deadline must be, whichever task grants it (the office's follow-up, a family's own
 * decision): a new deadline ({@code newDeadline}) after the current one ({@code deadline}), in a year the holiday
 * file has, so reminders can be counted in working days.
 */
public final class DeadlineExtension {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DeadlineExtension() {}

  /** Records what is wrong with the submitted extension; returns the new deadline when it was readable. */
  public static LocalDate check(Submission s, WorkingDayCalendar calendar) {
    LocalDate newDeadline = s.requiredDate(DeadlineFollowUp.Vars.NEW_DEADLINE, "hạn mới (bắt buộc khi gia hạn)");
    LocalDate current = s.optionalDate(DeadlineFollowUp.Vars.DEADLINE, "hạn hiện tại");
    if (newDeadline != null && current != null && !newDeadline.isAfter(current)) {
      s.violation(DeadlineFollowUp.Vars.NEW_DEADLINE, "Hạn mới " + DATE.format(newDeadline) + " phải sau hạn hiện tại "
          + DATE.format(current) + ".");
    }
    if (newDeadline != null && !calendar.covers(newDeadline.getYear())) {
      s.violation(DeadlineFollowUp.Vars.NEW_DEADLINE, "Chưa có lịch ngày nghỉ của năm " + newDeadline.getYear()
          + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước.");
    }
    return newDeadline;
  }
}
