package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceFigures.Figures;
import vn.org.congdoanhanoi.phoihop.dialogue.closing.ConferenceRecordSource.ConferenceRecord;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Block;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.organization.Unit;

/**
 * The content of a district federation's report on its dialogue conference ("BÁO CÁO Kết quả Hội nghị Chủ tịch UBND
 * huyện Gia Lâm gặp gỡ, đối thoại với CNVCLĐ năm 2023"): the petitions collected (unions, topics, channels, merged),
 * the conference as held, the answers. Issued by the district federation under the city federation; the layout is
 * {@code OfficialDocumentDocx}'s job.
 */
@Component
public class ConferenceReportDocument {

  static final String TYPE_NAME = "BÁO CÁO";
  private static final String FEDERATION = "Liên đoàn Lao động ";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * What the report is about: the plan, its district (whose federation issues the report) and the conference as
   * planned and booked.
   */
  public record Conference(PlanId plan, Unit district, LocalDate issuedOn, LocalDate conferenceDate,
                           LocalTime conferenceTime, String venue, Integer expectedAttendance) {

    /** "huyện Gia Lâm" from "Liên đoàn Lao động huyện Gia Lâm". */
    String locality() {
      String federation = district.federationName();
      return federation.startsWith(FEDERATION) ? federation.substring(FEDERATION.length()) : district.name();
    }
  }

  /** "Kết quả Hội nghị Chủ tịch UBND huyện Gia Lâm gặp gỡ, đối thoại với CNVCLĐ năm 2023". */
  public static String subject(Conference conference) {
    return "Kết quả Hội nghị Chủ tịch UBND " + conference.locality() + " gặp gỡ, đối thoại với CNVCLĐ năm "
        + conference.plan().year();
  }

  public OfficialDocument compose(Conference conference, Figures figures, ConferenceRecord record, String symbol,
                                  LocalDate issuedOn, ReportingProperties.Document format) {
    Unit district = conference.district();
    List<Block> body = new ArrayList<>();
    body.add(new Paragraph("Thực hiện Kế hoạch số " + conference.plan().planNumber() + " ngày "
        + VietnameseDates.shortDate(conference.issuedOn()) + " của Ban Thường vụ " + district.federationName()
        + " về tổ chức Hội nghị Chủ tịch UBND " + conference.locality() + " gặp gỡ, đối thoại với CNVCLĐ năm "
        + conference.plan().year() + ", Ban Thường vụ " + district.federationName() + " báo cáo kết quả như sau:"));

    body.add(new Heading("I. CÔNG TÁC TỔNG HỢP Ý KIẾN, KIẾN NGHỊ"));
    long merged = figures.inState(PetitionState.MERGED);
    body.add(new Paragraph("Kế hoạch được gửi đến " + figures.unions() + " công đoàn cơ sở; "
        + figures.unionsThatSent() + " công đoàn cơ sở đã gửi ý kiến, kiến nghị. Tổng số " + figures.petitions()
        + " ý kiến, kiến nghị; sau khi gộp " + merged + " kiến nghị trùng nội dung, còn "
        + (figures.petitions() - merged) + " kiến nghị được tổng hợp, giao các phòng, ban chuyên môn trả lời."));
    body.add(topicTable(figures));

    body.add(new Heading("II. KẾT QUẢ HỘI NGHỊ"));
    body.add(new Paragraph(held(conference, record)));
    if (record == null || record.conclusions().isEmpty()) {
      body.add(new Paragraph("Kết luận của Chủ tịch UBND: chưa được ghi nhận trên hệ thống."));
    } else {
      body.add(new Paragraph("Kết luận của Chủ tịch UBND:"));
      record.conclusions().forEach(conclusion -> body.add(new Paragraph("- " + conclusion)));
    }

    body.add(new Heading("III. KẾT QUẢ TRẢ LỜI KIẾN NGHỊ"));
    long answered = figures.inState(PetitionState.ANSWERED);
    long atConference = figures.inState(PetitionState.ANSWERED_AT_CONFERENCE);
    long followUp = figures.inState(PetitionState.FOLLOW_UP);
    long open = figures.petitions() - merged - answered - atConference - followUp
        - figures.inState(PetitionState.CLOSED);
    body.add(new Paragraph("Đã trả lời bằng văn bản: " + answered + " kiến nghị; trả lời trực tiếp tại Hội nghị: "
        + atConference + " kiến nghị; giao theo dõi thực hiện theo kết luận của Chủ tịch UBND: " + followUp
        + " kiến nghị" + (open > 0 ? "; chưa được trả lời: " + open + " kiến nghị" : "") + ". Nội dung trả lời đã"
        + " được gửi đến từng công đoàn cơ sở."));
    body.add(new Paragraph("Trên đây là báo cáo kết quả Hội nghị Chủ tịch UBND " + conference.locality()
        + " gặp gỡ, đối thoại với CNVCLĐ năm " + conference.plan().year() + " của Ban Thường vụ "
        + district.federationName() + "./."));

    List<String> issuingBody = List.of("LIÊN ĐOÀN LAO ĐỘNG", conference.locality().toUpperCase(VIETNAMESE));
    List<String> recipients = List.of("Thường trực LĐLĐ Thành phố (để báo cáo);",
        "Thường trực " + district.partyCommitteeName() + " (để báo cáo);", "Lưu: VT.");
    String superior = String.join(" ", format.issuingBody());
    return new OfficialDocument(superior, issuingBody, symbol, district.name(), issuedOn, TYPE_NAME,
        subject(conference), body, recipients, format.signatureAuthority(), format.signerTitle(), "");
  }

