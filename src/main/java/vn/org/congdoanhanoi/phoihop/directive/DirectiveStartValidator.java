package vn.org.congdoanhanoi.phoihop.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.directive.Directive.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.validation.DeclaredVariable;
import vn.org.congdoanhanoi.phoihop.validation.StartValidator;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.VariableKind;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * What a directive must be started with (REST contract of {@code directive}); every problem is reported at once,
 * an item's problems under the item's own field, e.g. {@code items[1].deadline}.
 */
@Component
@RequiredArgsConstructor
public class DirectiveStartValidator implements StartValidator {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** An item's code goes into business keys and URLs: short, plain characters. */
  private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
  private static final int NUMBER_LENGTH = 50;
  private static final int SUBJECT_LENGTH = 1000;
  private static final int TITLE_LENGTH = 1000;
  private static final int MAX_ITEMS = 50;
  /**
   * Camunda's guidance: keep a multi-instance with wait states under about 1,000 instances. Each duty is its own
   * process instance started by its own job, so this bounds the parent's execution tree, not the transaction.
   */
  static final int MAX_DUTIES = 1000;

  private final OrganizationDirectory organization;
  private final WorkingDayCalendar calendar;

  @Override
  public String processDefinitionKey() {
    return Directive.KEY;
  }

  /** A directive is started by other systems over REST only: every start variable is declared here. */
  @Override
  public java.util.Collection<DeclaredVariable> restOnlyVariables() {
    return List.of(
        new DeclaredVariable(Vars.DOCUMENT_NUMBER.name(), VariableKind.TEXT, false, "số văn bản"),
        new DeclaredVariable(Vars.ISSUED_ON.name(), VariableKind.DATE, false, "ngày ban hành"),
        new DeclaredVariable(Vars.ISSUER.name(), VariableKind.TEXT, false, "cơ quan ban hành"),
        new DeclaredVariable(Vars.SUBJECT.name(), VariableKind.TEXT, false, "trích yếu"),
        new DeclaredVariable(Vars.ITEMS.name(), VariableKind.JSON, false, "các nhiệm vụ"));
  }

  @Override
  public List<Violation> validate(Map<String, Object> variables) {
    Submission s = Submission.of(variables);
    s.requiredText(Vars.DOCUMENT_NUMBER, "số văn bản (documentNumber, ví dụ \"865-CV/HU\")", NUMBER_LENGTH);
    LocalDate issuedOn = s.requiredDate(Vars.ISSUED_ON, "ngày ban hành (issuedOn)");
    String issuer = s.requiredText(Vars.ISSUER, "cơ quan ban hành (issuer, mã tổ chức, ví dụ \"thanhpho\")", 60);
    s.requiredText(Vars.SUBJECT, "trích yếu (subject)", SUBJECT_LENGTH);
    if (issuer != null && !knownIssuer(issuer)) {
      s.violation(Vars.ISSUER, "Cơ quan ban hành (issuer) '" + Submission.quote(issuer) + "' không phải \""
          + MatterKey.CITY_FEDERATION + "\" hay mã một đơn vị đang hoạt động; xem GET /api/organization.");
    }
    checkItems(s, s.raw(Vars.ITEMS), issuedOn);
    return s.violations();
  }

  private boolean knownIssuer(String code) {
    return MatterKey.CITY_FEDERATION.equals(code) || organization.unit(code).filter(Unit::active).isPresent();
  }

  private void checkItems(Submission s, Object raw, LocalDate issuedOn) {
    if (raw == null || raw.toString().isBlank()) {
      s.violation(Vars.ITEMS, "Thiếu các nhiệm vụ (items): danh sách JSON, mỗi nhiệm vụ có code, title, deadline và "
          + "recipients.");
      return;
    }
    JsonNode items;
    try {
      items = DirectiveItem.JSON.readTree(Vars.ITEMS.parse(raw));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      s.violation(Vars.ITEMS, "Các nhiệm vụ (items) phải là danh sách JSON, ví dụ [{\"code\": \"1\", \"title\": "
          + "\"Đại hội Công đoàn cơ sở\", \"deadline\": \"2023-05-31\", \"recipients\": [\"gialam\"]}].");
      return;
    }
    if (!items.isArray() || items.isEmpty()) {
      s.violation(Vars.ITEMS, "Các nhiệm vụ (items) phải là danh sách JSON có ít nhất một nhiệm vụ.");
      return;
    }
    if (items.size() > MAX_ITEMS) {
      s.violation(Vars.ITEMS, "Một văn bản có tối đa " + MAX_ITEMS + " nhiệm vụ; nhận được " + items.size() + ".");
      return;
    }
    Set<String> codes = new HashSet<>();
    int duties = 0;
    for (int i = 0; i < items.size(); i++) {
      duties += checkItem(s, items.get(i), i, issuedOn, codes);
    }
    if (duties > MAX_DUTIES) {
      s.violation(Vars.ITEMS, "Văn bản giao " + duties + " lượt nhiệm vụ (nơi nhận × nhiệm vụ); tối đa " + MAX_DUTIES
          + ". Hãy tách thành nhiều văn bản.");
    }
  }

