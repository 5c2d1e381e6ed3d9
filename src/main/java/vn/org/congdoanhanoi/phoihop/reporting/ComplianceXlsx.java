package vn.org.congdoanhanoi.phoihop.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.CalendarGap;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;

/**
 * The compliance matrix as an Excel workbook: sheet "Tiến độ" as people read it (one coloured cell per unit and
 * milestone, status and date), sheet "Dữ liệu" one line per cell with real dates, for filtering and pivoting.
 */
@Component
public class ComplianceXlsx {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String MATRIX_SHEET = "Tiến độ";
  public static final String DATA_SHEET = "Dữ liệu";

  /** The fills people know from traffic lights; grey for what will not happen, blue for what cannot be judged. */
  private static final int ROWS_IN_MEMORY = 200;

  private static final Map<CellStatus, String> FILLS = new EnumMap<>(Map.of(
      CellStatus.ON_TIME, "C6EFCE",
      CellStatus.NO_CALENDAR, "DDEBF7",
      CellStatus.AT_RISK, "FFEB9C",
      CellStatus.OVERDUE, "FFC7CE",
      CellStatus.NOT_APPLICABLE, "E7E6E6"));

  /**
   * Streamed (POI's SXSSF): only {@value #ROWS_IN_MEMORY} rows of a sheet are held at a time and the rest go to a
   * temporary file, so a campaign of ten thousand units (and its data sheet of several rows per unit) costs the
   * same memory as one of thirty, and no time is spent on a shared-strings table.
   */
  public byte[] write(ComplianceMatrix matrix) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook.getXSSFWorkbook());
      writeMatrix(workbook.createSheet(MATRIX_SHEET), matrix, styles);
      writeData(workbook.createSheet(DATA_SHEET), matrix, styles);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  /**
   * The text of a matrix cell: status, then the day it was done or is due, then the year the holiday file lacks
   * (explained once above the table), then the detail.
   */
  public static String cellText(ComplianceMatrix.Cell cell) {
    StringBuilder text = new StringBuilder(cell.label());
    if (cell.status() != CellStatus.NOT_APPLICABLE && cell.date() != null) {
      text.append('\n').append(cell.done() ? "Ngày " : "Hạn ").append(VietnameseDates.shortDate(cell.date()));
    }
    if (cell.calendarGap() != null) {
      text.append('\n').append(cell.calendarGap().label());
    }
    if (cell.note() != null && !cell.note().isBlank()) {
      text.append('\n').append(cell.note());
    }
    return text.toString();
  }

  private void writeMatrix(Sheet sheet, ComplianceMatrix matrix, Styles styles) {
    List<Milestone> milestones = matrix.milestones();
    int lastColumn = milestones.size() + 3;
    int r = 0;
    Row title = sheet.createRow(r++);
    text(title, 0, matrix.title().toUpperCase(java.util.Locale.forLanguageTag("vi")), styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
    Row source = sheet.createRow(r++);
    text(source, 0, "Văn bản phát động số " + matrix.documentNumber()
        + (matrix.issuedOn() == null ? "" : " ngày " + VietnameseDates.shortDate(matrix.issuedOn()))
        + (matrix.subject() == null ? "" : ": " + matrix.subject()), styles.plain);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
    Row asOf = sheet.createRow(r++);
    text(asOf, 0, "Hạn hoàn thành: " + VietnameseDates.shortDate(matrix.deadline()) + ". Số liệu tính đến ngày "
        + VietnameseDates.shortDate(matrix.asOf()) + (matrix.completed() ? " (đợt đã kết thúc)" : "")
        + ". \"Sắp đến hạn\": chưa thực hiện và còn không quá " + matrix.atRiskWorkingDays() + " ngày làm việc.",
        styles.plain);
    sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, lastColumn));
    for (CalendarGap gap : matrix.calendarGaps()) {
      text(sheet.createRow(r), 0, gap.message(), styles.plain);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
      r++;
    }
    r++;

    Row header = sheet.createRow(r++);
    text(header, 0, "STT", styles.header);
    text(header, 1, matrix.subjectKind().codeHeading(), styles.header);
    text(header, 2, matrix.subjectKind().heading(), styles.header);
    for (int i = 0; i < milestones.size(); i++) {
      text(header, 3 + i, milestones.get(i).label(), styles.header);
    }
    text(header, lastColumn, "Tình hình chung", styles.header);

    int number = 1;
    for (ComplianceMatrix.Row unit : matrix.rows()) {
      Row row = sheet.createRow(r++);
      Cell stt = row.createCell(0);
      stt.setCellValue(number++);
      stt.setCellStyle(styles.bordered);
      text(row, 1, unit.subjectCode(), styles.bordered);
      text(row, 2, unit.subjectLabel(), styles.bordered);
      for (int i = 0; i < unit.cells().size(); i++) {
        ComplianceMatrix.Cell cell = unit.cells().get(i);
        text(row, 3 + i, cellText(cell), styles.status.get(cell.status()));
      }
      text(row, lastColumn, unit.overallLabel(), styles.status.get(unit.overall()));
    }
    Row totals = sheet.createRow(r);
    text(totals, 2, matrix.subjectKind().doneHeading(), styles.header);
    for (int i = 0; i < matrix.totals().size(); i++) {
      ComplianceMatrix.Total total = matrix.totals().get(i);
      text(totals, 3 + i, total.done() + "/" + matrix.rows().size()
          + (total.overdue() > 0 ? "; quá hạn: " + total.overdue() : "")
          + (total.atRisk() > 0 ? "; sắp đến hạn: " + total.atRisk() : "")
          + (total.noCalendar() > 0 ? "; thiếu lịch: " + total.noCalendar() : ""), styles.header);
    }

    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 42 * 256);
    for (int i = 0; i <= milestones.size(); i++) {
      sheet.setColumnWidth(3 + i, 22 * 256);
    }
    sheet.createFreezePane(3, 5 + matrix.calendarGaps().size());
  }

  private void writeData(Sheet sheet, ComplianceMatrix matrix, Styles styles) {
    String[] headers = {matrix.subjectKind().codeHeading(), matrix.subjectKind().heading(), "Mã mốc", "Mốc", "Mã trạng thái", "Trạng thái", "Đã thực hiện",
        "Ngày thực hiện", "Hạn", "Ghi chú", "Lý do chưa đánh giá"};
    Row header = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      text(header, i, headers[i], styles.header);
    }
    int r = 1;
    for (ComplianceMatrix.Row unit : matrix.rows()) {
      for (int i = 0; i < unit.cells().size(); i++) {
        ComplianceMatrix.Cell cell = unit.cells().get(i);
        Row row = sheet.createRow(r++);
        text(row, 0, unit.subjectCode(), null);
        text(row, 1, unit.subjectLabel(), null);
        text(row, 2, cell.milestoneId(), null);
        text(row, 3, matrix.milestones().get(i).label(), null);
        text(row, 4, cell.status().name(), null);
        text(row, 5, cell.label(), null);
        text(row, 6, cell.done() ? "Có" : "Chưa", null);
        date(row, 7, cell.doneOn(), styles.date);
        date(row, 8, cell.dueOn(), styles.date);
        text(row, 9, cell.note(), null);
        text(row, 10, cell.calendarGap() == null ? null : cell.calendarGap().message(), null);
      }
    }
    int[] widths = {14, 42, 20, 26, 16, 18, 12, 14, 14, 40, 60};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.length - 1));
    sheet.createFreezePane(0, 1);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle bordered;
    final CellStyle date;
    final Map<CellStatus, CellStyle> status = new EnumMap<>(CellStatus.class);

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      plain = workbook.createCellStyle();
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      bordered = bordered(workbook);
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      for (CellStatus s : CellStatus.values()) {
        XSSFCellStyle style = bordered(workbook);
        style.setFillForegroundColor(new XSSFColor(hex(FILLS.get(s)), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        status.put(s, style);
      }
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
      XSSFCellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    private static byte[] hex(String rgb) {
      return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
          (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
  }
}
