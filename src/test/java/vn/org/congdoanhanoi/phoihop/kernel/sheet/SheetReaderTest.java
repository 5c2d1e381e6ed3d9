package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

class SheetReaderTest {

  static final List<SheetColumn> COLUMNS = List.of(
      SheetColumn.required("code", "Mã", "Mã CĐCS"),
      SheetColumn.required("name", "Tên"),
      SheetColumn.optional("sector", "Ngành/khối"),
      SheetColumn.optional("day", "Ngày"));
  static final String TITLE = "Danh sách thử không hợp lệ";

  @Test
  void anXlsxIsReadByHeadersWithFormulasAsTheirSavedValuesDatesAsDaysAndWholeNumbersWithoutDecimals()
      throws IOException {
    byte[] file = xlsx(sheet -> {
      row(sheet, 0, "Tên", "Mã CĐCS", "Ngành / khối", "Ngày");
      row(sheet, 1, "Công đoàn Điện lực Gia Lâm", "gl-dienluc", "Doanh nghiệp nhà nước");
      Row second = sheet.createRow(3);
      second.createCell(0).setCellFormula("\"Công đoàn \"&\"Gốm sứ Bát Tràng\"");
      second.createCell(1).setCellValue(12345.0);
      CellStyle date = sheet.getWorkbook().createCellStyle();
      date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      second.createCell(3).setCellValue(LocalDate.of(2023, 5, 10));
      second.getCell(3).setCellStyle(date);
    });

    Sheet sheet = SheetReader.read("danh-sach.xlsx", file, COLUMNS, SheetLimits.DEFAULT, TITLE);

    assertThat(sheet.hasProblems()).isFalse();
    assertThat(sheet.rows()).extracting(SheetRow::line, r -> r.get("code").text(), r -> r.get("name").text(),
            r -> r.get("sector").text(), r -> r.get("day").text())
        .containsExactly(
            tuple(2, "gl-dienluc", "Công đoàn Điện lực Gia Lâm", "Doanh nghiệp nhà nước", ""),
            tuple(4, "12345", "Công đoàn Gốm sứ Bát Tràng", "", "2023-05-10"));
    assertThat(sheet.rows().get(1).get("day").requiredDate()).isEqualTo(LocalDate.of(2023, 5, 10));
    assertThat(sheet.rows().get(0).get("name").columnLetter()).isEqualTo("A");
    assertThat(sheet.rows().get(0).get("day").columnLetter()).isEqualTo("D");
  }

  @Test
  void aCsvFromExcelWithByteOrderMarkSemicolonsAndAQuotedLineBreakKeepsItsLineNumbers() {
    String text = "\uFEFFMã;Tên;Ngành/khối\r\n"
        + "gl-a;\"Công đoàn A;\r\nchi nhánh 2\";Y tế\r\n"
        + "\r\n"
        + "gl-b;" + Normalizer.normalize("Công đoàn Trường Tiểu học Trâu Quỳ", Normalizer.Form.NFD) + ";Giáo dục\r\n";

    Sheet sheet = SheetReader.read("ds.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS, SheetLimits.DEFAULT,
        TITLE);

    assertThat(sheet.rows()).extracting(SheetRow::line, r -> r.get("code").text(), r -> r.get("name").text())
        .containsExactly(tuple(2, "gl-a", "Công đoàn A;\r\nchi nhánh 2"),
            tuple(5, "gl-b", "Công đoàn Trường Tiểu học Trâu Quỳ"));
    assertThat(sheet.rows().get(1).get("day").columnLetter()).isNull();
  }

