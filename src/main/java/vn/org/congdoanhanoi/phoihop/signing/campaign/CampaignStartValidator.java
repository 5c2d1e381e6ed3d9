package vn.org.congdoanhanoi.phoihop.signing.campaign;

import static vn.org.congdoanhanoi.phoihop.signing.SigningTextRules.RULES;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.validation.DeclaredVariable;
import vn.org.congdoanhanoi.phoihop.validation.StartValidator;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.VariableKind;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** What a campaign must be started with (REST contract of {@code signing-campaign}). */
@Component
@RequiredArgsConstructor
public class CampaignStartValidator implements StartValidator {

  private static final Pattern TERM = RULES.pattern(Vars.TERM);

  private final OrganizationDirectory organization;
  private final MatterRegistry matters;
  private final WorkingDayCalendar calendar;

  @Override
  public String processDefinitionKey() {
    return SigningCampaign.KEY;
  }

  /** The units taking part, as documented for REST starts (README); the start form offers every unit. */
  @Override
  public java.util.Collection<DeclaredVariable> restOnlyVariables() {
    return List.of(new DeclaredVariable(Vars.UNIT_CODES.name(), VariableKind.JSON, false, "các đơn vị tham gia"));
  }

  @Override
  public List<Violation> validate(Map<String, Object> variables) {
    Submission s = Submission.of(variables);
    String number = s.requiredText(Vars.DOCUMENT_NUMBER, "số văn bản (documentNumber, ví dụ \"222/LĐLĐ\")", RULES.maxLength(Vars.DOCUMENT_NUMBER));
    LocalDate issuedOn = s.requiredDate(Vars.ISSUED_ON, "ngày ban hành (issuedOn)");
    LocalDate deadline = s.requiredDate(Vars.DEADLINE, "hạn hoàn thành (deadline)");
    s.requiredText(Vars.SUBJECT, "trích yếu (subject)", RULES.maxLength(Vars.SUBJECT));
    String term = s.requiredText(Vars.TERM, "giai đoạn (term, ví dụ \"2022-2025\")", RULES.maxLength(Vars.TERM));
    if (issuedOn != null && deadline != null && deadline.isBefore(issuedOn)) {
      s.violation(Vars.DEADLINE, "Hạn hoàn thành (deadline) " + CeremonyRules.DATE.format(deadline)
          + " trước ngày ban hành (issuedOn) " + CeremonyRules.DATE.format(issuedOn) + "; hạn phải từ ngày ban hành trở đi.");
    }
    if (deadline != null && !calendar.covers(deadline.getYear())) {
      s.violation(Vars.DEADLINE, "Chưa có lịch ngày nghỉ của năm " + deadline.getYear()
          + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước khi phát động.");
    }
    if (term != null) {
      Matcher m = TERM.matcher(term);
      if (!m.matches() || Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1))) {
        s.violation(Vars.TERM, "Giai đoạn (term) phải có dạng năm đầu-năm cuối, ví dụ \"2022-2025\"; nhận được '"
            + Submission.quote(term) + "'.");
      }
    }
    checkUnits(s, s.raw(Vars.UNIT_CODES));
    // A running campaign of the same letter is refused by the start itself (409): only the database can tell
    // which of two concurrent starts came first. A completed one is final, so it is refused here already (400).
    if (number != null && issuedOn != null) {
      CampaignId campaign = new CampaignId(number, issuedOn.getYear());
      if (matters.completed(campaign.matterKey())) {
        Violation done = alreadyCompleted(campaign);
        s.violation(done.field(), done.message());
      }
    }
    return s.violations();
  }

  /** A letter launches one campaign; only a cancelled campaign may be launched again under its number and year. */
  static Violation alreadyCompleted(CampaignId campaign) {
    return new Violation(Vars.DOCUMENT_NUMBER.name(), "Đợt ký kết theo văn bản " + campaign.documentNumber()
        + " năm "
        + campaign.year() + " đã kết thúc; mỗi văn bản chỉ phát động một lần. Hãy kiểm tra số văn bản và ngày ban "
        + "hành (issuedOn): văn bản cùng số của năm khác là một văn bản khác.");
  }

  private void checkUnits(Submission s, Object unitCodes) {
    if (unitCodes == null) {
      return;
    }
    List<String> codes;
    try {
      codes = Vars.UNIT_CODES.parse(unitCodes);
    } catch (IllegalArgumentException e) {
      s.violation(Vars.UNIT_CODES, "unitCodes phải là danh sách JSON các mã đơn vị, ví dụ [\"hoankiem\", \"badinh\"].");
      return;
    }
    if (codes.isEmpty()) {
      s.violation(Vars.UNIT_CODES, "unitCodes không được rỗng; bỏ trường này để mời mọi đơn vị.");
    }
    Set<String> seen = new HashSet<>();
    Set<String> allowed = new HashSet<>();
    organization.defaultSigningUnits().stream().map(Unit::code).forEach(allowed::add);
    for (String code : codes) {
      if (!allowed.contains(code)) {
        s.violation(Vars.UNIT_CODES, "Mã đơn vị '" + Submission.quote(code) + "' không phải LĐLĐ quận, huyện, thị xã hoặc Đảng ủy trực "
            + "thuộc Thành ủy đang hoạt động; xem danh sách tại GET /api/organization.");
      } else if (!seen.add(code)) {
        s.violation(Vars.UNIT_CODES, "Mã đơn vị '" + Submission.quote(code) + "' bị lặp lại.");
      }
    }
  }
}
