package vn.org.congdoanhanoi.phoihop.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.programme.PartyReports.PartyReport;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Block;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;

/**
 * The content of a programme's yearly report (báo cáo kết quả năm) and of its final summary (báo cáo tổng kết), in
 * the official layout of {@code records.document}: results per content area and party (saying which the city office
 * entered for a partner without accounts, and who was excused), the review, its conclusions and next year's plan;
 * the summary also lists every review of the term.
 */
@Component
@RequiredArgsConstructor
public class ProgrammeReportDocument {

  private static final List<Integer> RESULT_WIDTHS = List.of(6, 30, 32, 32);
  private static final List<Integer> REVIEW_WIDTHS = List.of(15, 45, 40);

  private final ReportingProperties reporting;

  /** What the review recorded, as the document needs it. */
  public record Review(String programmeNumber, LocalDate signedOn, int year, int termStart, int termEnd,
                       boolean finalReview, String partyA, String partyAName, String partyB, String partyBName,
                       String hostName, List<String> contentAreas, List<PartyReport> reports, Meeting meeting,
                       String conclusions, String nextYearPlan, List<ReviewsHeld.Review> earlierReviews) {}

  public static String subject(Review review) {
    String parties = " giữa " + review.partyAName() + " và " + review.partyBName();
    return review.finalReview()
        ? "Tổng kết Chương trình phối hợp công tác giai đoạn " + review.termStart() + " - " + review.termEnd() + parties
        : "Kết quả thực hiện Chương trình phối hợp công tác năm " + review.year() + parties;
  }

  public OfficialDocument compose(Review review, String symbol, LocalDate issuedOn,
                                  java.util.function.Function<String, String> partyName) {
    List<Block> body = new ArrayList<>();
    body.add(new Paragraph("Thực hiện Chương trình phối hợp công tác số " + review.programmeNumber() + " ký ngày "
        + VietnameseDates.shortDate(review.signedOn()) + " giữa " + review.partyAName() + " và " + review.partyBName()
        + ", giai đoạn " + review.termStart() + " - " + review.termEnd() + ", hai bên báo cáo "
        + (review.finalReview() ? "tổng kết" : "kết quả năm " + review.year()) + " như sau:"));
    body.add(new Heading("I. KẾT QUẢ THỰC HIỆN THEO NỘI DUNG PHỐI HỢP"));
    PartyReport a = report(review, review.partyA());
    PartyReport b = report(review, review.partyB());
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < review.contentAreas().size(); i++) {
      String area = review.contentAreas().get(i);
      rows.add(List.of(String.valueOf(i + 1), area, result(a, area), result(b, area)));
    }
    body.add(new Table(List.of("TT", "Nội dung phối hợp", review.partyAName(), review.partyBName()), rows,
        RESULT_WIDTHS));
    for (PartyReport report : review.reports()) {
      if (report.excuseReason() != null) {
        body.add(new Paragraph("- " + report.partyName() + " được miễn báo cáo năm " + review.year() + ": "
            + report.excuseReason() + "."));
      } else if (report.enteredByCityOffice()) {
        body.add(new Paragraph("- Báo cáo của " + report.partyName() + " do Văn phòng Liên đoàn Lao động Thành phố "
            + "nhập thay" + (report.enteredBy() == null ? "" : " (tài khoản " + report.enteredBy() + ")") + "."));
      }
    }
    body.add(new Heading("II. " + ReviewMeetings.title(review.year(), review.finalReview()).toUpperCase()));
    Meeting meeting = review.meeting();
    body.add(new Paragraph(ReviewMeetings.title(review.year(), review.finalReview()) + " do " + review.hostName()
        + " chủ trì, tổ chức lúc " + MeetingRules.TIME.format(meeting.startsAt()) + " ngày "
        + MeetingRules.DATE.format(meeting.startsAt()) + " tại " + meeting.venue() + "."));
    body.add(new Heading("III. KẾT LUẬN"));
    body.add(new Paragraph(review.conclusions()));
    if (!review.finalReview()) {
      body.add(new Heading("IV. KẾ HOẠCH NĂM " + (review.year() + 1)));
      body.add(new Paragraph(review.nextYearPlan()));
    } else {
      body.add(new Heading("IV. CÁC HỘI NGHỊ SƠ KẾT TRONG GIAI ĐOẠN"));
      List<List<String>> held = new ArrayList<>();
      for (ReviewsHeld.Review earlier : review.earlierReviews()) {
        held.add(List.of(String.valueOf(earlier.year()), partyName.apply(earlier.host()),
            earlier.reportNumber() == null ? "" : earlier.reportNumber()));
      }
      held.add(List.of(String.valueOf(review.year()), review.hostName(), "Báo cáo này (tổng kết)"));
      body.add(new Table(List.of("Năm", "Đơn vị chủ trì", "Báo cáo"), held, REVIEW_WIDTHS));
    }
    body.add(new Paragraph("Trên đây là báo cáo " + (review.finalReview() ? "tổng kết" : "kết quả năm "
        + review.year()) + " thực hiện Chương trình phối hợp công tác./."));
    ReportingProperties.Document format = reporting.document();
    return new OfficialDocument(format.superiorBody(), format.issuingBody(), symbol, format.place(), issuedOn,
        "BÁO CÁO", subject(review), body,
        List.of("Ban Thường vụ " + review.partyAName() + ";", "Ban Thường vụ " + review.partyBName() + ";",
            "Lưu: VT, VP."),
        format.signatureAuthority(), format.signerTitle(), format.signerName());
  }

  private static PartyReport report(Review review, String party) {
    return review.reports().stream().filter(r -> r.party().equals(party)).findFirst().orElse(null);
  }

  private static String result(PartyReport report, String area) {
    if (report == null) {
      return "Chưa báo cáo";
    }
    if (report.excuseReason() != null) {
      return "Được miễn báo cáo";
    }
    return report.results().getOrDefault(area, "");
  }
}