  /** The item's problems, each under "items[i].field" and naming the item; returns how many recipients it has. */
  private int checkItem(Submission s, JsonNode item, int index, LocalDate issuedOn, Set<String> codes) {
    String field = Vars.ITEMS.name() + "[" + index + "]";
    String name = "Nhiệm vụ thứ " + (index + 1);
    if (!item.isObject()) {
      s.violation(field, name + " phải là một đối tượng JSON có code, title, deadline và recipients.");
      return 0;
    }
    String code = text(item, "code");
    if (code == null) {
      s.violation(field + ".code", name + ": thiếu mã nhiệm vụ (code).");
    } else {
      name = name + " (mã '" + Submission.quote(code) + "')";
      if (!ITEM_CODE.matcher(code).matches()) {
        s.violation(field + ".code", name + ": mã nhiệm vụ (code) chỉ gồm chữ không dấu, số, '.', '-', '_', tối đa "
            + "20 ký tự.");
      } else if (!codes.add(code)) {
        s.violation(field + ".code", name + ": mã nhiệm vụ (code) bị lặp lại; mỗi nhiệm vụ một mã riêng.");
      }
    }
    String title = text(item, "title");
    if (title == null) {
      s.violation(field + ".title", name + ": thiếu nội dung nhiệm vụ (title).");
    } else if (title.length() > TITLE_LENGTH) {
      s.violation(field + ".title", name + ": nội dung nhiệm vụ (title) dài quá " + TITLE_LENGTH + " ký tự.");
    }
    checkDeadline(s, field + "." + DirectiveItem.DEADLINE, name, text(item, DirectiveItem.DEADLINE), issuedOn);
    return checkRecipients(s, field + ".recipients", name, item.get("recipients"));
  }

  private void checkDeadline(Submission s, String field, String name, String text, LocalDate issuedOn) {
    if (text == null) {
      s.violation(field, name + ": thiếu hạn hoàn thành (deadline).");
      return;
    }
    LocalDate deadline;
    try {
      deadline = ProcessVariables.day(text);
    } catch (DateTimeException e) {
      s.violation(field, name + ": hạn hoàn thành (deadline) phải là ngày năm-tháng-ngày, ví dụ 2023-05-31; nhận được '"
          + Submission.quote(text) + "'.");
      return;
    }
    if (issuedOn != null && deadline.isBefore(issuedOn)) {
      s.violation(field, name + ": hạn hoàn thành (deadline) " + DATE.format(deadline) + " trước ngày ban hành "
          + "(issuedOn) " + DATE.format(issuedOn) + ".");
    }
    if (!calendar.covers(deadline.getYear())) {
      s.violation(field, name + ": chưa có lịch ngày nghỉ của năm " + deadline.getYear() + " để tính nhắc hạn; quản "
          + "trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE).");
    }
  }

  private int checkRecipients(Submission s, String field, String name, JsonNode recipients) {
    if (recipients == null || !recipients.isArray() || recipients.isEmpty()) {
      s.violation(field, name + ": nơi nhận (recipients) phải là danh sách JSON có ít nhất một mã đơn vị, ví dụ "
          + "[\"gialam\", \"donganh\"].");
      return 0;
    }
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode recipient : recipients) {
      String code = recipient.isTextual() ? recipient.asText().strip() : null;
      if (code == null || code.isEmpty()) {
        problems.add("mỗi nơi nhận là một mã đơn vị (chuỗi)");
      } else if (organization.unit(code).filter(Unit::active).isEmpty()) {
        problems.add("mã đơn vị '" + Submission.quote(code) + "' không có hoặc không còn hoạt động trong tổ chức");
      } else if (!seen.add(code)) {
        problems.add("mã đơn vị '" + Submission.quote(code) + "' bị lặp lại");
      }
    }
    problems.stream().distinct().forEach(p -> s.violation(field, name + ": nơi nhận (recipients): " + p + "."));
    return recipients.size();
  }

  private static String text(JsonNode item, String name) {
    JsonNode value = item.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
  }
}
