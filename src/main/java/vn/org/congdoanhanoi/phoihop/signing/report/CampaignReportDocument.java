package vn.org.congdoanhanoi.phoihop.signing.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Block;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument;
import vn.org.congdoanhanoi.phoihop.records.document.ReportingProperties;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningMode;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.SigningScope;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults.UnitResult;
import vn.org.congdoanhanoi.phoihop.signing.SigningResults;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.CampaignStatus;
import vn.org.congdoanhanoi.phoihop.signing.report.CampaignReport.UnitStatus;

/**
 * The content of the consolidated report of a signing campaign ("BÁO CÁO Kết quả tổ chức Lễ ký kết Quy chế phối
 * hợp …"): the overall figures, the results table (unit, ceremony date, cluster or locality, direct or indirect,
 * status) and the units that did not sign, with their reasons. Layout is {@code OfficialDocumentDocx}'s job.
 */
@Component
@RequiredArgsConstructor
public class CampaignReportDocument {

  static final List<String> TABLE_HEADERS = List.of("STT", "Đơn vị", "Ngày ký kết", "Theo Cụm Thi đua / địa bàn",
      "Hình thức ký", "Kết quả");
  private static final List<Integer> TABLE_WIDTHS = List.of(7, 30, 13, 18, 12, 20);

  private final ReportingProperties reporting;
  private final SigningReportProperties signing;
  private final SigningResults results;
  private final Ceremonies ceremonies;

  /**
   * Whether every unit has its final outcome. The campaign's own end step issues the report just before the
   * instance ends, so the instance's end cannot be the test.
   */
  static boolean finished(CampaignStatus status) {
    return status.completed() || status.signed() + status.notSigned() == status.units();
  }

  /** The subject line: the result once every unit is done, the progress while some are not. */
  public static String subject(CampaignStatus status) {
    return (finished(status) ? "Kết quả" : "Tiến độ") + " tổ chức Lễ ký kết Quy chế phối hợp công tác"
        + (status.term() == null ? "" : " giai đoạn " + status.term());
  }

  public OfficialDocument compose(CampaignStatus status, String symbol, LocalDate issuedOn) {
    CampaignId campaign = new CampaignId(status.documentNumber(), status.year());
    Map<String, UnitResult> resultByUnit = results.forCampaign(campaign).stream()
        .collect(Collectors.toMap(UnitResult::unitCode, Function.identity()));
    Map<String, Meeting> ceremonyById = ceremonies.all(campaign).stream()
        .collect(Collectors.toMap(Meeting::id, Function.identity()));

    List<Block> body = new ArrayList<>();
    body.add(new Paragraph("Thực hiện văn bản số " + status.documentNumber()
        + (status.issuedOn() == null ? "" : " ngày " + VietnameseDates.shortDate(LocalDate.parse(status.issuedOn())))
        + " của Ban Thường vụ Liên đoàn Lao động Thành phố" + (status.subject() == null ? "" : " " + status.subject())
        + ", Ban Thường vụ Liên đoàn Lao động Thành phố báo cáo " + (finished(status) ? "kết quả" : "tiến độ")
        + " tổ chức Lễ ký kết Quy chế phối hợp công tác giữa cấp ủy và Liên đoàn Lao động các đơn vị như sau:"));
    body.add(new Heading("I. KẾT QUẢ CHUNG"));
    body.add(new Paragraph(overall(status, resultByUnit)));
    body.add(new Heading("II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ"));
    List<List<String>> rows = new ArrayList<>();
    int number = 1;
    for (UnitStatus unit : status.unitStatuses()) {
      UnitResult result = resultByUnit.get(unit.unitCode());
      Meeting ceremony = result == null || result.ceremonyId() == null ? null
          : ceremonyById.get(result.ceremonyId());
      rows.add(List.of(String.valueOf(number++), unit.unitName(), ceremonyDate(unit), where(unit, ceremony),
          mode(unit.signingMode()), outcome(unit)));
    }
    body.add(new Table(TABLE_HEADERS, rows, TABLE_WIDTHS));
    List<UnitStatus> notSigned = status.unitStatuses().stream()
        .filter(u -> SigningResults.Outcome.NOT_SIGNED.name().equals(u.outcome())).toList();
    if (!notSigned.isEmpty()) {
      body.add(new Heading("III. ĐƠN VỊ KHÔNG KÝ KẾT"));
      for (UnitStatus unit : notSigned) {
        body.add(new Paragraph("- " + unit.unitName() + ": " + Optional.ofNullable(unit.reason())
            .orElse("không nêu lý do") + "."));
      }
    }
    body.add(new Paragraph("Trên đây là báo cáo " + (finished(status) ? "kết quả" : "tiến độ")
        + " tổ chức Lễ ký kết Quy chế phối hợp công tác"
        + (status.term() == null ? "" : " giai đoạn " + status.term())
        + " của Ban Thường vụ Liên đoàn Lao động Thành phố./."));

    ReportingProperties.Document format = reporting.document();
    return new OfficialDocument(format.superiorBody(), format.issuingBody(), symbol, format.place(), issuedOn,
        "BÁO CÁO", subject(status), body, signing.recipients(), format.signatureAuthority(), format.signerTitle(),
        format.signerName());
  }

