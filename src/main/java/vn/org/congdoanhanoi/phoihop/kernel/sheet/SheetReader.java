package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

/**
 * Reads a tabular file that people make in Excel or LibreOffice, XLSX or CSV, into a {@link Sheet} of typed cells
 * with their line and column. Any import of rows uses it (grassroots unions, departments, paper petitions).
 *
 * <ul>
 *   <li>XLSX (Apache POI): the first sheet; a formula counts by the value Excel last calculated and saved with it,
 *       never evaluated here; date cells become ISO days ({@code 2023-05-10}); whole numbers lose Excel's ".0".
 *   <li>CSV (Apache Commons CSV): UTF-8 only (with or without the byte order mark Excel writes), separated by
 *       commas, semicolons or tabs (guessed from the header line), quotes as Excel writes them.
 *   <li>The first non-blank row is the header: columns are found by their Vietnamese headers ({@link SheetColumn}),
 *       in any order; a missing required column, an unknown or repeated header refuses the file at once.
 *   <li>Limits ({@link SheetLimits}): bytes before anything is parsed, then data rows and characters per cell.
 * </ul>
 * Text is normalised to Unicode NFC (a file saved on a Mac writes Vietnamese decomposed) and stripped.
 */
public final class SheetReader {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final String WHOLE_FILE = "(tệp)";

  private SheetReader() {}

  /** A raw cell: 1-based column, text, and what is wrong with it (a formula error, too long) or {@code null}. */
  private record RawCell(int column, String text, String error) {}

  private record RawRow(int line, List<RawCell> cells) {

    boolean blank() {
      return cells.stream().allMatch(c -> c.text().isEmpty() && c.error() == null);
    }
  }

  /**
   * Reads {@code content} (named {@code fileName} by its sender; the content decides the format) for the given
   * columns. {@code title} names the file in a refusal, e.g. "Danh sách công đoàn cơ sở không hợp lệ".
   *
   * @throws InvalidSheetException when the file cannot be read, breaks a limit or lacks a required column; problems
   *     of single cells are left in the returned {@link Sheet} for the caller to add its own and refuse once
   */
  public static Sheet read(String fileName, byte[] content, List<SheetColumn> columns, SheetLimits limits,
                           String title) {
    if (content.length > limits.maxBytes()) {
      throw wholeFile(title, "tệp lớn quá " + limits.maxBytes() / (1024 * 1024) + " MB");
    }
    List<RawRow> raw = startsWith(content, ZIP) ? xlsx(content, limits, title)
        : csv(fileName, content, limits, title);
    Sheet sheet = new Sheet(title);
    List<RawRow> rows = raw.stream().filter(r -> !r.blank()).toList();
    if (rows.isEmpty()) {
      throw wholeFile(title, "tệp không có dòng tiêu đề; dòng đầu tiên phải ghi tên các cột: " + headers(columns));
    }
    if (rows.size() - 1 > limits.maxRows()) {
      throw wholeFile(title, "tệp có quá " + limits.maxRows() + " dòng dữ liệu");
    }
    Map<Integer, SheetColumn> byColumn = header(rows.get(0), columns, sheet);
    sheet.refuseIfProblems();
    for (RawRow row : rows.subList(1, rows.size())) {
      sheet.add(dataRow(row, byColumn, columns, sheet, limits));
    }
    return sheet;
  }

  private static Map<Integer, SheetColumn> header(RawRow header, List<SheetColumn> columns, Sheet sheet) {
    Map<Integer, SheetColumn> byColumn = new HashMap<>();
    Map<String, Integer> found = new HashMap<>();
    for (RawCell cell : header.cells()) {
      if (cell.text().isEmpty()) {
        continue;
      }
      String letter = SheetCell.letter(cell.column());
      SheetColumn column = columns.stream().filter(c -> c.matches(cell.text())).findFirst().orElse(null);
      if (column == null) {
        sheet.problem(header.line(), letter, cell.text(), "cột không được hỗ trợ; các cột: " + headers(columns));
      } else if (found.putIfAbsent(column.key(), cell.column()) != null) {
        sheet.problem(header.line(), letter, cell.text(), "cột '" + column.header() + "' đã có ở cột "
            + SheetCell.letter(found.get(column.key())));
      } else {
        byColumn.put(cell.column(), column);
      }
    }
    for (SheetColumn column : columns) {
      if (column.required() && !found.containsKey(column.key())) {
        sheet.problem(header.line(), null, column.header(), "thiếu cột bắt buộc '" + column.header()
            + "' ở dòng tiêu đề");
      }
    }
    return byColumn;
  }

