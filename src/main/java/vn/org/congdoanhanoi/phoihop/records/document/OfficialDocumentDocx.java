package vn.org.congdoanhanoi.phoihop.records.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Block;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Heading;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Paragraph;
import vn.org.congdoanhanoi.phoihop.records.document.OfficialDocument.Table;

/**
 * Renders an {@link OfficialDocument} as DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, which trade-union
 * documents follow: A4, Times New Roman, margins top and bottom 20 mm, left 30 mm, right 15 mm; issuing body and
 * number at the top left, national motto and place and date at the top right; type and subject centred; the
 * recipients at the bottom left and the signature block at the bottom right.
 */
@Component
public class OfficialDocumentDocx {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

  private static final String FONT = "Times New Roman";
  /** A4 and the margins, in twentieths of a point (1 mm = 56.7). */
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_TOP = 1134;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int MARGIN_LEFT = 1701;
  private static final int MARGIN_RIGHT = 850;
  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  private static final int FIRST_LINE_INDENT = 567;

  public byte[] write(OfficialDocument document) {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(docx);
      header(docx, document);
      title(docx, document);
      for (Block block : document.body()) {
        if (block instanceof Heading h) {
          text(docx.createParagraph(), h.text(), 14, true, false, ParagraphAlignment.BOTH, true);
        } else if (block instanceof Paragraph p) {
          text(docx.createParagraph(), p.text(), 14, false, false, ParagraphAlignment.BOTH, true);
        } else if (block instanceof Table t) {
          table(docx, t);
        }
      }
      footer(docx, document);
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument docx) {
    CTSectPr section = docx.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
  }

  /** Left: issuing body, a short rule, the number. Right: national name and motto, a rule, place and date. */
  private static void header(XWPFDocument docx, OfficialDocument document) {
    XWPFTable table = borderless(docx, 2, new int[] {40, 60});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFParagraph p = left.getParagraphs().get(0);
    boolean first = true;
    if (document.superiorBody() != null && !document.superiorBody().isBlank()) {
      // The superior body in regular capitals, the issuing body itself in bold (Phụ lục I, mục II.2).
      text(p, document.superiorBody(), 13, false, false, ParagraphAlignment.CENTER, false);
      first = false;
    }
    for (String line : document.issuingBody()) {
      text(first ? p : left.addParagraph(), line, 13, true, false, ParagraphAlignment.CENTER, false);
      first = false;
    }
    rule(left.addParagraph(), 1300);
    text(left.addParagraph(), "Số: " + document.symbol(), 13, false, false, ParagraphAlignment.CENTER, false);

    XWPFTableCell right = table.getRow(0).getCell(1);
    text(right.getParagraphs().get(0), NATIONAL_NAME, 12, true, false, ParagraphAlignment.CENTER, false);
    text(right.addParagraph(), NATIONAL_MOTTO, 13, true, false, ParagraphAlignment.CENTER, false);
    rule(right.addParagraph(), 1150);
    text(right.addParagraph(), VietnameseDates.placeAndDate(document.place(), document.issuedOn()), 14, false, true,
        ParagraphAlignment.CENTER, false);
  }

  private static void title(XWPFDocument docx, OfficialDocument document) {
    XWPFParagraph spacer = docx.createParagraph();
    spacer.setSpacingAfter(0);
    if (document.typeName() != null) {
      XWPFParagraph type = docx.createParagraph();
      type.setSpacingBefore(240);
      text(type, document.typeName(), 14, true, false, ParagraphAlignment.CENTER, false);
      text(docx.createParagraph(), document.subject(), 14, true, false, ParagraphAlignment.CENTER, false);
      rule(docx.createParagraph(), 3600);
    } else {
      // A letter has its subject under the number, "V/v …", in 12–13 pt.
      text(docx.createParagraph(), document.subject(), 13, false, false, ParagraphAlignment.LEFT, false);
    }
  }

  private static void table(XWPFDocument docx, Table t) {
    int columns = t.headers().size();
    XWPFTable table = docx.createTable(1 + t.rows().size(), columns);
    table.setWidth("100%");
    // Explicit thin black lines: without a size, word processors draw the default borders differently.
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setTableAlignment(TableRowAlign.CENTER);
    for (int c = 0; c < columns; c++) {
      String width = t.widths().get(c) * TEXT_WIDTH / 100 + "";
      for (int r = 0; r <= t.rows().size(); r++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        cell.setWidth(width);
        String value = r == 0 ? t.headers().get(c) : t.rows().get(r - 1).get(c);
        text(cell.getParagraphs().get(0), value == null ? "" : value, 12, r == 0, false,
            r == 0 || c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, false);
      }
    }
    table.getRow(0).setRepeatHeader(true);
    docx.createParagraph().setSpacingAfter(0);
  }

  private static void footer(XWPFDocument docx, OfficialDocument document) {
    XWPFTable table = borderless(docx, 2, new int[] {45, 55});
    XWPFTableCell left = table.getRow(0).getCell(0);
    text(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT, false);
    for (String recipient : document.recipients()) {
      text(left.addParagraph(), "- " + recipient, 11, false, false, ParagraphAlignment.LEFT, false);
    }
    XWPFTableCell right = table.getRow(0).getCell(1);
    text(right.getParagraphs().get(0), document.signatureAuthority(), 14, true, false, ParagraphAlignment.CENTER,
        false);
    text(right.addParagraph(), document.signerTitle(), 14, true, false, ParagraphAlignment.CENTER, false);
    for (int i = 0; i < 4; i++) {
      right.addParagraph();
    }
    if (document.signerName() != null && !document.signerName().isBlank()) {
      text(right.addParagraph(), document.signerName(), 14, true, false, ParagraphAlignment.CENTER, false);
    }
  }

  private static XWPFTable borderless(XWPFDocument docx, int columns, int[] percents) {
    XWPFTable table = docx.createTable(1, columns);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableRow row = table.getRow(0);
    for (int c = 0; c < columns; c++) {
      row.getCell(c).setWidth(String.valueOf(percents[c] * TEXT_WIDTH / 100));
    }
    return table;
  }

  /** A short centred line under a header block, drawn as the bottom border of an empty, narrow paragraph. */
  private static void rule(XWPFParagraph p, int indent) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderBottom(Borders.SINGLE);
    CTBorder line = p.getCTP().getPPr().getPBdr().getBottom();
    line.setSz(BigInteger.valueOf(6));
    line.setColor("000000");
    p.setSpacingAfter(60);
    XWPFRun run = p.createRun();
    run.setFontSize(2);
  }

  private static void text(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
                           ParagraphAlignment alignment, boolean indent) {
    p.setAlignment(alignment);
    p.setSpacingAfter(indent ? 120 : 0);
    if (indent) {
      p.setIndentationFirstLine(FIRST_LINE_INDENT);
    }
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
  }
}
