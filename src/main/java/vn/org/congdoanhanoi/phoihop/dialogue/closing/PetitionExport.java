package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * Every petition of a plan with its answer as one Excel sheet, written while it is read: the rows come from the
 * database through a cursor ({@value #FETCH_SIZE} at a time) and go out through POI's streaming workbook, which holds
 * {@value #ROWS_IN_MEMORY} rows and flushes the rest, so 10,000 petitions cost the memory of a few hundred.
 */
@Component
public class PetitionExport {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String SHEET = "Kiến nghị";
  static final List<String> HEADERS = List.of("Số", "Mã CĐCS", "Công đoàn cơ sở", "Nhóm nội dung", "Nội dung kiến nghị",
      "Nội dung khi tiếp nhận", "Kênh", "Thời điểm tiếp nhận", "Trạng thái", "Gộp vào kiến nghị số",
      "Tách từ kiến nghị số", "Phòng, ban trả lời", "Nội dung trả lời", "Thời điểm trả lời", "Người trả lời");
  private static final int ROWS_IN_MEMORY = 200;
  private static final int FETCH_SIZE = 500;
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final JdbcTemplate cursor;
  private final TransactionTemplate readOnly;
  private final OrganizationDirectory organization;

  PetitionExport(DataSource dataSource, PlatformTransactionManager transactions, OrganizationDirectory organization) {
    this.cursor = new JdbcTemplate(dataSource);
    this.cursor.setFetchSize(FETCH_SIZE);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.organization = organization;
  }

  /** "Kien nghi 477-KH-LĐLĐ 2023 gialam.xlsx". */
  public static String fileName(PlanId plan) {
    return "Kiến nghị " + plan.planNumber().replace('/', '-') + " " + plan.year() + " " + plan.districtCode()
        + ".xlsx";
  }

  /**
   * Writes the plan's petitions to {@code out}, in the plan's topic order, then union, then arrival. In a read-only
   * transaction of its own: PostgreSQL's driver reads through a cursor only inside one.
   */
  public void write(PlanId plan, OutputStream out) {
    Map<String, String> unionNames = new HashMap<>();
    organization.grassrootsUnions(plan.districtCode()).forEach(u -> unionNames.put(u.code(), u.name()));
    Map<String, String> departmentNames = new HashMap<>();
    organization.departments(plan.districtCode()).forEach(d -> departmentNames.put(d.code(), d.name()));
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Sheet sheet = workbook.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      int[] next = {1};
      readOnly.executeWithoutResult(status -> cursor.query("""
              select id, union_code, topic, body, original_body, channel, received_at, state, merged_into, split_from,
                  department_code, answer, answered_at, answered_by
              from dialogue_petition p where district_code = ? and plan_year = ? and plan_number = ?
              order by""" + " " + UnionAnswers.topicOrder("p") + ", union_code, id",
          rs -> {
            row(sheet.createRow(next[0]++), rs, unionNames, departmentNames);
          }, plan.districtCode(), plan.year(), plan.planNumber()));
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static void row(Row row, ResultSet rs, Map<String, String> unionNames, Map<String, String> departmentNames)
      throws SQLException {
    String union = rs.getString("union_code");
    String department = rs.getString("department_code");
    long merged = rs.getLong("merged_into");
    String mergedInto = rs.wasNull() ? "" : String.valueOf(merged);
    long split = rs.getLong("split_from");
    String splitFrom = rs.wasNull() ? "" : String.valueOf(split);
    row.createCell(0).setCellValue(rs.getLong("id"));
    List<String> texts = List.of(union, unionNames.getOrDefault(union, union),
        PetitionTopic.valueOf(rs.getString("topic")).label(), rs.getString("body"), text(rs.getString("original_body")),
        ConferenceReportDocument.channelLabel(PetitionChannel.valueOf(rs.getString("channel"))),
        at(rs.getTimestamp("received_at")), PetitionState.valueOf(rs.getString("state")).label(), mergedInto,
        splitFrom, department == null ? "" : departmentNames.getOrDefault(department, department),
        text(rs.getString("answer")), at(rs.getTimestamp("answered_at")), text(rs.getString("answered_by")));
    for (int i = 0; i < texts.size(); i++) {
      row.createCell(i + 1).setCellValue(texts.get(i));
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String at(Timestamp timestamp) {
    return timestamp == null ? "" : AT.format(timestamp.toLocalDateTime());
  }
}
