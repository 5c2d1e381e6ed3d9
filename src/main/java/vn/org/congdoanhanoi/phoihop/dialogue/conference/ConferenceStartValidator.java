package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import static vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules.RULES;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.kernel.time.WorkingDayCalendar;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingRules;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.validation.DeclaredVariable;
import vn.org.congdoanhanoi.phoihop.validation.StartValidator;
import vn.org.congdoanhanoi.phoihop.validation.Submission;
import vn.org.congdoanhanoi.phoihop.validation.VariableKind;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * What a dialogue conference must be started with (REST contract of {@code dialogue-conference}): the plan, its
 * district, the conference's day, time, venue and size, the petition deadline and optionally the unions taking part.
 * Dates are judged against the engine's clock, so a replayed plan of 2023 is judged as on its own day.
 */
@Component
@RequiredArgsConstructor
public class ConferenceStartValidator implements StartValidator {

  /** More than the largest hall a district has; a typing error otherwise (2000 for 200). */
  static final int MAX_ATTENDANCE = 2000;

  private final OrganizationDirectory organization;
  private final GrassrootsUnions unions;
  private final MatterRegistry matters;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;

  @Override
  public String processDefinitionKey() {
    return DialogueConference.KEY;
  }

  /** The unions taking part, documented for REST starts (README); the start form invites the whole district. */
  @Override
  public Collection<DeclaredVariable> restOnlyVariables() {
    return List.of(new DeclaredVariable(Vars.GRASSROOTS_UNITS.name(), VariableKind.JSON, false,
        "các công đoàn cơ sở tham gia"));
  }

  @Override
  public List<Violation> validate(Map<String, Object> variables) {
    Submission s = Submission.of(variables);
    String number = s.requiredText(Vars.PLAN_NUMBER, "số kế hoạch (planNumber, ví dụ \"477/KH-LĐLĐ\")",
        RULES.maxLength(Vars.PLAN_NUMBER));
    LocalDate issuedOn = s.requiredDate(Vars.ISSUED_ON, "ngày ban hành kế hoạch (issuedOn)");
    String district = district(s);
    LocalDate conferenceDate = s.requiredDate(Vars.CONFERENCE_DATE, "ngày tổ chức Hội nghị (conferenceDate)");
    s.requiredTime(Vars.CONFERENCE_TIME.name(), "giờ bắt đầu Hội nghị (conferenceTime)");
    s.requiredText(Vars.VENUE, "địa điểm Hội nghị (venue)", RULES.maxLength(Vars.VENUE));
    LocalDate deadline = s.requiredDate(Vars.PETITION_DEADLINE, "hạn gửi kiến nghị (petitionDeadline)");
    s.requiredInteger(Vars.EXPECTED_ATTENDANCE, "số đại biểu dự kiến (expectedAttendance)", 1, MAX_ATTENDANCE);
    LocalDate today = clock.today();
    if (issuedOn != null && issuedOn.isAfter(today)) {
      s.violation(Vars.ISSUED_ON, "Ngày ban hành kế hoạch (issuedOn) " + format(issuedOn) + " sau ngày hôm nay ("
          + format(today) + "); hãy nhập ngày ghi trên kế hoạch đã ban hành.");
    }
    if (conferenceDate != null) {
      checkConferenceDay(s, conferenceDate, today);
    }
    if (deadline != null) {
      checkDeadline(s, deadline, issuedOn, conferenceDate, today);
    }
    if (district != null) {
      checkUnions(s, district);
    }
    if (number != null && issuedOn != null && district != null) {
      PlanId plan = new PlanId(district, issuedOn.getYear(), number);
      if (matters.completed(plan.matterKey())) {
        Violation done = alreadyCompleted(plan);
        s.violation(done.field(), done.message());
      }
    }
    return s.violations();
  }

  /** A plan is carried out once; only a cancelled conference may be started again under its number and year. */
  static Violation alreadyCompleted(PlanId plan) {
    return new Violation(Vars.PLAN_NUMBER.name(), "Hội nghị đối thoại theo " + plan.describe()
        + " đã kết thúc; mỗi kế hoạch chỉ thực hiện một lần. Hãy kiểm tra số kế hoạch và ngày ban hành (issuedOn).");
  }

  private String district(Submission s) {
    String code = s.requiredText(Vars.UNIT_CODE, "mã LĐLĐ quận, huyện, thị xã (unitCode, ví dụ \"gialam\")",
        RULES.maxLength(Vars.UNIT_CODE));
    if (code == null) {
      return null;
    }
    Optional<Unit> unit = organization.unit(code);
    if (unit.isEmpty() || unit.get().kind() != UnitKind.DISTRICT || !unit.get().active()) {
      s.violation(Vars.UNIT_CODE, "Mã '" + Submission.quote(code) + "' không phải LĐLĐ quận, huyện, thị xã đang hoạt "
          + "động; xem danh sách tại GET /api/organization.");
      return null;
    }
    return code;
  }