  @Test
  void cellProblemsAreCollectedWithLineColumnAndHeaderThenRefusedTogether() {
    String text = "Mã,Tên,Ngày\ngl-a,,31/02/2023\nGL B,Công đoàn B,1/5/2023\n";
    Sheet sheet = SheetReader.read("ds.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS, SheetLimits.DEFAULT,
        TITLE);

    for (SheetRow row : sheet.rows()) {
      row.get("code").requiredText(Pattern.compile("[a-z-]+"), "chỉ gồm chữ thường");
      row.get("name").requiredText();
      row.get("day").requiredDate();
    }
    InvalidSheetException refused = catchThrowableOfType(InvalidSheetException.class, sheet::refuseIfProblems);

    assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column, FileProblem::field)
        .containsExactly(tuple(2, "B", "Tên"), tuple(2, "C", "Ngày"), tuple(3, "A", "Mã"));
    assertThat(refused.problems().get(0).toString()).isEqualTo("Dòng 2, cột B ('Tên'): không được để trống");
    assertThat(refused.detail()).contains("không có dữ liệu nào được nhập");
  }

  @Test
  void missingRequiredUnknownAndRepeatedColumnsRefuseTheFileAtOnce() {
    String text = "Tên,Ghi chú,Tên\nCông đoàn A,x,y\n";
    InvalidSheetException refused = catchThrowableOfType(InvalidSheetException.class, () -> SheetReader.read(
        "ds.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS, SheetLimits.DEFAULT, TITLE));

    assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column, FileProblem::field)
        .containsExactly(tuple(1, null, "Mã"), tuple(1, "B", "Ghi chú"), tuple(1, "C", "Tên"));
  }

  @Test
  void textUnderNoHeaderIsAProblemNotDropped() {
    Sheet sheet = SheetReader.read("ds.csv", "Mã;Tên\ngl-a;Công đoàn A; chi nhánh 2\n".getBytes(StandardCharsets.UTF_8),
        COLUMNS, SheetLimits.DEFAULT, TITLE);

    InvalidSheetException refused = catchThrowableOfType(InvalidSheetException.class, sheet::refuseIfProblems);
    assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column).containsExactly(tuple(2, "C"));
  }

  @Test
  void aFormulaErrorIsAProblemOfItsCell() throws IOException {
    byte[] file = xlsx(sheet -> {
      row(sheet, 0, "Mã", "Tên");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("gl-a");
      row.createCell(1).setCellFormula("1/0");
    });
    Sheet sheet = SheetReader.read("ds.xlsx", file, COLUMNS, SheetLimits.DEFAULT, TITLE);

    InvalidSheetException refused = catchThrowableOfType(InvalidSheetException.class, sheet::refuseIfProblems);
    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo("B");
      assertThat(p.message()).contains("#DIV/0!");
    });
  }

  @Test
  void limitsOnBytesRowsAndCellsAreKept() {
    byte[] rows = "Mã,Tên\na,A\nb,B\nc,C\n".getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("ds.csv", rows, new SheetLimits(10, 100, 100))).contains("tệp lớn quá");
    assertThat(refusal("ds.csv", rows, new SheetLimits(1000, 2, 100))).contains("quá 2 dòng dữ liệu");

    Sheet sheet = SheetReader.read("ds.csv", rows, COLUMNS, new SheetLimits(1000, 100, 0), TITLE);
    assertThat(sheet.hasProblems()).isTrue();
  }

  @Test
  void filesThatAreNotUtf8CsvOrXlsxAreRefusedSayingWhatToSend() {
    byte[] windows1258 = "Mã,Tên\ngl-a,Công đoàn\n".getBytes(Charset.forName("windows-1258"));
    assertThat(refusal("ds.csv", windows1258, SheetLimits.DEFAULT)).contains("UTF-8");
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThat(refusal("ds.xls", xls, SheetLimits.DEFAULT)).contains(".xls");
    byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
    assertThat(refusal("ds.xlsx", brokenZip, SheetLimits.DEFAULT)).contains("không đọc được tệp Excel");
    assertThat(refusal("ds.csv", "Mã,Tên\n\"gl-a,Công đoàn\n".getBytes(StandardCharsets.UTF_8), SheetLimits.DEFAULT))
        .contains("ngoặc kép");
    assertThat(refusal("ds.csv", new byte[0], SheetLimits.DEFAULT)).contains("dòng tiêu đề");
  }

  private static String refusal(String name, byte[] content, SheetLimits limits) {
    InvalidSheetException refused = catchThrowableOfType(InvalidSheetException.class,
        () -> SheetReader.read(name, content, COLUMNS, limits, TITLE));
    assertThat(refused).as("refused").isNotNull();
    return refused.problems().get(0).message();
  }

  interface SheetWriter {
    void write(XSSFSheet sheet);
  }

  /** An XLSX as Excel saves it: formulas with their calculated values stored. */
  static byte[] xlsx(SheetWriter writer) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      writer.write(workbook.createSheet("Danh sách"));
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static void row(XSSFSheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }
}
