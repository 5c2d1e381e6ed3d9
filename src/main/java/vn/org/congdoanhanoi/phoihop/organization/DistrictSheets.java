package vn.org.congdoanhanoi.phoihop.organization;

import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.CODE;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.CODE_HINT;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.MAILBOX;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.NOT_AN_EMAIL;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.TEXT_255;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.TEXT_255_HINT;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.TOPIC;
import static vn.org.congdoanhanoi.phoihop.organization.OrganizationFileParser.TOPIC_HINT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.Sheet;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetCell;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetColumn;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetRow;

/**
 * A district's grassroots unions or departments from a spreadsheet, checked by the organisation file's rules
 * ({@link OrganizationFileParser}'s forms, {@link OrganizationKeys}) against the rest of the stored organisation:
 * every problem with its line and column, nothing taken from a file with any.
 */
final class DistrictSheets {

  static final String GRASSROOTS_TITLE = "Danh sách công đoàn cơ sở không hợp lệ";
  static final String DEPARTMENTS_TITLE = "Danh sách phòng, ban không hợp lệ";

  static final List<SheetColumn> GRASSROOTS_COLUMNS = List.of(
      SheetColumn.required("code", "Mã", "Mã CĐCS", "Mã công đoàn cơ sở"),
      SheetColumn.required("name", "Tên", "Tên CĐCS", "Tên công đoàn cơ sở"),
      SheetColumn.required("email", "Hộp thư", "Email", "E-mail", "Thư điện tử", "Địa chỉ thư điện tử"),
      SheetColumn.optional("sector", "Ngành/khối", "Ngành", "Khối", "Ngành, khối"));

  static final List<SheetColumn> DEPARTMENT_COLUMNS = List.of(
      SheetColumn.required("code", "Mã", "Mã phòng, ban"),
      SheetColumn.required("name", "Tên", "Tên phòng, ban"),
      SheetColumn.optional("email", "Hộp thư", "Email", "E-mail", "Thư điện tử", "Địa chỉ thư điện tử"),
      SheetColumn.optional("topics", "Chủ đề", "Chủ đề trả lời", "Chủ đề kiến nghị"),
      // "x" marks the district's chairman's office (Văn phòng HĐND và UBND), which reviews the others' answers
      SheetColumn.optional("chairmansOffice", "Văn phòng HĐND và UBND", "Văn phòng UBND"));

  /** What marks a row in the column "Văn phòng HĐND và UBND"; a blank cell does not. */
  private static final Set<String> MARKED = Set.of("x", "có", "1", "true");

  private DistrictSheets() {}

  static List<GrassrootsUnion> grassrootsUnions(Sheet sheet, String districtCode, Organization stored) {
    OrganizationKeys keys = OrganizationKeys.exceptGrassrootsUnionsOf(stored, districtCode);
    List<GrassrootsUnion> unions = new ArrayList<>();
    for (SheetRow row : sheet.rows()) {
      SheetCell codeCell = row.get("code");
      SheetCell emailCell = row.get("email");
      String code = codeCell.requiredText(CODE, CODE_HINT);
      String name = row.get("name").requiredText(TEXT_255, TEXT_255_HINT);
      String email = emailCell.requiredText(MAILBOX, NOT_AN_EMAIL);
      String sector = row.get("sector").optionalText(TEXT_255, TEXT_255_HINT);
      String owner = "công đoàn cơ sở ở dòng " + row.line();
      if (code != null) {
        report(codeCell, keys.claimCode(code, owner));
      }
      if (email != null) {
        report(emailCell, keys.claimMailbox(Mailboxes.normalise(email), owner));
      }
      if (code != null && name != null && email != null) {
        unions.add(new GrassrootsUnion(code, districtCode, name, email, sector, false));
      }
    }
    sheet.refuseIfProblems();
    return unions;
  }

  static List<Department> departments(Sheet sheet, String districtCode, Organization stored) {
    OrganizationKeys keys = OrganizationKeys.exceptDepartmentsOf(stored, districtCode);
    List<Department> departments = new ArrayList<>();
    for (SheetRow row : sheet.rows()) {
      SheetCell codeCell = row.get("code");
      SheetCell topicsCell = row.get("topics");
      String code = codeCell.requiredText(CODE, CODE_HINT);
      String name = row.get("name").requiredText(TEXT_255, TEXT_255_HINT);
      String email = row.get("email").optionalText(MAILBOX, NOT_AN_EMAIL);
      String owner = "phòng, ban ở dòng " + row.line();
      if (code != null) {
        report(codeCell, keys.claimCode(code, owner));
      }
      List<String> topics = new ArrayList<>();
      for (String topic : topicsCell.list()) {
        if (!TOPIC.matcher(topic).matches()) {
          topicsCell.problem("giá trị '" + topic + "' " + TOPIC_HINT);
        } else if (!topics.contains(topic)) {
          report(topicsCell, keys.claimTopic(districtCode, topic, owner));
          topics.add(topic);
        }
      }
      SheetCell officeCell = row.get("chairmansOffice");
      String mark = officeCell.text().strip().toLowerCase(Locale.ROOT);
      boolean office = MARKED.contains(mark);
      if (!mark.isEmpty() && !office) {
        officeCell.problem("hãy ghi 'x' cho Văn phòng HĐND và UBND, để trống "
            + "cho phòng, ban khác");
      } else if (office && departments.stream().anyMatch(Department::chairmansOffice)) {
        officeCell.problem("đã có Văn phòng HĐND và UBND ở dòng trước; mỗi quận, huyện chỉ có một");
      }
      if (code != null && name != null) {
        departments.add(new Department(code, districtCode, name, email, topics, false, office));
      }
    }
    sheet.refuseIfProblems();
    return departments;
  }

  private static void report(SheetCell where, String problem) {
    if (problem != null) {
      where.problem(problem);
    }
  }
}