  private static SheetRow dataRow(RawRow row, Map<Integer, SheetColumn> byColumn, List<SheetColumn> columns,
                                  Sheet sheet, SheetLimits limits) {
    Map<String, SheetCell> cells = new LinkedHashMap<>();
    for (RawCell raw : row.cells()) {
      SheetColumn column = byColumn.get(raw.column());
      if (column == null) {
        if (!raw.text().isEmpty()) {
          // Text under no header is usually a separator inside a cell that was not quoted: never drop it silently.
          sheet.problem(row.line(), SheetCell.letter(raw.column()), "(không có tiêu đề)",
              "ô có dữ liệu nhưng cột không có tiêu đề; thêm tiêu đề hoặc xóa dữ liệu (dấu phân cách trong ô phải nằm "
                  + "trong ngoặc kép)");
        }
        continue;
      }
      SheetCell cell = new SheetCell(sheet, row.line(), raw.column(), column.header(), raw.text());
      if (raw.error() != null) {
        cell.problem(raw.error());
      } else if (raw.text().length() > limits.maxCellLength()) {
        cell.problem("ô dài quá " + limits.maxCellLength() + " ký tự");
      }
      cells.put(column.key(), cell);
    }
    for (SheetColumn column : columns) {
      int letter = byColumn.entrySet().stream().filter(e -> e.getValue().equals(column)).mapToInt(Map.Entry::getKey)
          .findFirst().orElse(0);
      cells.putIfAbsent(column.key(), new SheetCell(sheet, row.line(), letter, column.header(), ""));
    }
    return new SheetRow(row.line(), cells);
  }

  // --- XLSX ---------------------------------------------------------------------------------------------------

  private static List<RawRow> xlsx(byte[] content, SheetLimits limits, String title) {
    List<RawRow> rows = new ArrayList<>();
    // POI refuses zip bombs itself (ZipSecureFile: inflation ratio and entry size).
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw wholeFile(title, "tệp Excel không có trang tính nào");
      }
      int nonBlank = 0;
      for (Row row : workbook.getSheetAt(0)) {
        List<RawCell> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(xlsxCell(cell));
        }
        RawRow raw = new RawRow(row.getRowNum() + 1, cells);
        if (!raw.blank() && ++nonBlank > limits.maxRows() + 1) {
          throw wholeFile(title, "tệp có quá " + limits.maxRows() + " dòng dữ liệu");
        }
        rows.add(raw);
      }
    } catch (InvalidSheetException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged or encrypted workbook through many exception types; none says more to the user.
      throw wholeFile(title, "không đọc được tệp Excel (.xlsx); hãy mở và lưu lại bằng Excel hoặc LibreOffice");
    }
    return rows;
  }

  private static RawCell xlsxCell(Cell cell) {
    int column = cell.getColumnIndex() + 1;
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> new RawCell(column, clean(cell.getStringCellValue()), null);
      case NUMERIC -> new RawCell(column, number(cell), null);
      case BOOLEAN -> new RawCell(column, String.valueOf(cell.getBooleanCellValue()), null);
      case ERROR -> new RawCell(column, "", "ô có lỗi công thức " + FormulaError.forInt(cell.getErrorCellValue())
          .getString() + "; hãy sửa công thức hoặc ghi giá trị");
      default -> new RawCell(column, "", null);
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime value = cell.getLocalDateTimeCellValue();
      return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
          : value.toString();
    }
    return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
  }

  // --- CSV ----------------------------------------------------------------------------------------------------

  private static List<RawRow> csv(String fileName, byte[] content, SheetLimits limits, String title) {
    if (startsWith(content, OLE2) || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
      throw wholeFile(title, "tệp Excel 97–2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8");
    }
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw wholeFile(title, "không đọc được tệp Excel (.xlsx); hãy mở và lưu lại bằng Excel hoặc LibreOffice");
    }
    String text = utf8(content, title);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    LineIndex lines = new LineIndex(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
    List<RawRow> rows = new ArrayList<>();
    CSVParser parser = null;
    int nonBlank = 0;
    try {
      parser = CSVParser.parse(text, format);
      for (CSVRecord record : parser) {
        List<RawCell> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
          cells.add(new RawCell(i + 1, clean(record.get(i)), null));
        }
        RawRow raw = new RawRow(lines.lineOf(record.getCharacterPosition()), cells);
        if (!raw.blank() && ++nonBlank > limits.maxRows() + 1) {
          throw wholeFile(title, "tệp có quá " + limits.maxRows() + " dòng dữ liệu");
        }
        rows.add(raw);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
      throw new InvalidSheetException(title, List.of(new FileProblem((int) line, WHOLE_FILE,
          "không đọc được tệp CSV: dấu ngoặc kép (\") mở mà không đóng; hãy lưu lại tệp từ Excel (CSV UTF-8)")));
    }
    return rows;
  }

  /** Excel in a Vietnamese locale writes semicolons; elsewhere commas; some tools tabs. The header line decides. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long bestCount = header.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private static String utf8(byte[] content, String title) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw wholeFile(title, "tệp CSV phải được lưu với mã UTF-8 (trong Excel: Lưu thành → CSV UTF-8); "
          + "hoặc gửi tệp .xlsx");
    }
  }

  /** Line numbers of character positions: a quoted cell may span lines, so a record's line is where it starts. */
  private static final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line of the first character at or after {@code position} that is not a line break (skipped blank lines). */
    int lineOf(long position) {
      int start = (int) position;
      while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
        start++;
      }
      int low = 0;
      int high = lineStarts.length - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (lineStarts[middle] <= start) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low + 1;
    }
  }

  // --- shared -------------------------------------------------------------------------------------------------

  private static String clean(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').strip();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String headers(List<SheetColumn> columns) {
    return columns.stream().map(SheetColumn::header).toList().toString();
  }

  private static InvalidSheetException wholeFile(String title, String message) {
    return new InvalidSheetException(title, List.of(new FileProblem(1, WHOLE_FILE, message)));
  }
}
