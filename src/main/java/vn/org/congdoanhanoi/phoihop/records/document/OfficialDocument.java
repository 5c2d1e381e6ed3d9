package vn.org.congdoanhanoi.phoihop.records.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a Vietnamese administrative document (thể thức văn bản, Nghị định 30/2020/NĐ-CP, Phụ lục I), in the
 * order they are printed. Every report, decision or letter the system issues is described this way and rendered
 * by {@link OfficialDocumentDocx}; the processes only decide the content.
 *
 * @param superiorBody the body above the issuer, in regular capitals above it (e.g. "TỔNG LĐLĐ VIỆT NAM"); may be
 *     empty
 * @param issuingBody the issuing body's name in bold capitals, one line each: "LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI"
 * @param symbol the number and symbol without "Số:", e.g. "15/BC-LĐLĐ"
 * @param typeName the document type in capitals, e.g. "BÁO CÁO"; null for a letter (công văn)
 * @param subject the summary line (trích yếu), e.g. "Kết quả tổ chức Lễ ký kết Quy chế phối hợp …"
 * @param recipients the lines under "Nơi nhận:", each without the leading dash, e.g. "Thường trực LĐLĐ TP;"
 * @param signatureAuthority "TM. BAN THƯỜNG VỤ"
 * @param signerTitle "CHỦ TỊCH"
 * @param signerName left empty, the name is written by hand under the signature
 */
public record OfficialDocument(String superiorBody, List<String> issuingBody, String symbol, String place,
                               LocalDate issuedOn,
                               String typeName, String subject, List<Block> body, List<String> recipients,
                               String signatureAuthority, String signerTitle, String signerName) {

  public OfficialDocument {
    issuingBody = List.copyOf(issuingBody);
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
  }

  /** A part of the body. */
  public sealed interface Block permits Heading, Paragraph, Table {}

  /** A numbered section title, e.g. "I. KẾT QUẢ CHUNG". */
  public record Heading(String text) implements Block {}

  public record Paragraph(String text) implements Block {}

  /**
   * A table with a header row.
   *
   * @param widths the columns' shares of the text width in per cent, one per column
   */
  public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {

    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      widths = List.copyOf(widths);
      int columns = headers.size();
      if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
        throw new IllegalArgumentException("Every row and the widths need one value per column");
      }
    }
  }
}
