package vn.org.congdoanhanoi.phoihop.records.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;

/** Every part of the administrative format is in the file, in order, with its diacritics. */
class OfficialDocumentDocxTest {

  @Test
  void theDocumentReadsBackWithEveryPartOfTheFormat() throws IOException {
    OfficialDocument document = new OfficialDocument("", List.of("LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI"),
        "15/BC-LĐLĐ", "Hà Nội", LocalDate.of(2022, 6, 30), "BÁO CÁO",
        "Kết quả tổ chức Lễ ký kết Quy chế phối hợp công tác giai đoạn 2022-2025",
        List.of(new Heading("I. KẾT QUẢ CHUNG"), new Paragraph("Tổng số đơn vị tham gia: 1 đơn vị."),
            new Table(List.of("STT", "Đơn vị"), List.of(List.of("1", "Liên đoàn Lao động huyện Ứng Hòa")),
                List.of(10, 90))),
        List.of("Thường trực LĐLĐ TP;", "Lưu VT."), "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn A");

    byte[] bytes = new OfficialDocumentDocx().write(document);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
         XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      assertThat(text).containsSubsequence("LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI", "Số: 15/BC-LĐLĐ",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 30 tháng 6 năm 2022",
          "BÁO CÁO", "Kết quả tổ chức Lễ ký kết Quy chế phối hợp công tác giai đoạn 2022-2025", "I. KẾT QUẢ CHUNG",
          "Liên đoàn Lao động huyện Ứng Hòa", "Nơi nhận:", "- Thường trực LĐLĐ TP;", "- Lưu VT.",
          "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn A");
      XWPFTable results = docx.getTables().get(1);
      assertThat(results.getRow(1).getCell(1).getText()).isEqualTo("Liên đoàn Lao động huyện Ứng Hòa");
      assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
    }
  }
}