  private void checkConferenceDay(Submission s, LocalDate day, LocalDate today) {
    if (day.isBefore(today)) {
      s.violation(Vars.CONFERENCE_DATE, "Ngày tổ chức Hội nghị (conferenceDate) " + format(day)
          + " đã qua (hôm nay là " + format(today) + ").");
    } else if (!calendar.covers(day.getYear())) {
      s.violation(Vars.CONFERENCE_DATE, "Chưa có lịch ngày nghỉ của năm " + day.getYear()
          + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước.");
    } else if (!calendar.isWorkingDay(day)) {
      s.violation(Vars.CONFERENCE_DATE, "Ngày tổ chức Hội nghị (conferenceDate) " + format(day)
          + calendar.holidayName(day).map(name -> " là ngày nghỉ (" + name + ")").orElse(" rơi vào cuối tuần")
          + "; hãy chọn một ngày làm việc.");
    }
  }

  private void checkDeadline(Submission s, LocalDate deadline, LocalDate issuedOn, LocalDate conferenceDate,
                             LocalDate today) {
    if (deadline.isBefore(today)) {
      s.violation(Vars.PETITION_DEADLINE, "Hạn gửi kiến nghị (petitionDeadline) " + format(deadline)
          + " đã qua (hôm nay là " + format(today) + ").");
    } else if (issuedOn != null && deadline.isBefore(issuedOn)) {
      s.violation(Vars.PETITION_DEADLINE, "Hạn gửi kiến nghị (petitionDeadline) " + format(deadline)
          + " trước ngày ban hành kế hoạch " + format(issuedOn) + ".");
    } else if (!calendar.covers(deadline.getYear())) {
      s.violation(Vars.PETITION_DEADLINE, "Chưa có lịch ngày nghỉ của năm " + deadline.getYear()
          + "; quản trị viên cần bổ sung tệp lịch (PHOIHOP_CALENDAR_FILE) trước.");
    }
    if (conferenceDate != null && !deadline.isBefore(conferenceDate)) {
      s.violation(Vars.PETITION_DEADLINE, "Hạn gửi kiến nghị (petitionDeadline) " + format(deadline)
          + " phải trước ngày tổ chức Hội nghị " + format(conferenceDate)
          + ", để LĐLĐ tổng hợp và các phòng, ban chuẩn bị trả lời.");
    }
  }

  private void checkUnions(Submission s, String district) {
    Object raw = s.raw(Vars.GRASSROOTS_UNITS);
    if (raw == null) {
      if (unions.of(district).isEmpty()) {
        s.violation(Vars.UNIT_CODE, "LĐLĐ '" + district + "' chưa có công đoàn cơ sở nào trong dữ liệu tổ chức; "
            + "hãy nhập danh sách công đoàn cơ sở trước khi tổ chức Hội nghị.");
      }
      return;
    }
    List<String> codes;
    try {
      codes = Vars.GRASSROOTS_UNITS.parse(raw);
    } catch (IllegalArgumentException e) {
      s.violation(Vars.GRASSROOTS_UNITS, "grassrootsUnits phải là danh sách JSON các mã công đoàn cơ sở, ví dụ "
          + "[\"cdcs-vinhhoan\", \"cdcs-dienluc\"].");
      return;
    }
    if (codes.isEmpty()) {
      s.violation(Vars.GRASSROOTS_UNITS, "grassrootsUnits không được rỗng; bỏ trường này để mời mọi công đoàn cơ sở "
          + "của LĐLĐ.");
    }
    Set<String> ofDistrict = new HashSet<>();
    unions.of(district).forEach(union -> ofDistrict.add(union.code()));
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!ofDistrict.contains(code)) {
        String where = unions.union(code).map(other -> "thuộc LĐLĐ '" + other.districtCode() + "', không thuộc '"
            + district + "'").orElse("không có trong dữ liệu tổ chức");
        s.violation(Vars.GRASSROOTS_UNITS, "Công đoàn cơ sở '" + Submission.quote(code) + "' " + where + ".");
      } else if (!seen.add(code)) {
        s.violation(Vars.GRASSROOTS_UNITS, "Công đoàn cơ sở '" + Submission.quote(code) + "' bị lặp lại.");
      }
    }
  }

  static String format(LocalDate date) {
    return MeetingRules.DATE.format(date);
  }
}