  private static String overall(CampaignStatus status, Map<String, UnitResult> resultByUnit) {
    List<UnitResult> signed = resultByUnit.values().stream()
        .filter(r -> r.outcome() == SigningResults.Outcome.SIGNED).toList();
    long byCluster = signed.stream().filter(r -> SigningScope.CLUSTER.name().equals(r.signingScope())).count();
    long direct = signed.stream().filter(r -> SigningMode.DIRECT.name().equals(r.signingMode())).count();
    long late = signed.stream().filter(r -> r.signedOn() != null && status.deadline() != null
        && r.signedOn().isAfter(LocalDate.parse(status.deadline()))).count();
    long open = status.units() - status.signed() - status.notSigned();
    return "Tổng số đơn vị tham gia: " + status.units() + " đơn vị. Đã ký kết: " + status.signed()
        + " đơn vị (theo Cụm Thi đua: " + byCluster + ", tại địa bàn: " + (signed.size() - byCluster)
        + "; ký trực tiếp: " + direct + ", ký gián tiếp: " + (signed.size() - direct) + ")"
        + (late > 0 ? ", trong đó " + late + " đơn vị ký sau hạn" : "") + ". Không ký kết: " + status.notSigned()
        + " đơn vị." + (open > 0 ? " Chưa hoàn thành: " + open + " đơn vị." : "")
        + (status.deadline() == null ? "" : " Hạn hoàn thành theo văn bản phát động: "
        + VietnameseDates.shortDate(LocalDate.parse(status.deadline())) + ".");
  }

  private static String ceremonyDate(UnitStatus unit) {
    if (unit.signedOn() != null) {
      return VietnameseDates.shortDate(unit.signedOn());
    }
    return unit.ceremonyStartsAt() == null ? "" : "Dự kiến " + VietnameseDates.shortDate(
        unit.ceremonyStartsAt().toLocalDate());
  }

  private String where(UnitStatus unit, Meeting ceremony) {
    if (SigningScope.CLUSTER.name().equals(unit.signingScope())) {
      return ceremony != null && CeremonyKind.CLUSTER.of(ceremony) ? ceremony.hostName() : "Theo Cụm Thi đua";
    }
    return SigningScope.LOCALITY.name().equals(unit.signingScope()) ? "Tại địa bàn" : "";
  }

  private static String mode(String signingMode) {
    if (SigningMode.DIRECT.name().equals(signingMode)) {
      return "Trực tiếp";
    }
    return SigningMode.INDIRECT.name().equals(signingMode) ? "Gián tiếp" : "";
  }

  private static String outcome(UnitStatus unit) {
    if (SigningResults.Outcome.SIGNED.name().equals(unit.outcome())) {
      return "Đã ký kết";
    }
    if (SigningResults.Outcome.NOT_SIGNED.name().equals(unit.outcome())) {
      return "Không ký kết" + (unit.reason() == null ? "" : ": " + unit.reason());
    }
    return "Chưa ký kết (" + unit.stage() + ")";
  }
}
