package vn.org.congdoanhanoi.phoihop.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.meeting.AgendaItem;
import vn.org.congdoanhanoi.phoihop.meeting.Booking;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * A programme's yearly review as a meeting of the chairman's diary ({@code meeting}): the chairman of the city
 * federation co-chairs every review, so the diary's rules apply (a working day, no clash with any meeting of any
 * family), plus the programme's own: not in the past, and held by the end of the first quarter of the next year.
 */
@Component
@RequiredArgsConstructor
public class ReviewMeetings {

  /** The meetings' kind in the diary and the series of their calendar events. */
  static final String KIND = "PROGRAMME_REVIEW";
  static final String INVITATIONS = "hoi-nghi-so-ket";

  private final MeetingRules rules;
  private final MeetingDiary diary;
  private final EngineClock clock;

  /** The programme's letter in the diary: its number and the year it was signed. */
  static MeetingMatter matter(VariableScope review) {
    return new MeetingMatter(Vars.PROGRAMME_NUMBER.required(review), Vars.ISSUED_ON.required(review).getYear());
  }

  /** Every rule a proposed slot breaks, under the form's fields. */
  public void check(Submission s, MeetingMatter matter, int year, LocalDate date, LocalTime time, String venue) {
    programmeRules(s, year, date);
    rules.check(s, new MeetingRules.Slot(matter, date, time, venue, Set.of()), Vars.REVIEW_DATE.name(),
        Vars.REVIEW_TIME.name());
  }

  private void programmeRules(Submission s, int year, LocalDate date) {
    if (date == null) {
      return;
    }
    LocalDate latest = ProgrammeYears.latestReviewDate(year);
    if (date.isBefore(clock.today())) {
      s.violation(Vars.REVIEW_DATE, "Ngày " + MeetingRules.DATE.format(date) + " đã qua; hãy chọn một ngày từ hôm "
          + "nay trở đi.");
    } else if (date.isAfter(latest)) {
      s.violation(Vars.REVIEW_DATE, "Hội nghị sơ kết năm " + year + " phải tổ chức chậm nhất ngày "
          + MeetingRules.DATE.format(latest) + " để kế hoạch năm sau còn kịp thực hiện.");
    }
  }

  /**
   * Books the review under the diary's lock, after checking everything again there: a slot taken since the form
   * was checked is refused ({@link vn.org.congdoanhanoi.phoihop.validation.InvalidSubmissionException}).
   */
  public Meeting book(VariableScope review, String hostName, String guestName) {
    MeetingMatter matter = matter(review);
    int year = Vars.REVIEW_YEAR.required(review);
    LocalDate date = Vars.REVIEW_DATE.required(review);
    LocalTime time = Vars.REVIEW_TIME.required(review);
    String venue = Vars.REVIEW_VENUE.required(review);
    rules.requireFree("Không thể đặt lịch Hội nghị sơ kết", new MeetingRules.Slot(matter, date, time, venue, Set.of()),
        s -> programmeRules(s, year, date), Vars.REVIEW_DATE.name(), Vars.REVIEW_TIME.name());
    String title = title(Vars.REVIEW_YEAR.required(review), finalReview(review)) + " Chương trình phối hợp "
        + matter.documentNumber() + " (" + hostName + " chủ trì)";
    List<AgendaItem> agenda = List.of(new AgendaItem(time, 10, "Tuyên bố lý do, giới thiệu đại biểu"),
        new AgendaItem(time.plusMinutes(10), 20, "Báo cáo kết quả thực hiện Chương trình của hai bên"),
        new AgendaItem(time.plusMinutes(30), 20, "Thảo luận, thống nhất kế hoạch năm tiếp theo"),
        new AgendaItem(time.plusMinutes(50), 10, "Kết luận, bế mạc"));
    return diary.book(new Booking(matter, KIND, null, Vars.REVIEW_HOST.required(review), hostName, title,
        date.atTime(time), venue, null, null, null, agenda, List.of(hostName, guestName)));
  }

  /** Whether this year's review is the final one: the programme's term ends with it. */
  static boolean finalReview(VariableScope review) {
    return Vars.REVIEW_YEAR.required(review) >= Vars.TERM_END.required(review);
  }

  static String title(int year, boolean finalReview) {
    return finalReview ? "Hội nghị tổng kết" : "Hội nghị sơ kết năm " + year;
  }
}