  private static Table topicTable(Figures figures) {
    List<String> headers = new ArrayList<>(List.of("STT", "Nhóm nội dung"));
    List<Integer> widths = new ArrayList<>(List.of(7, 33));
    for (PetitionChannel channel : PetitionChannel.values()) {
      headers.add(channelLabel(channel));
      widths.add(12);
    }
    headers.add("Tổng số");
    widths.add(12);
    List<List<String>> rows = new ArrayList<>();
    int number = 1;
    for (PetitionTopic topic : PetitionTopic.values()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(number++), topic.label()));
      for (PetitionChannel channel : PetitionChannel.values()) {
        row.add(String.valueOf(figures.of(topic, channel)));
      }
      row.add(String.valueOf(figures.of(topic)));
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of("", "Tổng cộng"));
    for (PetitionChannel channel : PetitionChannel.values()) {
      total.add(String.valueOf(figures.of(channel)));
    }
    total.add(String.valueOf(figures.petitions()));
    rows.add(total);
    return new Table(headers, rows, widths);
  }

  private static String held(Conference conference, ConferenceRecord record) {
    LocalDate day = record != null && record.heldOn() != null ? record.heldOn() : conference.conferenceDate();
    LocalTime time = record != null && record.startedAt() != null ? record.startedAt() : conference.conferenceTime();
    String venue = record != null && record.venue() != null ? record.venue() : conference.venue();
    String attendance = record != null && record.attendance() != null
        ? "có " + record.attendance() + " đại biểu tham dự"
        : "số đại biểu dự kiến " + conference.expectedAttendance() + " (chưa ghi nhận số tham dự thực tế)";
    return "Hội nghị được tổ chức hồi " + TIME.format(time) + " ngày " + VietnameseDates.shortDate(day) + " tại "
        + venue + ", " + attendance + ".";
  }

  /** How the report and the export name a channel. */
  public static String channelLabel(PetitionChannel channel) {
    return switch (channel) {
      case TASKLIST -> "Tasklist";
      case REST -> "Hệ thống khác (REST)";
      case EMAIL -> "Thư điện tử";
      case IMPORT -> "Văn bản giấy";
    };
  }
}
